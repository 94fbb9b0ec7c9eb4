import { describe, expect, it } from 'vitest';
import { MockClock } from '../../../src/core/clock.ts';
import { compileOperations } from '../../../src/core/http/compileOperations.ts';
import { createMockHandler, type MockHandlerOptions } from '../../../src/core/mock/createMockHandler.ts';
import type { ResponseViolationReport } from '../../../src/core/mock/pipeline/checkResponse.ts';
import type { Reply } from '../../../src/core/mock/pipeline/PlainRequest.ts';
import type { ApiMock } from '../../../src/core/mock/types.ts';
import { loadDocument } from '../../../src/core/openapi/loadDocument.ts';
import type { SavedState, StatePersistence } from '../../../src/core/store/StatePersistence.ts';
import { plainRequest } from '../fixtures/plainRequest.ts';
import { createThingsMock, thingsSeed, type ThingsState } from '../fixtures/thingsMock.ts';

const KEY = { 'x-key': 'secret' };
const JSON_KEY = { ...KEY, 'content-type': 'application/json' };
const control = compileOperations(loadDocument('mock-control'), 'mock-control');

function setUp(options: Partial<MockHandlerOptions<ThingsState>> = {}, api: Partial<ApiMock<ThingsState>> = {}) {
  const logs: Record<string, unknown>[] = [];
  const reports: ResponseViolationReport[] = [];
  const handler = createMockHandler<ThingsState>({
    api: createThingsMock(api),
    seed: thingsSeed,
    control,
    log: (e) => logs.push(e),
    onViolation: (r) => reports.push(r),
    ...options,
  });
  return { handler, logs, reports };
}

const answer = (reply: Reply) => {
  if (reply.kind !== 'respond') throw new Error('no answer');
  return reply.response;
};

function memoryPersistence(saved?: SavedState) {
  const appended: unknown[] = [];
  const replaced: unknown[] = [];
  let failing = false;
  const persistence: StatePersistence = {
    location: 'memory://things',
    load: () => saved,
    append: (_api, entry) => {
      if (failing) throw new Error('disk full');
      appended.push(entry);
    },
    replace: (_api, entry) => void replaced.push(entry),
  };
  return { persistence, appended, replaced, fail: () => void (failing = true) };
}

