import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract, type ContractApi, type ContractOptions } from '../../src/contract/runContract.ts';
import type { ContractRun } from '../../src/contract/types.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitOptions, outcomes, violationsOf } from './support/kitTargets.ts';
import { startRewritingProxy, type RewritingProxy } from './support/startRewritingProxy.ts';

/**
 * A "real server": the mock behind a proxy that hides its `/__mock/` control API, so the kit cannot
 * tell it from a sandbox and must treat it as one.
 */
let mocks: RunningMocks;
const servers = new Map<ContractApi, RewritingProxy>();

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
  servers.set('anyclassroom', await startRewritingProxy(new URL(mocks.anyClassroomUrl).origin, { hideControlApi: true }));
  servers.set('agora-classroom', await startRewritingProxy(mocks.agoraUrl, { hideControlApi: true }));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
  await mocks.close();
});

async function run(api: ContractApi, extra: Partial<ContractOptions> = {}): Promise<ContractRun> {
  const outcome = await runContract({ ...kitOptions(mocks, api, servers.get(api)!.origin), ...extra });
  if (outcome.kind !== 'ran') throw new Error(outcome.problems.join('\n'));
  return outcome.run;
}

describe('the kit against a server that is not the project mock', () => {
  it('runs only read-only steps without --allow-writes, skips the rest with the reason, and passes', async () => {
    const result = await run('anyclassroom');
    expect(result.target).toBe('server');
    expect(result.capabilities).toEqual([]);
    expect(violationsOf(result)).toEqual([]);
    const steps = outcomes(result);
    expect(steps['probe-createTemporalAccess/untilTimeMissing']).toBe('passed');
    expect(steps['probe-createTemporalAccess/create']).toBe('skipped');
    const lifecycle = result.workflows.find((w) => w.workflowId === 'temporal-access-lifecycle')!;
    expect(lifecycle).toMatchObject({ outcome: 'skipped', skipReason: 'changes state: runs against a real server only with --allow-writes' });
    const forbidden = result.workflows.find((w) => w.workflowId === 'probe-forbidden')!;
    expect(forbidden.skipReason).toBe("reads the mock's seed data: against another server pass --input foreignDevice=... --input foreignLink=... --input foreignClassroom=...");
  });

  it('with --allow-writes runs the state-changing steps but still skips the ones that drive the mock clock', async () => {
    const result = await run('anyclassroom', { allowWrites: true });
    expect(result.capabilities).toEqual(['writes']);
    expect(violationsOf(result)).toEqual([]);
    const steps = outcomes(result);
    expect(steps['temporal-access-lifecycle/create6']).toBe('passed');
    expect(steps['temporal-access-lifecycle/detailLatestFive']).toBe('passed');
    expect(steps['temporal-access-lifecycle/invalidate']).toBe('passed');
    for (const clockStep of ['freezeClock', 'invalidateBeforeMark', 'passTheMark', 'invalidateAfterMark']) {
      expect(steps[`temporal-access-lifecycle/${clockStep}`]).toBe('skipped');
    }
    const skipped = result.workflows.flatMap((w) => w.steps).find((s) => s.stepId === 'passTheMark')!;
    expect(skipped.skipReason).toBe("drives the mock's clock: runs against the project's mock only");
  });

  it('runs a seed-data workflow against another server once all its seeded inputs are given', async () => {
    const without = await run('agora-classroom', { workflows: ['record-batches'] });
    expect(without.workflows[0]?.outcome).toBe('skipped');
    const withRoom = await run('agora-classroom', { workflows: ['record-batches'], inputs: { recordedRoom: 'study-marathon-2025' } });
    expect(withRoom.workflows[0]?.outcome).toBe('passed');
    expect(withRoom.workflows[0]?.steps.map((s) => s.outcome)).toEqual(['passed', 'passed', 'passed']);
  });

  it("passes the whole Agora kit with --allow-writes, skipping only the steps that need the mock's clock or seed data", async () => {
    const result = await run('agora-classroom', { allowWrites: true });
    expect(violationsOf(result)).toEqual([]);
    const skipped = result.workflows.flatMap((w) => w.steps.filter((s) => s.outcome === 'skipped').map((s) => ({ step: `${w.workflowId}/${s.name}`, reason: s.skipReason })));
    expect(skipped.filter((s) => !s.reason?.startsWith('makes users act')).map((s) => s.step)).toEqual([
      'class-state-machine/anHourLater',
      'class-state-machine/eventsGone',
      'record-batches/firstBatch',
      'record-batches/secondBatch',
      'record-batches/firstBatchAgainWithNull',
    ]);
    // Only whole workflows of classroom activity are skipped for it, never a step of a workflow that ran.
    const activity = result.workflows.filter((w) => w.steps.some((s) => s.skipReason?.startsWith('makes users act')));
    expect(activity.length).toBeGreaterThan(0);
    for (const workflow of activity) expect(workflow.outcome).toBe('skipped');
  });
});
