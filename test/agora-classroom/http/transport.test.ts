import { describe, expect, it } from 'vitest';
import { AGORA_DEFAULTS, createAgoraClassroomMock } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import { createSchemaValidator } from '../../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../../src/core/openapi/loadDocument.ts';
import { startTestMock } from '../../support/mockHarness.ts';
import { APP_ID, AUTH, CAPTURED_AT, newRoomBody, pollPath, roomPath, SEED, startAgora } from '../agoraTestKit.ts';

const doc = loadDocument('agora-classroom');
const example = (name: string) => (doc.components as { examples: Record<string, { value: unknown }> }).examples[name]!.value;

describe('Agora mock over HTTP: authentication (401 in the document\'s format)', () => {
  const OTHER_APP = '0123456789abcdef0123456789abcdef';
  const BEARER = { 'x-agora-token': undefined, 'x-agora-uid': undefined };
  it.each([
    ['no x-agora-token', { 'x-agora-token': undefined }, roomPath('math class 7B')],
    ['a wrong x-agora-token', { 'x-agora-token': 'agora-dev-tokem' }, roomPath('math class 7B')],
    ['a longer x-agora-token', { 'x-agora-token': `${AGORA_DEFAULTS.token}x` }, roomPath('math class 7B')],
    ['no x-agora-uid', { 'x-agora-uid': undefined }, roomPath('math class 7B')],
    ['a blank x-agora-uid', { 'x-agora-uid': '  ' }, roomPath('math class 7B')],
    ['a wrong token in Authorization', { ...BEARER, authorization: 'agora token=wrong' }, roomPath('math class 7B')],
    ['a wrong Authorization next to a right x-agora-token (Authorization decides)', { authorization: 'agora token=wrong' }, roomPath('math class 7B')],
    ['a well-formed but unknown App ID', {}, roomPath('math class 7B', '', OTHER_APP)],
    ['an unknown App ID on the polling path', {}, pollPath(OTHER_APP)],
    ['a malformed App ID with valid credentials (AG-10)', {}, roomPath('math class 7B', '', 'not-an-app-id')],
    ['a malformed App ID on the polling path (AG-10)', {}, pollPath('12345')],
    ['Agora\'s placeholder App ID', {}, roomPath('math class 7B', '', '{yourappId}')],
    ['wrong credentials and a malformed App ID', { 'x-agora-token': 'nope' }, roomPath('math class 7B', '', 'not-an-app-id')],
  ])('answers 401 with code 401 to a request with %s', async (_label, headers, path) => {
    const t = await startAgora();
    expect(await t.call('GET', path, { headers })).toMatchObject({ status: 401, body: { code: 401, msg: expect.stringContaining('Unauthorized'), ts: CAPTURED_AT } });
  });

  it.each([
    ['Authorization: agora token=<token> alone (AccessToken2 mode)', { ...BEARER, authorization: `agora token=${AGORA_DEFAULTS.token}` }],
    ['Authorization with the scheme in upper case', { ...BEARER, authorization: `AGORA token=${AGORA_DEFAULTS.token}` }],
    ['a right Authorization next to a wrong x-agora-token (Authorization decides)', { authorization: `agora token=${AGORA_DEFAULTS.token}`, 'x-agora-token': 'wrong' }],
    ['x-agora-token and x-agora-uid (the seed\'s mode)', {}],
  ])('accepts the configured token in %s', async (_label, headers) => {
    const t = await startAgora();
    expect(await t.call('GET', roomPath('math class 7B'), { headers })).toMatchObject({ status: 200, body: { code: 0 } });
  });

  it('accepts the App ID in upper case', async () => {
    const t = await startAgora();
    expect((await t.call('GET', roomPath('math class 7B', '', APP_ID.toUpperCase()))).status).toBe(200);
  });
});

describe('Agora mock over HTTP: the configured App owns the seed (AG-46)', () => {
  const OWN = { token: 'team-token-7', appId: 'AAAABBBBCCCCDDDDEEEEFFFF00001111' };

  it('serves the seeded classrooms under the configured App ID and token, and refuses the default App ID', async () => {
    const t = await startAgora({ config: OWN });
    const headers = { 'x-agora-token': undefined, 'x-agora-uid': undefined, authorization: `agora token=${OWN.token}` };
    const got = await t.call('GET', roomPath('study-marathon-2025', '/records', OWN.appId), { headers });
    expect(got.body.data).toMatchObject({ total: 137, count: 100 });
    expect(got.body.data.list[0].appId).toBe(OWN.appId.toLowerCase());
    expect((await t.call('GET', roomPath('math class 7B', '', OWN.appId.toLowerCase()), { headers })).body.data.state).toBe(1);
    expect((await t.call('GET', roomPath('math class 7B', '', APP_ID), { headers })).status).toBe(401);
    expect((await t.call('GET', roomPath('math class 7B', '', OWN.appId))).status).toBe(401);
  });
});

