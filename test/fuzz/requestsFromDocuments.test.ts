import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRequests } from '../../src/core/fuzz/apiRequests.ts';
import { documentOperations } from '../../src/core/fuzz/documentOperations.ts';
import { formatFuzzReport } from '../../src/core/fuzz/formatFuzzReport.ts';
import { runFuzz } from '../../src/core/fuzz/runFuzz.ts';
import { sendRawRequest } from '../../src/core/fuzz/sendRawRequest.ts';
import type { FuzzTarget } from '../../src/core/fuzz/types.ts';
import type { ResponseViolationReport } from '../../src/core/mock/createMockServer.ts';
import { API_REGISTRY } from '../../src/apiRegistry.ts';
import { fuzzTargets } from '../../src/mock/fuzzTargets.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';

/**
 * The bounded fuzz run of `npm test`: a few hundred requests per API generated from its document
 * (see `src/core/fuzz/`), sent one at a time, each judged by the oracle (`src/core/fuzz/oracle/`):
 * the status the request deserved by the documents and decisions (401, 404, 405, 413, 431, the
 * API's 400 or 422, or a declared success or domain error), the answer checked by Prism's validator,
 * plus no 5xx, no dropped connection, no answer the mock flags as off its own document. On failure
 * the message is the report of `npm run fuzz`: counts per kind of mutation, the wrong answers
 * grouped, the first failing requests. `FUZZ_SEED=<seed> FUZZ_RUNS=<n>` replays or widens the run;
 * `npm run fuzz` is the long, concurrent version.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
const RUNS = Math.max(100, Number(process.env.FUZZ_RUNS ?? 500));

const prototypeKeys = () => [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Array.prototype)];
const PROTOTYPE_KEYS_BEFORE = prototypeKeys();

let mocks: RunningMocks;
let targets: Record<string, FuzzTarget>;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
/** What the mocks reported about their own answers during a run. */
const reported: ResponseViolationReport[] = [];
const mockErrors: Record<string, unknown>[] = [];

beforeAll(async () => {
  mocks = await startMocks({
    host: '127.0.0.1',
    anyClassroomPort: 0,
    agoraPort: 0,
    env: {},
    onViolation: (report) => reported.push(report),
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
/** Per API, the statuses each operation's requests were answered with in its run. */
const perOperation = new Map<string, Record<string, Record<string, number>>>();

describe.each(API_NAMES)('the %s mock under requests generated from its document', (api) => {
  beforeAll(() => reset(targets[api]!));
  afterAll(() => reset(targets[api]!));

  it(`answers ${RUNS} valid and hostile requests each as it deserves, on the document, with no 5xx and no dropped connection`, async () => {
    const target = targets[api]!;
    reported.length = 0;
    mockErrors.length = 0;
    const report = await runFuzz({ runs: [{ target, requests: apiRequests(target) }], requests: RUNS, seed: SEED, concurrency: 1 });
    const side = { violationReports: { [api]: reported.length }, errorLogs: mockErrors.length };
    const figures = report.apis[0]!;
    // Every kind of request reaches the mock: the run is not vacuous.
    expect(figures.sent).toBe(RUNS);
    expect(figures.byMutation.valid?.sent ?? 0).toBeGreaterThan(RUNS / 10);
    const failed = report.failureCount + reported.length + mockErrors.length + report.health.filter((h) => !h.ok).length;
    expect(failed, formatFuzzReport(report, side).join('\n')).toBe(0);
    perOperation.set(api, figures.operations);
  }, 180_000);

  it('sent every operation of its document requests, each judged by the oracle, both accepted and refused ones', () => {
    const operations = perOperation.get(api) ?? {};
    const ids = documentOperations(targets[api]!.document).map((op) => op.operationId);
    expect(ids.length).toBe(api === 'agora-classroom' ? 24 : 7);
    const thin = ids.filter((id) => {
      const statuses = Object.keys(operations[id] ?? {});
      const sent = Object.values(operations[id] ?? {}).reduce((sum, n) => sum + n, 0);
      return sent < 5 || statuses.length < 2;
    });
    expect(thin, JSON.stringify(operations)).toEqual([]);
  });

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
