import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract, type ContractApi } from '../../src/contract/runContract.ts';
import type { ContractRun } from '../../src/contract/types.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitOptions, violationsOf } from './support/kitTargets.ts';

let mocks: RunningMocks;
const mockViolations: unknown[] = [];

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, onViolation: (r) => mockViolations.push(r), log: () => undefined });
});
afterAll(() => mocks.close());

describe.each<ContractApi>(['anyclassroom', 'agora-classroom'])('the kit against the %s mock', (api) => {
  let run: ContractRun;
  beforeAll(async () => {
    const outcome = await runContract(kitOptions(mocks, api));
    if (outcome.kind !== 'ran') throw new Error(outcome.problems.join('\n'));
    run = outcome.run;
  });

  it('recognises the mock by its control API and enables writes, clock and seed steps', () => {
    expect(run.target).toBe('mock');
    expect(run.capabilities).toEqual(['writes', 'mock-clock', 'mock-seed']);
  });

  it('passes every workflow and step with no violation', () => {
    expect(violationsOf(run)).toEqual([]);
    expect(run.workflows.map((w) => [w.workflowId, w.outcome]).filter(([, o]) => o !== 'passed')).toEqual([]);
    expect(run.workflows.flatMap((w) => w.steps).filter((s) => s.outcome !== 'passed')).toEqual([]);
  });

  it('runs the probes of every operation and the multi-step scenarios', () => {
    const ids = run.workflows.map((w) => w.workflowId);
    for (const op of run.coverage.byOperation) expect(ids).toContain(`probe-${op.operationId}`);
    const scenarios = api === 'anyclassroom' ? ['temporal-access-lifecycle'] : ['class-state-machine', 'recording-state-machine', 'record-batches', 'event-polling-once'];
    expect(ids).toEqual(expect.arrayContaining(scenarios));
  });

  it('exercises every operation and at least 60% of the documented responses', () => {
    expect(run.coverage.operations).toMatchObject({ exercised: 7, total: 7, share: 1 });
    expect(run.coverage.responses.share).toBeGreaterThanOrEqual(0.6);
    expect(run.coverage.byOperation.flatMap((o) => o.undeclared)).toEqual([]);
  });

  it('leaves the mock reset: its clock runs in real time again', async () => {
    const origin = new URL(kitOptions(mocks, api).baseUrl).origin;
    const clock = (await (await fetch(`${origin}/__mock/clock`)).json()) as { frozen: boolean };
    expect(clock.frozen).toBe(false);
  });

  it('finishes in seconds (about one on an idle two-core machine, document compilation included)', () => {
    expect(run.durationMs).toBeLessThan(5000);
  });
});

describe('the mocks during the kit runs', () => {
  it('never answered anything their own response validation rejects', () => {
    expect(mockViolations).toEqual([]);
  });
});
