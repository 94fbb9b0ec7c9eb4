import { describe, expect, it } from 'vitest';
import { createAgoraClassroomClient } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import {
  AgoraBadRequestError,
  AgoraClassAlreadyStartedError,
  AgoraClassEndedError,
  AgoraError,
  AgoraRecordingAfterClassEndedError,
  AgoraRecordingNotEndedError,
  AgoraRecordingNotStartedError,
  AgoraRequestRejectedError,
  AgoraRoomAlreadyExistsError,
  AgoraRoomNotFoundError,
  AgoraServerError,
  AgoraUnauthorizedError,
} from '../../src/agora-classroom/client/errors.ts';
import { isAgoraEvent } from '../../src/agora-classroom/client/isAgoraEvent.ts';
import { iterateClassroomEvents } from '../../src/agora-classroom/client/iterateClassroomEvents.ts';
import { iterateRecordings } from '../../src/agora-classroom/client/iterateRecordings.ts';
import { unwrapAgora } from '../../src/agora-classroom/client/unwrapAgora.ts';
import { fakeFetch, json, type SeenRequest } from './support/fakeFetch.ts';

const APP_ID = '0123456789abcdef0123456789abcdef';
const ok = (data?: unknown) => json(200, { code: 0, msg: 'Success', ts: 1, ...(data === undefined ? {} : { data }) });
const recording = (recordId: string) => ({
  recordId, appId: APP_ID, roomUuid: 'r', startTime: 1, endTime: 2, resourceId: 'x', sid: 'x', recordUid: '1', boardId: 'b', boardToken: 't', type: 2, status: 2, url: 'u',
});

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

function agora(answer: (request: SeenRequest, index: number) => Response, extra: { region?: 'eu'; baseUrl?: string } = {}) {
  const server = fakeFetch(answer);
  const client = createAgoraClassroomClient({ appId: APP_ID, token: 'rtm', uid: 42, fetch: server.fetch, retry: false, ...extra });
  return { server, client };
}

describe('createAgoraClassroomClient', () => {
  it('sends x-agora-token, x-agora-uid and Accept to https://api.agora.io by default', async () => {
    const { server, client } = agora(() => ok({}));
    await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: client.appId, roomUuid: 'english 1on1 (Anna & Leo)' } } });
    const [request] = server.seen;
    expect(request?.url.href).toBe(`https://api.agora.io/edu/apps/${APP_ID}/v2/rooms/english%201on1%20(Anna%20%26%20Leo)`);
    expect(Object.fromEntries(['x-agora-token', 'x-agora-uid', 'accept'].map((h) => [h, request?.headers.get(h)]))).toEqual({
      'x-agora-token': 'rtm',
      'x-agora-uid': '42',
      accept: 'application/json',
    });
  });

  it('puts the region after the base URL', async () => {
    const { server, client } = agora(() => ok([]), { region: 'eu', baseUrl: 'http://127.0.0.1:4011/' });
    await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } });
    expect(server.seen[0]?.url.href).toBe(`http://127.0.0.1:4011/eu/edu/polling/apps/${APP_ID}/v2/rooms/sequences`);
  });

  it('sends the create body as JSON with Content-Type: application/json', async () => {
    const { server, client } = agora(() => ok());
    const body = { roomName: 'Math', roomType: 4 as const, roomProperties: { schedule: { startTime: 1, duration: 60, closeDelay: 0 } } };
    await client.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: APP_ID, roomUuid: 'm' } }, body });
    expect(server.seen[0]?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual(body);
  });
});

