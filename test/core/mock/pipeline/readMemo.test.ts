import { describe, expect, it } from 'vitest';
import { compileOperations } from '../../../../src/core/http/compileOperations.ts';
import { createMockHandler } from '../../../../src/core/mock/createMockHandler.ts';
import type { Reply } from '../../../../src/core/mock/pipeline/PlainRequest.ts';
import { ReadMemo, type RememberedAnswer } from '../../../../src/core/mock/pipeline/ReadMemo.ts';
import type { ApiMock } from '../../../../src/core/mock/types.ts';
import { loadDocument } from '../../../../src/core/openapi/loadDocument.ts';
import { plainRequest } from '../../fixtures/plainRequest.ts';
import { createThingsMock, thingsSeed, type ThingsState } from '../../fixtures/thingsMock.ts';

const KEY = { 'x-key': 'secret' };
const control = compileOperations(loadDocument('mock-control'), 'mock-control');

/** The things fixture with its domain calls counted; `overrides.handle` can make it read the clock. */
function setUp(options: { readMemo?: boolean; handle?: ApiMock<ThingsState>['handle']; readsMayBeRemembered?: boolean } = {}) {
  const base = createThingsMock();
  let calls = 0;
  const reports: unknown[] = [];
  const handler = createMockHandler<ThingsState>({
    api: {
      ...base,
      ...(options.readsMayBeRemembered === undefined ? {} : { readsMayBeRemembered: options.readsMayBeRemembered }),
      handle: (state, request, env) => {
        calls++;
        return (options.handle ?? base.handle)(state, request, env);
      },
    },
    seed: thingsSeed,
    control,
    log: () => undefined,
    onViolation: (r) => reports.push(r),
    readMemo: options.readMemo,
  });
  return { handler, calls: () => calls, reports };
}

const respond = (reply: Reply) => {
  if (reply.kind !== 'respond') throw new Error('no answer');
  return reply;
};
const list = (headers: Record<string, string> = KEY, target = '/v1/things?per_page=5') => plainRequest('GET', target, { headers });

/** Offers an answer twice, as the pipeline does when the same read is computed twice at one store version (then it is kept). */
function keep(memo: ReadMemo, key: string, version: number, offered: RememberedAnswer): void {
  expect(memo.remember(key, version, offered)).toBe(false);
  expect(memo.remember(key, version, offered)).toBe(true);
}

function answer(payload: string): RememberedAnswer {
  return { response: { status: 200, body: payload }, serialized: { status: 200, headers: {}, payload }, warnings: undefined, stoppedBy: undefined, requestViolations: [] };
}

describe('ReadMemo', () => {
  it('finds an answer only for the store version it was computed from', () => {
    const memo = new ReadMemo();
    keep(memo, 'GET http://h/a', 3, answer('{}'));
    expect(memo.find('GET http://h/a', 3)?.serialized.payload).toBe('{}');
    expect(memo.find('GET http://h/a', 4)).toBeUndefined();
    // A stale answer is dropped when found stale.
    expect(memo.size).toBe(0);
    expect(memo.find('GET http://h/a', 3)).toBeUndefined();
  });

  it('forgets every answer and sighting when cleared (another state is in place)', () => {
    const memo = new ReadMemo();
    keep(memo, 'k', 3, answer('{}'));
    expect(memo.remember('seen once', 3, answer('{}'))).toBe(false);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(memo.find('k', 3)).toBeUndefined();
    // The sighting is gone too: the same read at the same version is seen once again, not kept.
    expect(memo.remember('seen once', 3, answer('{}'))).toBe(false);
  });

  it('keeps an answer only the second time the same read is computed at the same version (a read a write follows is never kept)', () => {
    const memo = new ReadMemo();
    expect(memo.remember('k', 1, answer('{}'))).toBe(false);
    expect(memo.remember('k', 2, answer('{}'))).toBe(false);
    expect(memo.size).toBe(0);
    expect(memo.find('k', 2)).toBeUndefined();
  });

  it('encodes an answer\'s body to UTF-8 at its first reuse, not when it is remembered', () => {
    const memo = new ReadMemo();
    keep(memo, 'k', 1, answer('{"a":"ü"}'));
    const found = memo.find('k', 1);
    expect(found?.serialized.bytes).toEqual(new TextEncoder().encode('{"a":"ü"}'));
    expect(memo.find('k', 1)?.serialized.bytes).toBe(found?.serialized.bytes);
  });

  it('keeps at most its budget of characters, dropping the oldest answers first, and never one answer over a quarter of it', () => {
    const memo = new ReadMemo(400);
    for (let i = 0; i < 5; i++) keep(memo, `k${i}`, 1, answer('x'.repeat(78)));
    expect(memo.size).toBe(5);
    keep(memo, 'k5', 1, answer('x'.repeat(78)));
    expect(memo.find('k0', 1)).toBeUndefined();
    expect(memo.find('k5', 1)).toBeDefined();
    memo.remember('big', 1, answer('x'.repeat(101)));
    memo.remember('big', 1, answer('x'.repeat(101)));
    expect(memo.find('big', 1)).toBeUndefined();
  });
});

