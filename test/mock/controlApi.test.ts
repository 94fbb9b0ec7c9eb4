import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
let anyOrigin: string;
const post = (url: string, body?: unknown) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
  anyOrigin = new URL(mocks.anyClassroomUrl).origin;
});
afterAll(() => mocks.close());

describe('control API (/__mock/)', () => {
  it.each(['anyClassroom', 'agora'] as const)('is served on the %s port', async (which) => {
    const origin = which === 'anyClassroom' ? anyOrigin : mocks.agoraUrl;
    const res = await fetch(`${origin}/__mock/clock`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ frozen: false });
  });

  it('sets and freezes the clock with {"now"}, moves it with {"advance"}, and reads it back', async () => {
    expect(await (await post(`${anyOrigin}/__mock/clock`, { now: 1596642015 })).json()).toEqual({ now: 1596642015, frozen: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(await (await fetch(`${anyOrigin}/__mock/clock`)).json()).toEqual({ now: 1596642015, frozen: true });
    expect(await (await post(`${anyOrigin}/__mock/clock`, { advance: 15 })).json()).toEqual({ now: 1596642030, frozen: true });
  });

  it('answers 400 naming the problem when the clock command is not exactly one of now/advance', async () => {
    for (const body of [{ now: 1, advance: 2 }, {}, { now: 'soon' }, { advance: -5 }]) {
      const res = await post(`${anyOrigin}/__mock/clock`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await res.json()).toMatchObject({ error: expect.stringContaining('now') });
    }
    expect((await post(`${anyOrigin}/__mock/clock`, undefined)).status).toBe(400);
  });

  it('reset drops what was created, reloads the seed and returns the clock to real time', async () => {
    const headers = { 'X-Token-AC': mocks.credentials.anyClassroomToken, 'Content-Type': 'application/json' };
    const first = (await (await fetch(`${mocks.anyClassroomUrl}/devices?per_page=1`, { headers })).json()) as { data: { anydesk_id: string }[] };
    const device = first.data[0]!.anydesk_id;
    const listTotal = async () =>
      ((await (await fetch(`${mocks.anyClassroomUrl}/devices/${device}/temporal`, { headers })).json()) as { meta: { total: number } }).meta.total;
    const before = await listTotal();
    const until = Math.floor(Date.now() / 1000) + 3600;
    expect((await fetch(`${mocks.anyClassroomUrl}/devices/${device}/temporal`, { method: 'POST', headers, body: JSON.stringify({ until_time: until }) })).status).toBe(201);
    expect(await listTotal()).toBe(before + 1);
    await post(`${anyOrigin}/__mock/clock`, { now: 1596642015 });

    const res = await post(`${anyOrigin}/__mock/reset`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reset: true, clock: { frozen: false } });
    expect(await listTotal()).toBe(before);
  });

  it('answers 404 for an unknown control path and 405 for a wrong method', async () => {
    expect((await fetch(`${anyOrigin}/__mock/nothing`)).status).toBe(404);
    const res = await fetch(`${anyOrigin}/__mock/reset`, { method: 'GET' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });
});

describe('control API input checks', () => {
  it('answers a clock command that is not sent as JSON with 415', async () => {
    const res = await fetch(`${anyOrigin}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'now=1' });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'Send the body as application/json.' });
  });
});