describe('createAgoraClassroomClient: the two authentication modes (AG-12)', () => {
  const headersOf = (request: SeenRequest | undefined) =>
    Object.fromEntries(['authorization', 'x-agora-token', 'x-agora-uid'].map((h) => [h, request?.headers.get(h) ?? null]));

  it("auth 'authorization' sends Authorization: agora token=<token> and no x-agora-* header", async () => {
    const server = fakeFetch(() => ok([]));
    const client = createAgoraClassroomClient({ appId: APP_ID, auth: 'authorization', token: 'edu-007', fetch: server.fetch, retry: false });
    await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } });
    expect(headersOf(server.seen[0])).toEqual({ authorization: 'agora token=edu-007', 'x-agora-token': null, 'x-agora-uid': null });
  });

  it("auth 'authorization' with a uid also sends x-agora-uid, as Agora's web client does with a user token", async () => {
    const server = fakeFetch(() => ok([]));
    const client = createAgoraClassroomClient({ appId: APP_ID, auth: 'authorization', token: 'edu-007', uid: 'student_1', fetch: server.fetch, retry: false });
    await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } });
    expect(headersOf(server.seen[0])).toEqual({ authorization: 'agora token=edu-007', 'x-agora-token': null, 'x-agora-uid': 'student_1' });
  });

  it("auth 'headers' (the default, and when named) sends x-agora-token and x-agora-uid and no Authorization", async () => {
    for (const auth of [undefined, 'headers'] as const) {
      const server = fakeFetch(() => ok([]));
      const client = createAgoraClassroomClient({ appId: APP_ID, ...(auth ? { auth } : {}), token: 'rtm', uid: 7, fetch: server.fetch, retry: false });
      await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } });
      expect(headersOf(server.seen[0])).toEqual({ authorization: null, 'x-agora-token': 'rtm', 'x-agora-uid': '7' });
    }
  });

  it.each(['headers', 'authorization'] as const)('auth %s reads a token function before every request (a renewed token is sent at once)', async (auth) => {
    const server = fakeFetch(() => ok([]));
    let issued = 0;
    const token = async () => `token-${++issued}`;
    const client = createAgoraClassroomClient({ appId: APP_ID, auth, token, uid: () => 'u1', fetch: server.fetch, retry: false });
    for (let i = 0; i < 2; i++) await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } });
    const sent = server.seen.map((r) => (auth === 'authorization' ? r.headers.get('authorization') : r.headers.get('x-agora-token')));
    expect(sent).toEqual(auth === 'authorization' ? ['agora token=token-1', 'agora token=token-2'] : ['token-1', 'token-2']);
  });

  it("auth 'authorization' refuses an empty token with a TypeError before anything is sent", async () => {
    const server = fakeFetch(() => ok([]));
    const client = createAgoraClassroomClient({ appId: APP_ID, auth: 'authorization', token: () => '', fetch: server.fetch, retry: false });
    await expect(client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } })).rejects.toThrow(TypeError);
    expect(server.seen).toEqual([]);
  });

  it('leaves an Authorization header the call sets itself alone', async () => {
    const server = fakeFetch(() => ok([]));
    const client = createAgoraClassroomClient({ appId: APP_ID, auth: 'authorization', token: 'app-token', fetch: server.fetch, retry: false });
    await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } }, headers: { Authorization: 'agora token=user-token' } });
    expect(server.seen[0]?.headers.get('authorization')).toBe('agora token=user-token');
  });
});

describe('unwrapAgora', () => {
  it.each([
    [400, 400, AgoraBadRequestError],
    [401, 401, AgoraUnauthorizedError],
    [404, 20404100, AgoraRoomNotFoundError],
    [409, 409, AgoraRoomAlreadyExistsError],
    [409, 30409100, AgoraClassAlreadyStartedError],
    [409, 30409101, AgoraClassEndedError],
    [409, 30409410, AgoraRecordingNotStartedError],
    [409, 30409411, AgoraRecordingNotEndedError],
    [410, 30410100, AgoraRecordingAfterClassEndedError],
    [413, 413, AgoraRequestRejectedError],
    [415, 415, AgoraRequestRejectedError],
    [500, 500, AgoraServerError],
    [503, 503, AgoraServerError],
    [409, 30409999, AgoraError],
  ] as const)('maps HTTP %i with code %i to %o carrying status, code and body', async (status, code, ErrorClass) => {
    const body = { code, msg: 'nope', ts: 1 };
    const { client } = agora(() => json(status, body));
    const error = await client
      .PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: APP_ID, roomUuid: 'r', state: 1 } } })
      .then(unwrapAgora)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, code, body });
    expect((error as Error).message).toBe(`Agora answered ${status} with code ${code}: nope`);
  });

  it('uses the HTTP status as the code when the body is not Agora\'s envelope', async () => {
    const { client } = agora(() => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: APP_ID, roomUuid: 'r' } } }).then(unwrapAgora).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgoraError);
    expect(error).toMatchObject({ status: 502, code: 502, body: '<html>Bad gateway</html>' });
  });
});

