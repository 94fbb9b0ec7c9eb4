import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyClassroomState } from '../../../src/anyclassroom/mock/state.ts';
import type { ApiMock } from '../../../src/core/mock/types.ts';
import { createAnyClassroomMock } from '../../../src/anyclassroom/mock/createAnyClassroomMock.ts';
import { startTestMock } from '../../support/mockHarness.ts';
import { fixedEnv, NOW_MS, postJson, SEED, startAnyClassroom, TOKEN, type AnyClassroomTestMock } from '../fixture.ts';

let t: AnyClassroomTestMock;
beforeAll(async () => {
  t = await startAnyClassroom();
});
afterAll(() => t.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const bundled = (await import('../../../generated/anyclassroom.openapi.json', { with: { type: 'json' } })).default as any;

describe('authentication (X-Token-AC)', () => {
  const requests: [string, string, RequestInit?][] = [
    ['GET', '/devices'],
    ['GET', '/devices/lab1-pc-01@ad'],
    ['POST', '/devices/lab1-pc-01@ad/temporal', postJson({ until_time: 1900000000 })],
    ['PATCH', '/temporal-access/00000000-0000-4000-8000-000000000000/invalidate'],
    ['GET', '/classrooms/114/devices?per_page=0'],
  ];
  const headers: [string, Record<string, string>][] = [
    ['missing', {}],
    ['empty', { 'X-Token-AC': '' }],
    ['wrong', { 'X-Token-AC': 'ac-dev-token' }],
    ['in another case', { 'X-Token-AC': TOKEN.toUpperCase() }],
    ['with a suffix', { 'X-Token-AC': `${TOKEN}x` }],
    ['sent as a bearer token', { Authorization: `Bearer ${TOKEN}` }],
  ];
  for (const [method, path, init] of requests) {
    it.each(headers)(`answers 401 Unauthenticated. on ${method} ${path} when the token is %s`, async (_, auth) => {
      const res = await fetch(`${t.origin}/api/v1${path}`, { ...init, method, headers: { ...(init?.headers as object), Accept: 'application/json', ...auth } });
      expect(await json(res)).toEqual({ status: 401, body: { message: 'Unauthenticated.' } });
    });
  }

  it('accepts the header name in any case', async () => {
    expect((await fetch(`${t.origin}/api/v1/devices`, { headers: { 'x-token-ac': TOKEN } })).status).toBe(200);
  });
});

describe('routing errors in Laravel format', () => {
  it.each([
    ['/api/v1/xyz', 'The route api/v1/xyz could not be found.'],
    ['/api/v1/devices/lab1-pc-01@ad/sessions', 'The route api/v1/devices/lab1-pc-01@ad/sessions could not be found.'],
    ['/api/v1', 'The route api/v1 could not be found.'],
    ['/api/v2/devices', 'The route api/v2/devices could not be found.'],
    ['/devices', 'The route devices could not be found.'],
  ])('answers 404 for the unknown route %s', async (path, message) => {
    expect(await json(await fetch(`${t.origin}${path}`, { headers: { 'X-Token-AC': TOKEN } }))).toEqual({ status: 404, body: { message } });
  });

  it.each([
    ['PUT', '/devices', 'The PUT method is not supported for route api/v1/devices. Supported methods: GET, HEAD.', 'GET, HEAD'],
    ['DELETE', '/devices/lab1-pc-01@ad/temporal', 'The DELETE method is not supported for route api/v1/devices/lab1-pc-01@ad/temporal. Supported methods: GET, HEAD, POST.', 'GET, HEAD, POST'],
    ['GET', '/temporal-access/00000000-0000-4000-8000-000000000000/invalidate', 'The GET method is not supported for route api/v1/temporal-access/00000000-0000-4000-8000-000000000000/invalidate. Supported methods: PATCH.', 'PATCH'],
  ])('answers 405 for %s %s with the supported methods and an Allow header', async (method, path, message, allow) => {
    const res = await t.api(path, { method });
    expect(res.headers.get('allow')).toBe(allow);
    expect(await json(res)).toEqual({ status: 405, body: { message } });
  });
});

describe('request body errors on POST /devices/{anydeskId}/temporal', () => {
  const url = () => `${t.origin}/api/v1/devices/lab1-pc-01@ad/temporal`;
  /** A valid create body of exactly `bytes` bytes. */
  const bodyOf = (bytes: number) => {
    const empty = '{"until_time": 1900000000, "pad": ""}';
    return empty.replace('""', `"${'x'.repeat(bytes - empty.length)}"`);
  };

  it('answers malformed JSON as Laravel reads it, an empty body: 422 with the field errors, not 400', async () => {
    const res = await fetch(url(), { method: 'POST', headers: { 'X-Token-AC': TOKEN, 'Content-Type': 'application/json' }, body: '{"until_time": 1900000000,' });
    expect(await json(res)).toEqual({ status: 422, body: { message: 'The until time field is required.', errors: { until_time: ['The until time field is required.'] } } });
  });

  it('answers 401 before reading a malformed body of an unknown device (AC-32)', async () => {
    const res = await fetch(`${t.origin}/api/v1/devices/ghost-pc@ad/temporal`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{' });
    expect(await json(res)).toEqual({ status: 401, body: { message: 'Unauthenticated.' } });
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await fetch(url(), { method: 'POST', headers: { 'X-Token-AC': TOKEN, 'Content-Type': 'text/plain' }, body: 'until_time=1900000000' });
    expect(await json(res)).toEqual({ status: 415, body: { message: 'Unsupported Media Type' } });
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const body = bodyOf(1024 * 1024 + 1);
    expect(Buffer.byteLength(body)).toBe(1024 * 1024 + 1);
    const res = await fetch(url(), { method: 'POST', headers: { 'X-Token-AC': TOKEN, 'Content-Type': 'application/json' }, body });
    expect(await json(res)).toEqual({ status: 413, body: { message: 'The POST data is too large.' } });
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const body = bodyOf(1024 * 1024);
    expect(Buffer.byteLength(body)).toBe(1024 * 1024);
    const res = await fetch(url(), { method: 'POST', headers: { 'X-Token-AC': TOKEN, 'Content-Type': 'application/json' }, body });
    expect(res.status).toBe(201);
  });
});

describe('mock features', () => {
  it('answers a CORS preflight carrying the auth header with 204 and the allow headers', async () => {
    const res = await fetch(`${t.origin}/api/v1/devices/lab1-pc-01@ad/temporal`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-token-ac, content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('x-token-ac, content-type');
  });

  it('lets Prism answer Prefer: code=404 with the documented example', async () => {
    const res = await t.api('/devices/lab1-pc-01@ad', { headers: { Prefer: 'code=404' } });
    expect(await json(res)).toEqual({ status: 404, body: bundled.components.responses.DeviceNotFound.content['application/json'].examples.deviceNotFound.value });
  });

  it.each([
    ['/devices/lab1-pc-01@ad', 'withoutClassroom', 'DeviceDetailWithoutClassroom'],
    ['/devices', 'emptyPage', 'DeviceListEmptyPage'],
  ])('lets Prism answer GET %s with Prefer: example=%s', async (path, example, component) => {
    const res = await t.api(path, { headers: { Prefer: `example=${example}` } });
    expect(await json(res)).toEqual({ status: 200, body: bundled.components.examples[component].value });
  });

  it('waits for Prefer: delay=200', async () => {
    const started = performance.now();
    expect((await t.api('/classrooms', { headers: { Prefer: 'delay=200' } })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  it('answers 503 Service Unavailable in Laravel format with errorRate 1', async () => {
    const failing = await startAnyClassroom({ errorRate: 1 });
    try {
      const res = await failing.api('/devices');
      expect(res.headers.get('retry-after')).toBe('1');
      expect(await json(res)).toEqual({ status: 503, body: { message: 'Service Unavailable' } });
    } finally {
      await failing.close();
    }
  });

  it('answers a bug in a handler with 500 Server Error', async () => {
    const api = createAnyClassroomMock({ token: TOKEN });
    const broken: ApiMock<AnyClassroomState> = { ...api, handle: () => { throw new Error('boom'); } };
    const logs: Record<string, unknown>[] = [];
    const mock = await startTestMock(broken, SEED, { logs });
    try {
      const res = await fetch(`${mock.origin}/api/v1/devices`, { headers: { 'X-Token-AC': TOKEN } });
      expect(await json(res)).toEqual({ status: 500, body: { message: 'Server Error' } });
      expect(logs).toHaveLength(1);
    } finally {
      await mock.close();
    }
  });

  it('loads the seed data set (7 classrooms, 71 devices, 16 links) and starts from it after a reset', async () => {
    const fresh = await startAnyClassroom();
    try {
      const state = () => fresh.mock.state();
      expect([state().classrooms.size, state().devices.size, state().links.size]).toEqual([7, 71, 16]);
      await fresh.api('/devices/lab1-pc-02@ad/temporal', postJson({ until_time: 1900000000 }));
      expect(state().links.size).toBe(17);
      await fresh.reset();
      expect(state().links.size).toBe(16);
    } finally {
      await fresh.close();
    }
  });

  it('refuses to start on an invalid seed with every problem named', () => {
    expect(() => { const api = createAnyClassroomMock({ token: TOKEN }); api.loadSeed(api.newState(), { ...SEED, devices: [{ anydesk_id: 1 }] }, fixedEnv(NOW_MS)); }).toThrowError(/invalid AnyClassroom seed data set.*\$\.devices\[0\]\.anydesk_id: expected a string, got 1/s);
  });
});

describe('a remembered read over HTTP (MK-10: its UTF-8 bytes are sent as they are)', () => {
  it('sends the same body, with a Content-Length in bytes, when the answer is computed and when it is remembered', async () => {
    const seed = { ...SEED, classrooms: SEED.classrooms.map((c, i) => (i === 0 ? { ...c, name: 'Aula 3 – Física für Schüler 🧪' } : c)) };
    const m = await startAnyClassroom({ seed });
    try {
      const answers = [];
      for (let i = 0; i < 4; i++) {
        const res = await m.api('/classrooms');
        const bytes = Buffer.from(await res.arrayBuffer());
        answers.push({ status: res.status, length: Number(res.headers.get('content-length')), bytes });
      }
      expect(answers[0]!.bytes.toString('utf8')).toContain('Aula 3 – Física für Schüler 🧪');
      for (const a of answers) {
        expect(a.status).toBe(200);
        expect(a.length).toBe(a.bytes.length);
        expect(a.bytes.equals(answers[0]!.bytes)).toBe(true);
      }
    } finally {
      await m.close();
    }
  });
});