describe('the request path, stage by stage, on plain requests', () => {
  it('answers an operation from the state, checked against the document', async () => {
    const { handler, reports } = setUp();
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things?per_page=1', { headers: KEY })))).toEqual({
      status: 200,
      body: { data: [{ id: 1, name: 'one' }], total: 2 },
      headers: { 'X-Total': '2' },
    });
    expect(reports).toEqual([]);
  });

  it('routes before it authenticates (an unknown path is 404 without credentials) and authenticates before it validates', async () => {
    const { handler } = setUp();
    expect(answer(await handler.handle(plainRequest('GET', '/v1/nothing'))).status).toBe(404);
    expect(answer(await handler.handle(plainRequest('DELETE', '/v1/things'))).status).toBe(405);
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things?per_page=500'))).status).toBe(401);
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things?per_page=500', { headers: KEY })))).toMatchObject({ status: 422, body: { message: expect.stringContaining('per_page') } });
  });

  it('answers 413 for a body over the limit and asks for the connection to be closed', async () => {
    const { handler } = setUp({ bodyLimit: 8 });
    const reply = await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"far too long"}' }));
    expect(untraced(reply)).toEqual({ kind: 'respond', response: { status: 413, body: { message: 'PayloadTooLarge' } }, closeConnection: true });
  });

  it('answers 413 for a declared body over the limit before routing, whatever the path or method (AC-32, AG-63)', async () => {
    const { handler } = setUp({ bodyLimit: 8 });
    for (const [method, target] of [['POST', '/v1/nowhere'], ['DELETE', '/v1/things'], ['GET', '/v1/things'], ['POST', '/v1/things/%zz']]) {
      const request = plainRequest(method!, target!, { headers: { 'content-length': '9' }, body: '123456789' });
      expect(untraced(await handler.handle(request))).toEqual({ kind: 'respond', response: { status: 413, body: { message: 'PayloadTooLarge' } }, closeConnection: true });
      expect(request.bodyReads()).toBe(0);
    }
  });

  it('answers nothing when the client went away mid-body', async () => {
    const { handler, logs } = setUp();
    expect(await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, bodyResult: { kind: 'aborted' } }))).toEqual({ kind: 'clientGone' });
    expect(logs).toEqual([]);
  });

  it('answers 415 for a body that is not JSON and 400 for one that does not parse', async () => {
    const { handler } = setUp();
    expect(answer(await handler.handle(plainRequest('POST', '/v1/things', { headers: { ...KEY, 'content-type': 'text/plain' }, body: 'name' }))).status).toBe(415);
    expect(answer(await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name"' }))).status).toBe(400);
  });

  it('creates through the store and keeps what it created', async () => {
    const { handler } = setUp();
    expect(answer(await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"three"}' })))).toEqual({ status: 201, body: { id: 3, name: 'three' } });
    expect(handler.state().things.get('3')).toEqual({ id: 3, name: 'three' });
  });

  it('checks every answer after routing, error answers included (one way out)', async () => {
    // An API whose 401 breaks its own document.
    const { handler, reports } = setUp({}, { renderError: () => ({ status: 401, body: { error: 'no' } }) });
    const response = answer(await handler.handle(plainRequest('GET', '/v1/things')));
    expect(response.headers).toEqual({ 'x-mock-response-violations': '1' });
    expect(reports).toEqual([expect.objectContaining({ operationId: 'listThings', status: 401 })]);
  });

  it('answers a handler that throws with 500 in the API format, logs it as a bug and keeps none of its changes', async () => {
    const { handler, logs } = setUp({}, {
      handle: (state) => {
        state.things.put('9', { id: 9, name: 'half' });
        throw new Error('boom');
      },
    });
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things/1', { headers: KEY })))).toEqual({ status: 500, body: { message: 'InternalError' } });
    expect(logs).toEqual([expect.objectContaining({ level: 'error', msg: 'mock bug: unhandled error', method: 'GET' })]);
    expect(handler.state().things.has('9')).toBe(false);
  });

  it('keeps nothing a HEAD request changed', async () => {
    const { handler } = setUp({}, {
      handle: (state) => {
        state.things.delete('1');
        return { status: 404, body: { message: 'gone' } };
      },
    });
    expect(answer(await handler.handle(plainRequest('HEAD', '/v1/things/1', { headers: KEY }))).status).toBe(404);
    expect(handler.state().things.has('1')).toBe(true);
  });

  it('names undeclared query parameters and unlisted body members in x-mock-warnings, and keeps them for a journal (MK-2)', async () => {
    const { handler } = setUp();
    const reply = await handler.handle(plainRequest('GET', '/v1/things?per_page=1&colour=red', { headers: KEY }));
    expect(reply).toMatchObject({ kind: 'respond', response: { status: 200, headers: { 'x-mock-warnings': 'unknown-query colour' } } });
    expect(reply.kind === 'respond' && reply.warnings).toEqual([{ kind: 'unknown-query', name: 'colour' }]);
  });

  it('also warns on an answer that refuses the request, and not before the body is read', async () => {
    const { handler } = setUp();
    const refused = answer(await handler.handle(plainRequest('POST', '/v1/things?x=1', { headers: JSON_KEY, body: '{"nmae":"typo"}' })));
    expect(refused).toMatchObject({ status: 422, headers: { 'x-mock-warnings': 'unknown-query x, unknown-field /nmae' } });
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things?x=1'))).headers).toBeUndefined(); // 401: credentials come first
  });

  it('sends no x-mock-warnings when the request sent nothing undescribed', async () => {
    const { handler } = setUp();
    const reply = await handler.handle(plainRequest('POST', '/v1/things?', { headers: JSON_KEY, body: '{"name":"ok"}' }));
    expect(untraced(reply)).toEqual({ kind: 'respond', response: { status: 201, body: { id: 3, name: 'ok' } }, closeConnection: false });
  });

  it('answers 400 in the API format for a URL no route could match', async () => {
    const { handler } = setUp();
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things/%zz')))).toEqual({ status: 400, body: { message: 'MalformedRequest' } });
  });
});

describe('faults', () => {
  it('answers 503 with Retry-After in the API format before authentication, when the error rate picks a request', async () => {
    const { handler } = setUp({ errorRate: 0.5, random: () => 0.1 });
    expect(answer(await handler.handle(plainRequest('GET', '/v1/things')))).toEqual({ status: 503, body: { message: 'ServiceUnavailable' }, headers: { 'Retry-After': '1' } });
  });

  it('delays the answer by --latency and Prefer: delay together', async () => {
    const { handler } = setUp({ latencyMs: 40 });
    const started = performance.now();
    await handler.handle(plainRequest('GET', '/v1/things', { headers: { ...KEY, prefer: 'delay=40' } }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });
});

describe('Prefer: the document answers instead of the state', () => {
  it("checks the responder's answer like any other", async () => {
    const { handler, reports } = setUp({ spec: { respond: async () => ({ kind: 'answer', response: { status: 404, body: { nope: true } } }) } });
    const response = answer(await handler.handle(plainRequest('GET', '/v1/things/1', { headers: { ...KEY, prefer: 'code=404' } })));
    expect(response.status).toBe(404);
    expect(reports).toEqual([expect.objectContaining({ status: 404 })]);
  });

  it('gives the stateful answer with x-mock-prefer-ignored when the preference cannot be honoured', async () => {
    const { handler } = setUp({ spec: { respond: async () => ({ kind: 'cannotHonour', reason: 'no example "x"' }) } });
    const response = answer(await handler.handle(plainRequest('GET', '/v1/things/1', { headers: { ...KEY, prefer: 'example=x' } })));
    expect(response).toEqual({ status: 200, body: { id: 1, name: 'one' }, headers: { 'x-mock-prefer-ignored': 'no example "x"' } });
  });
});

describe('state across restarts (the persistence port)', () => {
  it('saves the whole tables with the first write of a first start (the seed was never written), then appends', async () => {
    const store = memoryPersistence();
    const { handler } = setUp({ stateFile: store.persistence });
    await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"three"}' }));
    expect(store.appended).toEqual([]);
    expect(store.replaced).toEqual([{ stateVersion: 1, snapshot: { things: [['1', { id: 1, name: 'one' }], ['2', { id: 2, name: 'two' }], ['3', { id: 3, name: 'three' }]] }, frozenClockMs: null }]);
    await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"four"}' }));
    expect(store.appended).toEqual([{ stateVersion: 1, changes: [{ table: 'things', key: '4', value: { id: 4, name: 'four' } }], frozenClockMs: null }]);
  });

  it('appends each committed change before answering, and undoes it with 503 when that fails', async () => {
    const saved: SavedState = { stateVersion: 1, snapshot: { things: [['1', { id: 1, name: 'one' }], ['2', { id: 2, name: 'two' }]] }, changes: [], frozenClockMs: null };
    const store = memoryPersistence(saved);
    const { handler } = setUp({ stateFile: store.persistence, clock: new MockClock() });
    await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"three"}' }));
    expect(store.appended).toEqual([{ stateVersion: 1, changes: [{ table: 'things', key: '3', value: { id: 3, name: 'three' } }], frozenClockMs: null }]);
    store.fail();
    const response = answer(await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"four"}' })));
    expect(response).toMatchObject({ status: 503, headers: { 'Retry-After': '1' } });
    expect(handler.state().things.has('4')).toBe(false);
  });

  it('starts from the saved tables and clock instead of the seed', () => {
    const saved: SavedState = { stateVersion: 1, snapshot: { things: [['5', { id: 5, name: 'five' }]] }, changes: [{ table: 'things', key: '6', value: { id: 6, name: 'six' } }], frozenClockMs: 1_000_000 };
    const { handler } = setUp({ stateFile: memoryPersistence(saved).persistence, clock: new MockClock() });
    expect([...handler.state().things.keys()]).toEqual(['5', '6']);
    expect(handler.clock.reading()).toEqual({ now: 1000, frozen: true });
  });

  it('refuses tables saved in another version, naming the file', () => {
    const saved: SavedState = { stateVersion: 2, snapshot: {}, changes: [], frozenClockMs: null };
    expect(() => setUp({ stateFile: memoryPersistence(saved).persistence })).toThrow(/memory:\/\/things holds things tables of version 2; this mock reads version 1/);
  });
});

