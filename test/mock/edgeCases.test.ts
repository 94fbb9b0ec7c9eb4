import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
const logs: Record<string, unknown>[] = [];
let agoraHeaders: Record<string, string>;
let anyHeaders: Record<string, string>;
let room: (uuid: string) => string;

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: (e) => logs.push(e) });
  agoraHeaders = { 'x-agora-token': mocks.credentials.agoraToken, 'x-agora-uid': 'u1', 'Content-Type': 'application/json' };
  anyHeaders = { 'X-Token-AC': mocks.credentials.anyClassroomToken, 'Content-Type': 'application/json' };
  room = (uuid) => `${mocks.agoraUrl}/edu/apps/${mocks.credentials.agoraAppId}/v2/rooms/${uuid}`;
});
afterAll(() => mocks.close());

/** Sends raw bytes; resolves with the status line's code and the body once the server closes. */
function raw(origin: string, bytes: string, closeAfterWrite = true): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(bytes);
      if (closeAfterWrite) socket.end();
    });
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve({ status: Number(data.split(' ')[1]), body: data.split('\r\n\r\n')[1] ?? '' }));
  });
}

describe('bad values are 400 before any lookup, whatever their shape', () => {
  it('answers a roomUuid of 2049 characters with 400 code 400, not 404', async () => {
    const res = await fetch(`${room('a'.repeat(2049))}/states/1`, { method: 'PUT', headers: agoraHeaders });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 400 });
  });

  it('answers broken percent-encoding with 400 in each API format', async () => {
    const agora = await fetch(`${room('ab%zz')}/states/1`, { method: 'PUT', headers: agoraHeaders });
    expect(agora.status).toBe(400);
    expect(await agora.json()).toMatchObject({ code: 400 });
    const any = await fetch(`${mocks.anyClassroomUrl}/devices/ab%zz`, { headers: anyHeaders });
    expect(any.status).toBe(400);
    expect(await any.json()).toEqual({ message: 'Bad Request' });
  });

  // AG-33: a nextId that is no event's sequence is a position past the end, never a bad parameter.
  it('answers nextId=-1 on a room that does not exist with 404 code 20404100, not 400', async () => {
    const res = await fetch(`${room('no-such-room')}/sequences?nextId=-1`, { headers: agoraHeaders });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 20404100 });
  });
});