describe('Agora mock over HTTP: malformed values (400 / code 400, before any lookup)', () => {
  it.each([
    ['class state 7', 'PUT', roomPath('math class 7B', '/states/7'), 'path parameter "state"'],
    ['recording state 2', 'PUT', roomPath('math class 7B', '/records/states/2'), 'path parameter "state"'],
    ['a 64-character roomUuid of no classroom', 'GET', roomPath('x'.repeat(64)), 'path parameter "roomUuid"'],
    ['a roomUuid with a character outside the set', 'GET', roomPath('math*class'), 'path parameter "roomUuid"'],
    ['a roomUuid with a slash', 'PUT', roomPath('a/b', '/states/1'), 'path parameter "roomUuid"'],
    ['a non-integer cmd', 'GET', roomPath('math class 7B', '/sequences?cmd=one'), 'query parameter "cmd"'],
  ])('answers 400 naming the parameter for %s', async (_label, method, path, named) => {
    const t = await startAgora();
    const answer = await t.call(method, path);
    expect(answer).toMatchObject({ status: 400, body: { code: 400, ts: CAPTURED_AT } });
    expect(answer.body.msg).toContain(named);
  });

  it('accepts a 63-character roomUuid using every allowed punctuation character', async () => {
    const t = await startAgora();
    const roomUuid = `a !#$%&()+,-.:;<=>?@[]^_{|}~${'z'.repeat(35)}`;
    expect(roomUuid).toHaveLength(63);
    expect((await t.call('POST', roomPath(roomUuid), { body: newRoomBody() })).status).toBe(200);
    expect((await t.call('GET', roomPath(roomUuid))).body.data.roomUuid).toBe(roomUuid);
  });

  it('answers 400 naming every invalid body property of create-classroom', async () => {
    const t = await startAgora();
    const body = newRoomBody({ roomType: 3, roomName: 'x'.repeat(65), roomProperties: { schedule: { startTime: 1, duration: 90_000, closeDelay: 0 } } });
    const answer = await t.call('POST', roomPath('new-room'), { body });
    expect(answer).toMatchObject({ status: 400, body: { code: 400 } });
    for (const named of ['body.roomType', 'body.roomName', 'body.roomProperties.schedule.duration']) expect(answer.body.msg).toContain(named);
    expect((await t.call('GET', roomPath('new-room'))).status).toBe(404);
  });

  it('answers 400 naming the missing properties of an empty create-classroom body', async () => {
    const t = await startAgora();
    const answer = await t.call('POST', roomPath('new-room'));
    expect(answer.status).toBe(400);
    expect(answer.body.msg).toContain("required property 'roomName'");
  });

  it('answers 400 with code 400 to a body that is not valid JSON', async () => {
    const t = await startAgora();
    const answer = await t.call('POST', roomPath('new-room'), { rawBody: '{"roomName": ', headers: { 'content-type': 'application/json' } });
    expect(answer).toMatchObject({ status: 400, body: { code: 400, msg: expect.stringContaining('not valid JSON'), ts: CAPTURED_AT } });
  });

  it('answers 415 with code 415 to a body that is not application/json', async () => {
    const t = await startAgora();
    const answer = await t.call('POST', roomPath('new-room'), { rawBody: 'roomName=x', headers: { 'content-type': 'text/plain' } });
    expect(answer).toMatchObject({ status: 415, body: { code: 415, msg: expect.stringContaining('text/plain'), ts: CAPTURED_AT } });
  });

  it('answers 413 with code 413 to a body of 1 MiB + 1 byte', async () => {
    const t = await startAgora();
    const rawBody = `"${'x'.repeat(1024 * 1024 - 1)}"`;
    expect(Buffer.byteLength(rawBody)).toBe(1024 * 1024 + 1);
    const answer = await t.call('POST', roomPath('new-room'), { rawBody, headers: { 'content-type': 'application/json' } });
    expect(answer).toMatchObject({ status: 413, body: { code: 413, ts: CAPTURED_AT } });
  });
});