describe('iterateRecordings', () => {
  it('follows nextId from batch to batch until it is null, asking the first batch without nextId', async () => {
    const batches: Record<string, unknown> = {
      first: { total: 3, count: 2, list: [recording('a'), recording('b')], nextId: 'c' },
      c: { total: 3, count: 1, list: [recording('c')], nextId: null },
    };
    const { server, client } = agora((r) => ok(batches[r.url.searchParams.get('nextId') ?? 'first']));
    const ids = (await collect(iterateRecordings(client, { roomUuid: 'math class 7B' }))).map((r) => r.recordId);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(server.seen.map((r) => r.url.search)).toEqual(['', '?nextId=c']);
    expect(server.seen[0]?.url.pathname).toBe(`/edu/apps/${APP_ID}/v2/rooms/math%20class%207B/records`);
  });

  it('treats an absent nextId as the last batch (the seed\'s example has none)', async () => {
    const { server, client } = agora(() => ok({ total: 17, count: 17, list: [recording('a')] }));
    expect(await collect(iterateRecordings(client, { roomUuid: 'jason0' }))).toHaveLength(1);
    expect(server.seen).toHaveLength(1);
  });

  it('yields nothing for a classroom without recordings', async () => {
    const { client } = agora(() => ok({ total: 0, count: 0, list: [], nextId: null }));
    expect(await collect(iterateRecordings(client, { roomUuid: 'physics-101' }))).toEqual([]);
  });

  it('throws instead of looping when the server repeats a nextId', async () => {
    const { server, client } = agora(() => ok({ total: 9, count: 1, list: [recording('a')], nextId: 'same' }));
    await expect(collect(iterateRecordings(client, { roomUuid: 'r' }))).rejects.toThrow('nextId "same" a second time');
    expect(server.seen).toHaveLength(2);
  });

  it('throws AgoraRoomNotFoundError for an unknown classroom', async () => {
    const { client } = agora(() => json(404, { code: 20404100, msg: 'Room not exists!', ts: 1 }));
    const error = await collect(iterateRecordings(client, { roomUuid: 'nope' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgoraRoomNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 20404100, body: { msg: 'Room not exists!' } });
  });
});

describe('iterateClassroomEvents', () => {
  it('passes cmd on every batch and follows nextId', async () => {
    const event = (sequence: number) => ({ roomUuid: 'r', cmd: 3, sequence, version: 1, data: { fromUser: { userUuid: 'u', userName: 'U', role: 1 }, message: 'hi', type: 1 } });
    const { server, client } = agora((r) =>
      ok(r.url.searchParams.get('nextId') === '7' ? { total: 2, count: 1, list: [event(7)], nextId: null } : { total: 2, count: 1, list: [event(2)], nextId: '7' }),
    );
    const sequences = (await collect(iterateClassroomEvents(client, { roomUuid: 'r', cmd: 3 }))).map((e) => e.sequence);
    expect(sequences).toEqual([2, 7]);
    expect(server.seen.map((r) => r.url.search)).toEqual(['?cmd=3', '?nextId=7&cmd=3']);
  });
});

describe('isAgoraEvent', () => {
  it('tells an event of the asked cmd from any other', () => {
    const users = { roomUuid: 'r', cmd: 20, sequence: 1, version: 1, data: {} } as const;
    expect(isAgoraEvent(users, 20)).toBe(true);
    expect(isAgoraEvent(users, 1)).toBe(false);
  });
});
