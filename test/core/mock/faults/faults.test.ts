import { describe, expect, it } from 'vitest';
import { createFaults } from '../../../../src/core/mock/faults/createFaults.ts';
import { errorRateFault } from '../../../../src/core/mock/faults/errorRateFault.ts';
import { latencyFault } from '../../../../src/core/mock/faults/latencyFault.ts';
import { preferDelayFault } from '../../../../src/core/mock/faults/preferDelayFault.ts';
import { runFaults } from '../../../../src/core/mock/faults/runFaults.ts';

const request = (delayMs?: number) => ({ method: 'GET', prefer: delayMs === undefined ? {} : { delayMs } });
const elapsed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

describe('fault: --latency', () => {
  it('lets the request through after the latency', async () => {
    let outcome: unknown;
    expect(await elapsed(async () => (outcome = await latencyFault(60).apply(request())))).toBeGreaterThanOrEqual(55);
    expect(outcome).toBeNull();
  });
});

describe('fault: Prefer: delay', () => {
  it('waits as long as the request asks', async () => {
    expect(await elapsed(async () => preferDelayFault().apply(request(60)))).toBeGreaterThanOrEqual(55);
  });

  it('does not wait (nor return a promise) when the request asks for no delay', () => {
    expect(preferDelayFault().apply(request())).toBeNull();
  });
});

describe('fault: --error-rate', () => {
  it('answers the share of requests the random source picks with 503 and Retry-After', () => {
    const draws = [0.05, 0.5];
    const fault = errorRateFault(0.1, () => draws.shift()!);
    expect(fault.apply(request())).toEqual({ kind: 'stop', error: { kind: 'ServiceUnavailable' }, headers: { 'Retry-After': '1' } });
    expect(fault.apply(request())).toBeNull();
  });
});

describe('the faults of a server', () => {
  it('are the waits first, then the error rate; only what the options turn on', () => {
    expect(createFaults({ latencyMs: 10, errorRate: 0.5 }).map((f) => f.name)).toEqual(['latency', 'prefer-delay', 'error-rate']);
    expect(createFaults({}).map((f) => f.name)).toEqual(['prefer-delay']);
    expect(createFaults({ latencyMs: 0, errorRate: 0 }).map((f) => f.name)).toEqual(['prefer-delay']);
  });

  it('run synchronously while no fault waits (the hot path allocates no promise)', () => {
    expect(runFaults(createFaults({}), request())).toBeNull();
  });

  it('run in order, and the first that answers ends the request', async () => {
    const seen: string[] = [];
    const outcome = await runFaults(
      [
        { name: 'a', apply: () => (seen.push('a'), null) },
        { name: 'b', apply: async () => (seen.push('b'), { kind: 'stop', error: { kind: 'ServiceUnavailable' } }) },
        { name: 'c', apply: () => (seen.push('c'), null) },
      ],
      request(),
    );
    expect(outcome).toEqual({ kind: 'stop', error: { kind: 'ServiceUnavailable' } });
    expect(seen).toEqual(['a', 'b']);
  });
});