describe('Agora mock over HTTP: routes', () => {
  it.each([
    ['a path outside the API', '/v1/rooms'],
    ['an unknown region prefix', `/xx${roomPath('math class 7B')}`],
    ['an upper-case region prefix', `/EU${roomPath('math class 7B')}`],
    ['an unknown path under /edu', `/edu/apps/${APP_ID}/v3/rooms`],
  ])('answers 404 with code 404 to %s', async (_label, path) => {
    const t = await startAgora();
    expect(await t.call('GET', path)).toMatchObject({ status: 404, body: { code: 404, msg: expect.stringContaining('could not be found'), ts: CAPTURED_AT } });
  });

  it('answers 405 with code 405 and an Allow header to a method the path does not have', async () => {
    const t = await startAgora();
    const answer = await t.call('DELETE', roomPath('math class 7B'));
    expect(answer).toMatchObject({ status: 405, body: { code: 405, ts: CAPTURED_AT } });
    const allowed = answer.headers.get('allow')!.split(', ');
    expect(allowed).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(allowed).not.toContain('DELETE');
    expect(answer.body.msg).toContain('DELETE');
  });

  it('answers a CORS preflight carrying the auth headers with 204 and allows them', async () => {
    const t = await startAgora();
    const res = await fetch(`${t.origin}${roomPath('math class 7B', '/states/1')}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-agora-token, x-agora-uid, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-agora-token, x-agora-uid, content-type');
    expect(res.headers.get('access-control-allow-methods')).toContain('PUT');
  });
});

describe('Agora mock over HTTP: Prefer header, latency and failures', () => {
  it('answers Prefer: code=404 with the document\'s 404 example, through Prism', async () => {
    const t = await startAgora();
    const answer = await t.call('GET', roomPath('math class 7B'), { headers: { prefer: 'code=404' } });
    expect(answer).toMatchObject({ status: 404, body: example('RoomNotExists') });
  });

  it.each([
    ['ClassroomInfo', 'GET', roomPath('math class 7B')],
    ['RecordingsLastBatch', 'GET', roomPath('math class 7B', '/records')],
    ['PolledEvents', 'GET', pollPath()],
  ])('answers Prefer: example=%s with that example\'s value', async (name, method, path) => {
    const t = await startAgora();
    const answer = await t.call(method, path, { headers: { prefer: `example=${name}` } });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(example(name));
  });

  it('ignores an unknown Prefer example (RFC 7240) and gives the stateful answer, saying why in a header', async () => {
    const t = await startAgora();
    const answer = await t.call('GET', roomPath('math class 7B'), { headers: { prefer: 'example=NoSuchExample' } });
    expect(answer).toMatchObject({ status: 200, body: { code: 0, data: { roomUuid: 'math class 7B' } } });
    expect(answer.headers.get('x-mock-prefer-ignored')).toBeTruthy();
  });

  it('waits at least 200 ms before answering Prefer: delay=200', async () => {
    const t = await startAgora();
    const started = performance.now();
    const answer = await t.call('GET', roomPath('math class 7B'), { headers: { prefer: 'delay=200' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
    expect(answer.status).toBe(200);
  });

  it('answers 503 with code 503 and Retry-After when the error rate is 1', async () => {
    const t = await startAgora({ errorRate: 1 });
    const answer = await t.call('GET', roomPath('math class 7B'));
    expect(answer).toMatchObject({ status: 503, body: { code: 503, msg: 'Service Unavailable', ts: CAPTURED_AT } });
    expect(answer.headers.get('retry-after')).toBe('1');
  });

  it('answers 500 with code 500 in the document\'s InternalServerError format when the domain has a bug', async () => {
    const api = { ...createAgoraClassroomMock(AGORA_DEFAULTS), handle: () => { throw new Error('boom'); } };
    const logs: Record<string, unknown>[] = [];
    const t = await startTestMock(api, SEED, { logs });
    try {
      t.clock.set(CAPTURED_AT);
      const res = await fetch(`${t.origin}${roomPath('math class 7B')}`, { headers: AUTH });
      const body = await res.json();
      expect([res.status, body]).toEqual([500, { code: 500, msg: 'Internal Server Error', ts: CAPTURED_AT }]);
      const schemas = createSchemaValidator(doc, 'agora-classroom');
      expect(schemas.violations(schemas.at(['components', 'schemas', 'InternalServerError']), body)).toEqual([]);
      expect(logs.some((entry) => entry.level === 'error')).toBe(true);
    } finally {
      await t.close();
    }
  });

  it('stamps every answer with the mock clock in ts', async () => {
    const t = await startAgora();
    t.clock.set(1_800_000_000_123);
    const answers = await Promise.all([
      t.call('GET', roomPath('math class 7B')),
      t.call('GET', roomPath('nope')),
      t.call('GET', pollPath()),
      t.call('GET', '/nowhere'),
      t.call('GET', roomPath('math class 7B'), { headers: { 'x-agora-token': 'x' } }),
    ]);
    expect(answers.map((a) => a.body.ts)).toEqual(Array(5).fill(1_800_000_000_123));
  });
});

describe('createAgoraClassroomMock', () => {
  it('refuses an App ID that is not 32 hex characters and an empty token', () => {
    expect(() => createAgoraClassroomMock({ token: 't', appId: 'xyz' })).toThrow('32 hex characters');
    expect(() => createAgoraClassroomMock({ token: '', appId: APP_ID })).toThrow('token');
  });
});
