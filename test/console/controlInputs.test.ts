import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
let origin: string;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: (entry) => logs.push(entry) });
  origin = mocks.api('anyclassroom').origin;
});
afterAll(() => mocks.close());

const PATHS = ['requests', 'state', 'state/devices', 'state/links', 'faults', 'scenarios', 'scenarios/empty-account', 'scenarios/x', 'mocks', '', 'console/console.js', 'clock', 'reset'];
const junk = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('%00', '%zz', '..%2F..', '-1', '1e400', '9999999999999999999', 'NaN', '__proto__', 'constructor', '4xx', '600', '0', '1001'),
);

describe('the control API on bad input', () => {
  it('answers every request to the journal, state, faults, scenarios and console endpoints with < 500, 4xx in the control API format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        fc.constantFrom(...PATHS),
        fc.option(junk, { nil: undefined }),
        fc.dictionary(fc.constantFrom('path', 'status', 'after', 'limit', 'offset', 'x'), junk, { maxKeys: 3 }),
        fc.option(fc.oneof(fc.json(), junk, fc.constant('{"latencyMs": 1e400}'), fc.constant('{"__proto__": {"errorRate": 1}}')), { nil: undefined }),
        async (method, path, suffix, query, body) => {
          const target = `${origin}/__mock/${path}${suffix !== undefined && path.startsWith('state/') ? encodeURIComponent(suffix) : ''}?${new URLSearchParams(query)}`;
          // A scenario switch or a reset is a legitimate 200: keep the default data set meanwhile.
          const res = await fetch(target, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: method === 'GET' || body === undefined ? undefined : body });
          expect(res.status, `${method} ${target} ${body ?? ''}`).toBeLessThan(500);
          if (res.status >= 400) expect(await res.json(), `${method} ${target}`).toMatchObject({ error: expect.any(String) });
          else await res.arrayBuffer();
        },
      ),
      { numRuns: 300, seed: 12 },
    );
    expect(logs.filter((l) => l.level === 'error')).toEqual([]);
    // Whatever was switched or set, the mock still answers its API.
    await fetch(`${origin}/__mock/scenarios/default`, { method: 'POST' });
    await fetch(`${origin}/__mock/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"latencyMs":0,"errorRate":0}' });
    expect((await fetch(`${mocks.anyClassroomUrl}/devices`, { headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken } })).status).toBe(200);
  }, 120_000);
});