describe('the control API under /__mock/', () => {
  it('sets the clock, saving it, and resets to the seed, replacing the saved state', async () => {
    const store = memoryPersistence();
    const { handler } = setUp({ stateFile: store.persistence });
    await handler.handle(plainRequest('POST', '/v1/things', { headers: JSON_KEY, body: '{"name":"three"}' }));
    expect(answer(await handler.handle(plainRequest('POST', '/__mock/clock', { headers: { 'content-type': 'application/json' }, body: '{"now": 1000}' })))).toEqual({ status: 200, body: { now: 1000, frozen: true } });
    expect(store.appended.at(-1)).toEqual({ stateVersion: 1, changes: [], frozenClockMs: 1_000_000 });
    expect(answer(await handler.handle(plainRequest('POST', '/__mock/reset'))).status).toBe(200);
    expect(handler.state().things.size).toBe(2);
    // The first write saved the whole tables; the reset replaced them with the seed's.
    expect(store.replaced).toHaveLength(2);
    expect(store.replaced.at(-1)).toEqual(expect.objectContaining({ stateVersion: 1, frozenClockMs: null }));
  });

  it('accepts a +json clock command, as the API routes do', async () => {
    const { handler } = setUp();
    expect(answer(await handler.handle(plainRequest('POST', '/__mock/clock', { headers: { 'content-type': 'application/merge-patch+json' }, body: '{"advance": 1}' }))).status).toBe(200);
  });

  it('closes the connection after a clock command too large to read', async () => {
    const { handler } = setUp();
    const reply = await handler.handle(plainRequest('POST', '/__mock/clock', { headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) }));
    expect(reply).toMatchObject({ kind: 'respond', response: { status: 413 }, closeConnection: true });
  });

  it('is not served when the engine has no control document (the path goes to the API)', async () => {
    const { handler } = setUp({ control: undefined });
    expect(answer(await handler.handle(plainRequest('GET', '/__mock/clock')))).toEqual({ status: 404, body: { message: 'RouteNotFound' } });
  });
});

/** The reply without what the engine adds for the request journal (tested in test/mock/journal*.test.ts). */
function untraced(reply: Reply): Reply {
  if (reply.kind !== 'respond' || !reply.trace) return reply;
  const { trace: _trace, serialized: _serialized, ...rest } = reply;
  return rest;
}
