import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract } from '../../../src/contract/runContract.ts';
import type { ContractRun } from '../../../src/contract/types.ts';
import { startMocks, type RunningMocks } from '../../../src/mock/startMocks.ts';
import { reportViolation } from '../../support/mockHarness.ts';

/** A team's own credentials, as it sets them so that its frontend code runs unchanged (issue 10, item 3). */
const TEAM = { AGORA_TOKEN: 'team-token-3c5e', AGORA_APP_ID: '5F2B9C0D1E3A4B6C8D7E9F0A1B2C3D4E' };

let mocks: RunningMocks;
let run: ContractRun;

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: TEAM, onViolation: reportViolation, log: () => undefined });
  const outcome = await runContract({
    api: 'agora-classroom',
    baseUrl: mocks.agoraUrl,
    credentials: { token: TEAM.AGORA_TOKEN, appId: TEAM.AGORA_APP_ID, uid: 'team-uid' },
    allowWrites: false,
  });
  if (outcome.kind !== 'ran') throw new Error(outcome.problems.join('\n'));
  run = outcome.run;
});
afterAll(() => mocks.close());

describe('the contract kit against an Agora mock started with a team\'s own App ID and token (AG-46)', () => {
  it('passes every Agora workflow and step, the seeded record batches included, with no violation', () => {
    expect(mocks.credentials).toMatchObject({ agoraToken: TEAM.AGORA_TOKEN, agoraAppId: TEAM.AGORA_APP_ID });
    const failed = run.workflows.flatMap((w) => w.steps.filter((s) => s.outcome !== 'passed').map((s) => `${w.workflowId}/${s.name}: ${s.outcome}`));
    expect(failed).toEqual([]);
    expect(run.workflows.flatMap((w) => w.steps.flatMap((s) => s.violations))).toEqual([]);
    expect(run.workflows.map((w) => w.workflowId)).toEqual(expect.arrayContaining(['record-batches', 'class-state-machine', 'event-polling-once', 'recording-state-machine']));
  });
});
