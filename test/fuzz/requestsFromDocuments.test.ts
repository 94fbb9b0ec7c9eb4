import { Agent } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequests } from '../../src/core/fuzz/apiRequests.ts';
import { judgeAnswer } from '../../src/core/fuzz/judgeAnswer.ts';
import { sendRawRequest } from '../../src/core/fuzz/sendRawRequest.ts';
import type { FuzzTarget } from '../../src/core/fuzz/types.ts';
import type { ResponseViolationReport } from '../../src/core/mock/createMockServer.ts';
import { API_REGISTRY } from '../../src/apiRegistry.ts';
import { fuzzTargets } from '../../src/mock/fuzzTargets.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

/**
 * The bounded fuzz run of `npm test`: a few hundred requests per API generated from its document
 * (see `src/core/fuzz/`), sent one by one so that a failure shrinks to a small request. fast-check
 * prints the seed and the shrunk request on failure; `FUZZ_SEED=<seed> FUZZ_RUNS=<n>` replays or
 * widens the run. `npm run fuzz` is the long, concurrent version.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

const prototypeKeys = () => [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)];
const PROTOTYPE_KEYS_BEFORE = prototypeKeys();

let mocks: RunningMocks;
let targets: Record<string, FuzzTarget>;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
/** Violations of the request being judged (the harness also gets them and fails the test). */
const reported: ResponseViolationReport[] = [];
const mockErrors: Record<string, unknown>[] = [];

beforeAll(async () => {
  mocks = await startMocks({
    host: '127.0.0.1',
    anyClassroomPort: 0,
    agoraPort: 0,
    env: {},
    onViolation: (report) => {
      reported.push(report);
      reportViolation(report);
    },
    log: (entry) => {
      if (entry.level === 'error') mockErrors.push(entry);
    },
  });
  targets = Object.fromEntries((await fuzzTargets(mocks)).map((target) => [target.api, target]));
});
afterAll(async () => {
  agent.destroy();
  await mocks?.close();
});

async function reset(target: FuzzTarget): Promise<void> {
  const answer = await sendRawRequest(target.origin, { method: 'POST', target: '/__mock/reset', headers: [] }, agent);
  expect(answer.kind === 'answer' && answer.status).toBe(200);
}

const API_NAMES = API_REGISTRY.apis.map((api) => api.name);

describe.each(API_NAMES)('the %s mock under requests generated from its document', (api) => {
  beforeAll(() => reset(targets[api]!));
  afterAll(() => reset(targets[api]!));

  it(`answers ${RUNS} valid and hostile requests with no 5xx, no dropped connection and nothing off the document`, async () => {
    const target = targets[api]!;
    await fc.assert(
      fc.asyncProperty(apiRequests(target), async (request) => {
        reported.length = 0;
        const problems = judgeAnswer(request, await sendRawRequest(target.origin, request, agent));
        const violations = reported.splice(0).map((r) => ({ kind: 'onViolation', detail: `${r.operationId} ${r.status}: ${JSON.stringify(r.violations).slice(0, 500)}` }));
        const bugs = mockErrors.splice(0).map((e) => ({ kind: 'mock bug logged', detail: String(e.error ?? e.msg).slice(0, 500) }));
        expect([...problems, ...violations, ...bugs]).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it('still answers its known-good request with 200 after the run', async () => {
    const { knownGood, origin } = targets[api]!;
    const answer = await sendRawRequest(origin, { method: knownGood.method, target: knownGood.target, headers: Object.entries(knownGood.headers) }, agent);
    expect(answer).toMatchObject({ kind: 'answer', status: 200 });
  });
});

describe('after every run', () => {
  it('leaves Object.prototype and Array.prototype as they were (no "__proto__" member polluted them)', () => {
    expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS_BEFORE);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('regressions: bugs the fuzzer found in src/core/mock', () => {
  // The 431 written on the raw socket carried a JSON body even when the request was HEAD, which must
  // not get content (RFC 9110 9.3.2); Node's client then saw a broken connection.
  it.each(API_NAMES)('%s: answers a HEAD request whose headers are over the limit with a bodiless 431', async (api) => {
    const target = targets[api]!;
    const answer = await sendRawRequest(target.origin, { method: 'HEAD', target: target.knownGood.target, headers: [...Object.entries(target.knownGood.headers), ['X-Fuzz', 'a'.repeat(20_000)]] }, agent);
    expect(answer).toMatchObject({ kind: 'answer', status: 431, body: '' });
  });

  // Each `advance` was bounded (10 years) but the clock it landed on was not: past 9999-12-31
  // AnyClassroom printed `+010009-...` timestamps, off the document's pattern. Now refused with 400.
  it('refuses to advance the clock past year 9999 and keeps AnyClassroom answers on the document', async () => {
    const own: ResponseViolationReport[] = [];
    const isolated = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: (r) => own.push(r), log: () => undefined });
    try {
      const origin = new URL(isolated.anyClassroomUrl).origin;
      const post = (target: string, body: unknown, headers: [string, string][] = []) =>
        sendRawRequest(origin, { method: 'POST', target, headers: [['Content-Type', 'application/json'], ...headers], body: JSON.stringify(body) }, agent);
      await post('/__mock/clock', { now: 253402300799 });
      expect(await post('/__mock/clock', { advance: 315360000 })).toMatchObject({ kind: 'answer', status: 400 });
      const answer = await post('/api/v1/devices/7788097973/temporal', { until_time: 253717660799 + 3600 }, [['X-Token-AC', isolated.credentials.anyClassroomToken]]);
      expect(answer).toMatchObject({ kind: 'answer', status: 201 });
      expect(own).toEqual([]);
    } finally {
      await isolated.close();
    }
  });
});
