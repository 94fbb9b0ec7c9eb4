import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract, type ContractApi } from '../../src/contract/runContract.ts';
import type { ContractRun, CoverageReport } from '../../src/contract/types.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitOptions, violationsOf } from './support/kitTargets.ts';

/** `operationId status` of every documented response no answer used. */
const unexercised = (coverage: CoverageReport) =>
  coverage.byOperation.flatMap((o) => o.responses.filter((r) => !r.exercised).map((r) => `${o.operationId} ${r.status}`));
/**
 * The documented responses a scenario cannot provoke on the mock: 500 (the mock has no internal
 * failure to show), 503 (only `--error-rate` or a failed state-file write give it), 413 (a body
 * over 1 MiB, which a scenario file cannot carry) and the polling's 400 (its one parameter is the
 * App ID, and an App ID that is not well-formed is 401, AG-10).
 */
const UNPROVOKABLE = (coverage: CoverageReport) =>
  coverage.byOperation.flatMap((o) =>
    o.responses.filter((r) => ['413', '500', '503'].includes(r.status) || (o.operationId === 'pollEvents' && r.status === '400')).map((r) => `${o.operationId} ${r.status}`),
  );

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
    expect(run.capabilities).toEqual(['writes', 'mock-clock', 'mock-seed', 'mock-activity']);
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

  it('exercises every operation, no undeclared status, and the documented responses the README promises', () => {
    const operations = api === 'anyclassroom' ? 7 : 24;
    expect(run.coverage.operations).toMatchObject({ exercised: operations, total: operations, share: 1 });
    expect(run.coverage.byOperation.flatMap((o) => o.undeclared)).toEqual([]);
    if (api === 'anyclassroom') expect(run.coverage.responses.share).toBeGreaterThanOrEqual(0.6);
    else expect(unexercised(run.coverage)).toEqual(UNPROVOKABLE(run.coverage));
  });

  it('leaves the mock reset: its clock runs in real time again', async () => {
    const origin = new URL(kitOptions(mocks, api).baseUrl).origin;
    const clock = (await (await fetch(`${origin}/__mock/clock`)).json()) as { frozen: boolean };
    expect(clock.frozen).toBe(false);
  });

  it('finishes in seconds (Agora: 30 workflows, 252 steps, a few seconds on an idle two-core machine, document compilation included)', () => {
    expect(run.durationMs).toBeLessThan(20_000);
  });
});

describe('the kit against the agora-classroom mock: every provokable response, and the classroom activity control API', () => {
  let run: ContractRun;
  beforeAll(async () => {
    const outcome = await runContract(kitOptions(mocks, 'agora-classroom'));
    if (outcome.kind !== 'ran') throw new Error(outcome.problems.join('\n'));
    run = outcome.run;
  });

  it("reports operations 24/24 and documented responses 113/176: all but 500, 503, 413 and the polling's 400 (see the README)", () => {
    expect(run.coverage.operations).toEqual({ exercised: 24, total: 24, share: 1 });
    expect(run.coverage.responses).toMatchObject({ exercised: 113, total: 176 });
    expect(unexercised(run.coverage)).toEqual(UNPROVOKABLE(run.coverage));
  });

  it("calls every classroom activity operation of the mock control API and gets each documented answer but 413 and 503", () => {
    const control = run.controlCoverage;
    const activity = ['joinRoom', 'leaveRoom', 'sendRoomMessage', 'setRoomMute', 'raiseHand', 'lowerHand', 'acceptToStage', 'removeFromStage', 'giveRewards'];
    expect(control?.byOperation.map((o) => o.operationId)).toEqual(expect.arrayContaining(activity));
    expect(control?.byOperation.filter((o) => !o.exercised)).toEqual([]);
    expect(control && unexercised(control)).toEqual(control && UNPROVOKABLE(control));
    expect(control?.byOperation.flatMap((o) => o.undeclared)).toEqual([]);
  });
});

describe('the mocks during the kit runs', () => {
  it('never answered anything their own response validation rejects', () => {
    expect(mockViolations).toEqual([]);
  });
});