describe('numbers beyond a double', () => {
  // AC-9: Laravel's paginator reads any unusable page as page 1; it never refuses one.
  it('reads page=1e400 as page 1', async () => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?page=1e400`, { headers: anyHeaders });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ meta: { current_page: 1 } });
  });

  // AC-7, AC-41: a body the JSON rule cannot read is empty input to Laravel: 422 on the required field.
  it('anyclassroom: answers a JSON body holding 1e400 with 422 naming until_time, storing nothing', async () => {
    const url = `${mocks.anyClassroomUrl}/devices/lab1-pc-01@ad/temporal`;
    const before = (await (await fetch(url, { headers: anyHeaders })).json()) as { meta: { total: number } };
    const res = await fetch(url, { method: 'POST', headers: anyHeaders, body: '{"until_time": 1e400}' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: { until_time: [expect.any(String)] } });
    const after = (await (await fetch(url, { headers: anyHeaders })).json()) as { meta: { total: number } };
    expect(after.meta.total).toBe(before.meta.total);
  });

  // AG-15: Agora's Java servers refuse a body they cannot parse.
  it('agora: answers a JSON body holding 1e400 with 400 code 400, storing nothing', async () => {
    const body = '{"roomName":"x","roomType":4,"roomProperties":{"schedule":{"startTime":1e400,"duration":60,"closeDelay":0}}}';
    const res = await fetch(room('huge-number'), { method: 'POST', headers: agoraHeaders, body });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 400 });
    expect((await fetch(room('huge-number'), { headers: agoraHeaders })).status).toBe(404);
  });
});

describe('odd HTTP', () => {
  it('answers a request without a Host header in the API format', async () => {
    const res = await raw(new URL(mocks.anyClassroomUrl).origin, 'GET /api/v1/devices HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ message: 'Unauthenticated.' });
  });

  it('logs nothing when a client goes away in the middle of its body', async () => {
    const before = logs.length;
    const req = `POST /api/v1/devices/lab1-pc-01@ad/temporal HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"until`;
    await raw(new URL(mocks.anyClassroomUrl).origin, req);
    await new Promise((r) => setTimeout(r, 50));
    expect(logs.slice(before)).toEqual([]);
  });

  it('sends CORS headers on actual answers, exposing the mock headers a browser app may read', async () => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?per_page=1`, { headers: { ...anyHeaders, Origin: 'http://localhost:5173' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const exposed = res.headers.get('access-control-expose-headers')?.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['x-mock-prefer-ignored', 'x-mock-response-violations', 'x-mock-warnings']));
  });

  it('does not consume polled events on HEAD (HEAD changes nothing)', async () => {
    const uuid = `head-${Date.now()}`;
    // Scheduled a day ahead, so it starts only by hand (AG-37), now.
    const body = { roomName: 'Head', roomType: 4, roomProperties: { schedule: { startTime: Date.now() + 86_400_000, duration: 600, closeDelay: 0 } } };
    await fetch(room(uuid), { method: 'POST', headers: agoraHeaders, body: JSON.stringify(body) });
    const poll = `${mocks.agoraUrl}/edu/polling/apps/${mocks.credentials.agoraAppId}/v2/rooms/sequences`;
    await fetch(poll, { headers: agoraHeaders }); // drain whatever is pending
    expect((await fetch(`${room(uuid)}/states/1`, { method: 'PUT', headers: agoraHeaders })).status).toBe(200);
    expect((await fetch(poll, { method: 'HEAD', headers: agoraHeaders })).status).toBe(200);
    const events = (await (await fetch(poll, { headers: agoraHeaders })).json()) as { data: { roomUuid: string; cmd: number }[] };
    expect(events.data.filter((e) => e.roomUuid === uuid).map((e) => e.cmd)).toEqual([1]);
  });
});

describe('stopping', () => {
  it('closes even while a client holds a request open, after the grace period', async () => {
    const own = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
    const origin = new URL(own.anyClassroomUrl).origin;
    // A body that never completes.
    const hanging = raw(origin, `POST /api/v1/devices/x/temporal HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{`, false);
    await new Promise((r) => setTimeout(r, 100));
    const started = performance.now();
    await Promise.all([own.anyClassroom.close(300), own.agora.close(300)]);
    expect(performance.now() - started).toBeLessThan(2_000);
    await hanging.catch(() => undefined);
  });
});

describe('integer parameters are decimal integers', () => {
  // AC-38: per_page is validated as PHP's FILTER_VALIDATE_INT reads it.
  it.each(['1.0', '0x10', '1e1', '2.5'])('answers per_page=%j with a Laravel 422 on per_page', async (value) => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?per_page=${encodeURIComponent(value)}`, { headers: anyHeaders });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ errors: { per_page: ['The per page field must be an integer.'] } });
  });

  // AC-9: page is never refused; what is not an integer of at least 1 is page 1.
  it.each(['1.0', '0x10', '1e1', '0', '-1', 'abc'])('reads page=%j as page 1', async (value) => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?per_page=2&page=${encodeURIComponent(value)}`, { headers: anyHeaders });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ meta: { current_page: 1 } });
  });

  it('answers a class state written as 1.0 with 400 code 400', async () => {
    const res = await fetch(`${room('no-such-room')}/states/1.0`, { method: 'PUT', headers: agoraHeaders });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 400, msg: expect.stringContaining('state') });
  });
});

describe('members the document does not describe are accepted and named in x-mock-warnings (MK-2)', () => {
  it('anyclassroom: names an undeclared query parameter on a 200', async () => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?per_page=1&perPage=5`, { headers: anyHeaders });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-mock-warnings')).toBe('unknown-query perPage');
  });

  it('anyclassroom: names an unknown body member of a create, which is not refused for it', async () => {
    const url = `${mocks.anyClassroomUrl}/devices/lab1-pc-01@ad/temporal`;
    const res = await fetch(url, { method: 'POST', headers: anyHeaders, body: JSON.stringify({ until_time: 4102444800, untill_time: 1 }) });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-mock-warnings')).toBe('unknown-field /untill_time');
  });

  it('agora: names a misspelt member deep in the create body, and nothing inside flexProps', async () => {
    const body = { roomName: 'Warned', roomType: 4, roomProperties: { schedule: { closedelay: 60 }, flexProps: { anything: { at: 'all' } } }, colour: 'red' };
    const res = await fetch(room(`warned-${Date.now()}`), { method: 'POST', headers: agoraHeaders, body: JSON.stringify(body) });
    expect(res.headers.get('x-mock-warnings')).toBe('unknown-field /roomProperties/schedule/closedelay, unknown-field /colour');
  });

  it('agora: names the bare ?null of Agora\'s own examples as an unknown query parameter', async () => {
    const res = await fetch(`${room('physics-101')}/sequences?null&cmd=1`, { headers: agoraHeaders });
    expect(res.headers.get('x-mock-warnings')).toBe('unknown-query null');
  });

  it('sends no x-mock-warnings when everything sent is described', async () => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?per_page=1&page=1`, { headers: anyHeaders });
    expect(res.headers.has('x-mock-warnings')).toBe(false);
  });
});
