import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
let anyOrigin: string;
let agoraOrigin: string;
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const putFaults = (origin: string, body: unknown, contentType = 'application/json') =>
  fetch(`${origin}/__mock/faults`, { method: 'PUT', headers: { 'Content-Type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, latencyMs: 0, onViolation: reportViolation, log: () => undefined });
  anyOrigin = mocks.api('anyclassroom').origin;
  agoraOrigin = mocks.api('agora-classroom').origin;
});
afterAll(() => mocks.close());

describe('GET /__mock/state: the state of each API, read only', () => {
  it('lists AnyClassroom\'s tables (devices and links among them) with their row counts', async () => {
    const { status, body } = await json(await fetch(`${anyOrigin}/__mock/state`));
    expect(status).toBe(200);
    expect(body.api).toBe('anyclassroom');
    const rows = Object.fromEntries(body.tables.map((t: { name: string; rows: number }) => [t.name, t.rows]));
    expect(rows).toMatchObject({ devices: 71, links: 16, classrooms: 7 });
  });

  it('lists Agora\'s tables: classrooms (rooms), users, recordings (records), events and the polling queue (pending)', async () => {
    const { body } = await json(await fetch(`${agoraOrigin}/__mock/state`));
    expect(body.api).toBe('agora-classroom');
    expect(body.tables.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['rooms', 'users', 'records', 'events', 'pending']));
  });

  it('follows the state: a link created over the API is one more row', async () => {
    const count = async () => (await json(await fetch(`${anyOrigin}/__mock/state/links?limit=1`))).body.total as number;
    const before = await count();
    const res = await fetch(`${mocks.anyClassroomUrl}/devices/7788097973/temporal`, {
      method: 'POST',
      headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken, 'Content-Type': 'application/json' },
      body: JSON.stringify({ until_time: Math.floor(Date.now() / 1000) + 3600 }),
    });
    expect(res.status).toBe(201);
    expect(await count()).toBe(before + 1);
    await fetch(`${anyOrigin}/__mock/reset`, { method: 'POST' });
  });

  it('pages a table\'s rows (key and value)', async () => {
    const first = await json(await fetch(`${anyOrigin}/__mock/state/devices?limit=2`));
    expect(first.body).toMatchObject({ api: 'anyclassroom', table: 'devices', total: 71, offset: 0 });
    expect(first.body.rows).toHaveLength(2);
    expect(first.body.rows[0]).toMatchObject({ key: '7788097973', value: { anydeskId: '7788097973' } });
    const second = await json(await fetch(`${anyOrigin}/__mock/state/devices?limit=2&offset=1`));
    expect(second.body.rows[0].key).toBe(first.body.rows[1].key);
  });

  it('answers 404 naming the tables for an unknown table, and 400 for a bad page', async () => {
    const unknown = await json(await fetch(`${anyOrigin}/__mock/state/rooms`));
    expect(unknown.status).toBe(404);
    expect(unknown.body.details[0]).toContain('devices');
    for (const query of ['?limit=0', '?limit=501', '?offset=-1', '?offset=x']) {
      const res = await json(await fetch(`${anyOrigin}/__mock/state/devices${query}`));
      expect(res.status, query).toBe(400);
      expect(res.body.error).toBe('Invalid query.');
    }
    expect((await fetch(`${anyOrigin}/__mock/state/${'x'.repeat(65)}`)).status).toBe(404);
    expect((await fetch(`${anyOrigin}/__mock/state`, { method: 'POST' })).status).toBe(405);
  });
});

describe('/__mock/faults: latency and error rate at run time', () => {
  it('starts from the server options and changes only what is sent', async () => {
    expect((await json(await fetch(`${anyOrigin}/__mock/faults`))).body).toEqual({ latencyMs: 0, errorRate: 0 });
    expect((await json(await putFaults(anyOrigin, { latencyMs: 120 }))).body).toEqual({ latencyMs: 120, errorRate: 0 });
    expect((await json(await putFaults(anyOrigin, { errorRate: 0.25 }))).body).toEqual({ latencyMs: 120, errorRate: 0.25 });
    expect((await json(await putFaults(anyOrigin, { latencyMs: 0, errorRate: 0 }))).body).toEqual({ latencyMs: 0, errorRate: 0 });
  });

  it('applies to the next API request of that port only, and never to the control API', async () => {
    await putFaults(agoraOrigin, { latencyMs: 150, errorRate: 1 });
    try {
      const headers = { 'x-agora-token': mocks.credentials.agoraToken, 'x-agora-uid': 'u' };
      const started = performance.now();
      const res = await fetch(`${mocks.agoraUrl}/edu/apps/${mocks.credentials.agoraAppId}/v2/rooms/${encodeURIComponent('math class 7B')}`, { headers });
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('1');
      const anyStarted = performance.now();
      expect((await fetch(`${mocks.anyClassroomUrl}/devices`, { headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken } })).status).toBe(200);
      const controlStarted = performance.now();
      expect((await fetch(`${agoraOrigin}/__mock/clock`)).status).toBe(200);
      expect(performance.now() - controlStarted).toBeLessThan(140);
      expect(controlStarted - anyStarted).toBeLessThan(140);
    } finally {
      await putFaults(agoraOrigin, { latencyMs: 0, errorRate: 0 });
    }
  });

  it.each([
    [{}, 400],
    [{ latencyMs: -1 }, 400],
    [{ latencyMs: 60001 }, 400],
    [{ latencyMs: 1.5 }, 400],
    [{ errorRate: 1.1 }, 400],
    [{ errorRate: '0.5' }, 400],
    [{ errorRate: 0.5, colour: 'red' }, 400],
  ])('answers %j with %i in the control API format, and changes nothing', async (body, status) => {
    const res = await json(await putFaults(anyOrigin, body));
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ error: expect.any(String) });
    expect((await json(await fetch(`${anyOrigin}/__mock/faults`))).body).toEqual({ latencyMs: 0, errorRate: 0 });
  });

  it('answers 415 for a body not sent as JSON and 400 for malformed JSON', async () => {
    expect((await putFaults(anyOrigin, 'latencyMs=5', 'text/plain')).status).toBe(415);
    expect((await putFaults(anyOrigin, '{"latencyMs":')).status).toBe(400);
  });
});

describe('GET /__mock/mocks', () => {
  it('lists every mock of the process on either port, so one console shows them all', async () => {
    for (const origin of [anyOrigin, agoraOrigin]) {
      const { body } = await json(await fetch(`${origin}/__mock/mocks`));
      expect(body.mocks).toEqual([
        { api: 'anyclassroom', origin: anyOrigin, url: mocks.anyClassroomUrl },
        { api: 'agora-classroom', origin: agoraOrigin, url: mocks.agoraUrl },
      ]);
    }
    expect((await json(await fetch(`${agoraOrigin}/__mock/mocks`))).body.self).toBe('agora-classroom');
  });
});