describe('the read memo in the request path', () => {
  it('answers the same read of unchanged state without running the domain again, byte for byte, and journals every request', async () => {
    const { handler, calls } = setUp();
    const first = respond(await handler.handle(list()));
    await handler.handle(list()); // computed again, and kept
    const second = respond(await handler.handle(list()));
    expect(calls()).toBe(2);
    expect(second.response).toEqual(first.response);
    const { bytes, ...text } = second.serialized!;
    expect(text).toEqual(first.serialized);
    expect(bytes).toEqual(new TextEncoder().encode(first.serialized!.payload));
    expect(handler.journal.size).toBe(3);
    expect(handler.journal.list({}).map((r) => [r.operationId, r.status])).toEqual([
      ['listThings', 200],
      ['listThings', 200],
      ['listThings', 200],
    ]);
  });

  it('shares a remembered answer\'s headers between its requests, frozen (an adapter writes its own beside them)', async () => {
    const { handler } = setUp();
    await handler.handle(list());
    const first = respond(await handler.handle(list()));
    expect(() => {
      (first.serialized!.headers as Record<string, string | number>)['Content-Length'] = 999;
    }).toThrow(TypeError);
    const second = respond(await handler.handle(list()));
    expect(second.serialized!.headers).toBe(first.serialized!.headers);
    expect(second.serialized!.headers['Content-Length']).toBeUndefined();
  });

  it('runs the domain again after any write, and the read sees it', async () => {
    const { handler, calls } = setUp();
    await handler.handle(list());
    const created = respond(await handler.handle(plainRequest('POST', '/v1/things', { headers: { ...KEY, 'content-type': 'application/json' }, body: '{"name":"three"}' })));
    expect(created.response.status).toBe(201);
    const after = respond(await handler.handle(list()));
    expect(after.response.body).toMatchObject({ total: 3 });
    expect(calls()).toBe(3);
  });

  it('runs the domain again after a reset, even when the reset leaves the same rows', async () => {
    const { handler, calls } = setUp();
    await handler.handle(list());
    await handler.handle(list());
    expect(respond(await handler.handle(plainRequest('POST', '/__mock/reset'))).response.status).toBe(200);
    await handler.handle(list());
    expect(calls()).toBe(3);
  });

  it('does not remember an answer that read the clock', async () => {
    const base = createThingsMock();
    const { handler, calls } = setUp({
      handle: (state, request, env) => {
        const response = base.handle(state, request, env);
        return { ...response, headers: { ...response.headers, 'X-Total': String(env.nowMs > 0 ? state.things.size : 0) } };
      },
    });
    await handler.handle(list());
    await handler.handle(list());
    await handler.handle(list());
    expect(calls()).toBe(3);
  });

  it('keys on the whole URL: another query or host is another answer', async () => {
    const { handler, calls } = setUp();
    await handler.handle(list());
    await handler.handle(list());
    const one = respond(await handler.handle(list(KEY, '/v1/things?per_page=1')));
    expect(one.response.body).toMatchObject({ data: [{ id: 1 }] });
    await handler.handle(list({ ...KEY, host: 'other.test' }));
    expect(calls()).toBe(4);
  });

  it('still authenticates every request', async () => {
    const { handler } = setUp();
    await handler.handle(list());
    await handler.handle(list());
    expect(respond(await handler.handle(list({}))).response.status).toBe(401);
    expect(respond(await handler.handle(list({ 'x-key': 'wrong' }))).response.status).toBe(401);
  });

  it('still applies the faults set at run time', async () => {
    const { handler } = setUp();
    await handler.handle(list());
    await handler.handle(list());
    handler.faults.errorRate = 1;
    expect(respond(await handler.handle(list())).response.status).toBe(503);
    handler.faults.errorRate = 0;
    expect(respond(await handler.handle(list())).response.status).toBe(200);
  });

  it('leaves requests with Prefer to the full path', async () => {
    const { handler, calls } = setUp();
    await handler.handle(list());
    await handler.handle(list());
    await handler.handle(list({ ...KEY, prefer: 'dynamic=false' }));
    expect(calls()).toBe(3);
  });

  it('remembers a refused read with its verdict (the journal still names the violations)', async () => {
    const { handler, calls } = setUp();
    const target = '/v1/things?per_page=500';
    const first = respond(await handler.handle(list(KEY, target)));
    await handler.handle(list(KEY, target));
    const second = respond(await handler.handle(list(KEY, target)));
    expect(second.remembered).toBe(true);
    expect([first.response.status, second.response.status]).toEqual([422, 422]);
    expect(calls()).toBe(0);
    const [a, , b] = handler.journal.list({});
    expect(b!.requestViolations).toEqual(a!.requestViolations);
    expect(b!.requestViolations.length).toBeGreaterThan(0);
    expect(b!.stoppedBy).toBe('InvalidRequest');
  });

  it('does not remember an answer that broke the document (each one is reported)', async () => {
    const { handler, calls, reports } = setUp({ handle: () => ({ status: 200, body: { data: 'not a list', total: 'x' } }) });
    for (let i = 0; i < 3; i++) await handler.handle(list());
    expect(calls()).toBe(3);
    expect(reports).toHaveLength(3);
  });

  it('can be turned off: every request runs every stage', async () => {
    const { handler, calls } = setUp({ readMemo: false });
    for (let i = 0; i < 3; i++) await handler.handle(list());
    expect(calls()).toBe(3);
  });

  it('is not used for an API that declares no read can be remembered (Agora: every answer prints the time)', async () => {
    const { handler, calls } = setUp({ readsMayBeRemembered: false });
    for (let i = 0; i < 3; i++) await handler.handle(list());
    expect(calls()).toBe(3);
  });

  it('answers a read in the same tick: handleNow gives the reply itself, no promise', () => {
    const { handler } = setUp();
    for (let i = 0; i < 3; i++) {
      const reply = handler.handleNow(list());
      expect(reply).not.toBeInstanceOf(Promise);
      expect(respond(reply as Reply).response.status).toBe(200);
    }
  });

  it('journals a remembered answer as it journals a computed one: path, query, request and answer texts', async () => {
    const { handler } = setUp();
    for (let i = 0; i < 3; i++) await handler.handle(list({ ...KEY, 'x-request': `n${i}` }));
    const records = handler.journal.list({}).sort((a, b) => a.id - b.id);
    const texts = records.map((r) => handler.journal.messages(r));
    expect(records.map((r) => [r.path, r.query])).toEqual(Array.from({ length: 3 }, () => ['/v1/things', 'per_page=5']));
    expect(texts.map((t) => t?.request.headers['x-request'])).toEqual(['n0', 'n1', 'n2']);
    expect(texts[2]?.response).toEqual(texts[0]?.response);
    expect(texts[2]?.response.body?.text).toBe(respond(await handler.handle(list())).serialized!.payload);
    // The answer's text is written once for the requests a remembered answer serves (the second computation is the one kept).
    expect(records[2]!.answerAt).toBe(records[1]!.answerAt);
    expect(records[1]!.answerAt).not.toBe(records[0]!.answerAt);
  });
});
