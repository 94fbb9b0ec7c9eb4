import { describe, expect, it } from 'vitest';
import { createFaults } from '../../../../src/core/mock/faults/createFaults.ts';
import { createFaultSettings } from '../../../../src/core/mock/faults/FaultSettings.ts';
import { errorRateFault } from '../../../../src/core/mock/faults/errorRateFault.ts';
import { latencyFault } from '../../../../src/core/mock/faults/latencyFault.ts';
import { preferDelayFault } from '../../../../src/core/mock/faults/preferDelayFault.ts';
import { runFaults } from '../../../../src/core/mock/faults/runFaults.ts';

const request = (delayMs?: number) => ({ method: 'GET', prefer: delayMs === undefined ? {} : { delayMs }, applied: [] as string[] });
const elapsed = async (work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

describe('fault: --latency', () => {
  it('lets the request through after the latency', async () => {
    let outcome: unknown;
    const faulted = request();
    expect(await elapsed(async () => (outcome = await latencyFault(createFaultSettings({ latencyMs: 60 })).apply(faulted)))).toBeGreaterThanOrEqual(55);
    expect(outcome).toBeNull();
    expect(faulted.applied).toEqual(['latency 60 ms']);
  });

  it('reads its setting on every request, so a change at run time applies to the next request', async () => {
    const settings = createFaultSettings({});
    const fault = latencyFault(settings);
    expect(fault.apply(request())).toBeNull();
    settings.latencyMs = 60;
    expect(await elapsed(async () => fault.apply(request()))).toBeGreaterThanOrEqual(55);
  });
});

describe('fault: Prefer: delay', () => {
  it('waits as long as the request asks', async () => {
    const delayed = request(60);
    expect(await elapsed(async () => preferDelayFault().apply(delayed))).toBeGreaterThanOrEqual(55);
    expect(delayed.applied).toEqual(['Prefer delay 60 ms']);
  });

  it('does not wait (nor return a promise) when the request asks for no delay', () => {
    expect(preferDelayFault().apply(request())).toBeNull();
  });
});

describe('fault: --error-rate', () => {
  it('answers the share of requests the random source picks with 503 and Retry-After', () => {
    const draws = [0.05, 0.5];
    const fault = errorRateFault(createFaultSettings({ errorRate: 0.1 }), () => draws.shift()!);
    const hit = request();
    expect(fault.apply(hit)).toEqual({ kind: 'stop', error: { kind: 'ServiceUnavailable' }, headers: { 'Retry-After': '1' } });
    expect(hit.applied).toEqual(['error rate 0.1: 503']);
    const missed = request();
    expect(fault.apply(missed)).toBeNull();
    expect(missed.applied).toEqual([]);
  });

  it('draws nothing while the rate is 0, and follows a rate changed at run time', () => {
    const settings = createFaultSettings({});
    let draws = 0;
    const fault = errorRateFault(settings, () => (draws++, 0));
    expect(fault.apply(request())).toBeNull();
    expect(draws).toBe(0);
    settings.errorRate = 1;
    expect(fault.apply(request())).toMatchObject({ error: { kind: 'ServiceUnavailable' } });
  });
});

describe('the faults of a server', () => {
  it('are the waits first, then the error rate (each idle while its setting is 0, so that it can be turned on at run time)', () => {
    expect(createFaults(createFaultSettings({ latencyMs: 10, errorRate: 0.5 })).map((f) => f.name)).toEqual(['latency', 'prefer-delay', 'error-rate']);
    expect(createFaults(createFaultSettings({})).map((f) => f.name)).toEqual(['latency', 'prefer-delay', 'error-rate']);
  });

  it('run synchronously while no fault waits (the hot path allocates no promise)', () => {
    const idle = request();
    expect(runFaults(createFaults(createFaultSettings({ latencyMs: 0, errorRate: 0 })), idle)).toBeNull();
    expect(idle.applied).toEqual([]);
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
