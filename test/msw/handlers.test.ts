import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import seed from '../../mocks/anyclassroom.seed.json' with { type: 'json' };
import { createAgoraClassroomClient } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { createAnyClassroomClient } from '../../src/anyclassroom/client/createAnyClassroomClient.ts';
import type { ResponseViolationReport } from '../../src/core/mock/createMockServer.ts';
import { createAgoraClassroomHandlers, createAnyClassroomHandlers, DYNAMIC_NOT_HONOURED, SeedError } from '../../src/msw/index.ts';

const TOKEN = 'frontend-test-token';
const FROZEN_AT = Date.UTC(2026, 5, 1, 12, 0, 0) / 1000;
/** Devices of the token's account in the default seed (the rest belong to another account: 403). */
const OWN_DEVICES = seed.devices.filter((d) => ((d as { account?: string }).account ?? seed.account) === seed.account).length;
/** A smaller valid data set: the first `n` devices, and the links of those devices only. */
const firstDevices = (n: number) => {
  const kept = seed.devices.slice(0, n);
  return { ...seed, devices: kept, temporal_accesses: seed.temporal_accesses.filter((l) => kept.some((d) => d.anydesk_id === l.anydesk_id)) };
};
const violations: ResponseViolationReport[] = [];
const anyClassroom = createAnyClassroomHandlers({ token: TOKEN, onViolation: (v) => violations.push(v) });
const agora = createAgoraClassroomHandlers({ onViolation: (v) => violations.push(v) });
const staging = createAnyClassroomHandlers({ token: TOKEN, baseUrl: 'https://staging.example.test/anyclassroom/api', onViolation: (v) => violations.push(v) });
const server = setupServer(...anyClassroom.handlers, ...agora.handlers, ...staging.handlers);

/** What a production app does: the typed client with its default base URL and the global fetch. */
const client = createAnyClassroomClient({ token: TOKEN });
const acHeaders = { 'X-Token-AC': TOKEN };
const devices = (base = 'https://app.anyclassroom.com/api/v1') => fetch(`${base}/devices?per_page=100`, { headers: acHeaders }).then((r) => r.json() as Promise<{ data: { anydesk_id: string }[]; meta: { total: number } }>);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  for (const mock of [anyClassroom, agora, staging]) {
    mock.useSeed(undefined);
    await mock.reset();
  }
});
afterEach(() => expect(violations).toEqual([]));
afterAll(() => server.close());

describe('createAnyClassroomHandlers under setupServer (Vitest)', () => {
  it('intercepts the real host: the typed client, unchanged, gets the seed data', async () => {
    const { data, error } = await client.GET('/devices', { params: { query: { per_page: 20 } } });
    expect(error).toBeUndefined();
    expect(OWN_DEVICES).toBeGreaterThan(50);
    expect(data?.meta.total).toBe(OWN_DEVICES);
    expect(data?.data).toHaveLength(20);
  });

  it('checks the credentials it was given, in Laravel format', async () => {
    const refused = await fetch('https://app.anyclassroom.com/api/v1/devices', { headers: { 'X-Token-AC': 'ac-dev-token' } });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ message: 'Unauthenticated.' });
  });

  it('keeps state across requests and forgets it on reset()', async () => {
    const created = await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '7788097973' } }, body: { until_time: Math.floor(Date.now() / 1000) + 3600 } });
    expect(created.response.status).toBe(201);
    const token = created.data!.data.token;
    const found = await fetch(`https://app.anyclassroom.com/api/v1/temporal-access/${token}/invalidate`, { method: 'PATCH', headers: acHeaders });
    expect(found.status).toBe(200);
    await anyClassroom.reset();
    const gone = await fetch(`https://app.anyclassroom.com/api/v1/temporal-access/${token}/invalidate`, { method: 'PATCH', headers: acHeaders });
    expect(gone.status).toBe(404);
  });

  it('drives the clock: set freezes it, advance moves it, and the rules read it (the 30-second mark)', async () => {
    expect(anyClassroom.clock.read().frozen).toBe(false);
    expect(await anyClassroom.clock.set(new Date(FROZEN_AT * 1000 + 15_000))).toEqual({ now: FROZEN_AT + 15, frozen: true });
    const created = await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '7788097973' } }, body: { until_time: FROZEN_AT + 3600 } });
    expect(created.data?.data.from_time).toBe(FROZEN_AT + 15);
    const invalidated = await client.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token: created.data!.data.token } } });
    expect(invalidated.data?.session_expires_at).toBe(FROZEN_AT + 30);
    expect(await anyClassroom.clock.advance(20)).toEqual({ now: FROZEN_AT + 35, frozen: true });
    expect(await anyClassroom.clock.freeze()).toEqual({ now: FROZEN_AT + 35, frozen: true });
    await anyClassroom.reset();
    expect(anyClassroom.clock.read().frozen).toBe(false);
  });

  it('refuses a clock beyond 9999-12-31 with the control API message, and keeps the clock', async () => {
    await anyClassroom.clock.set(FROZEN_AT);
    await expect(anyClassroom.clock.set(253_402_300_800)).rejects.toThrow(/answered 400: .*must be <= 253402300799/);
    expect(anyClassroom.clock.read()).toEqual({ now: FROZEN_AT, frozen: true });
  });

  it('switches to another data set (a scenario), and reset() returns to it', async () => {
    anyClassroom.useSeed(firstDevices(2));
    expect((await devices()).meta.total).toBe(2);
    await fetch('https://app.anyclassroom.com/__mock/reset', { method: 'POST' });
    expect((await devices()).meta.total).toBe(2);
    anyClassroom.useScenario({ 'agora-classroom': {} });
    expect((await devices()).meta.total).toBe(OWN_DEVICES);
    anyClassroom.useScenario({ anyclassroom: firstDevices(1) });
    expect((await devices()).meta.total).toBe(1);
    expect(() => anyClassroom.useScenario(null as never)).toThrow(/a scenario is an object of data sets by API name/);
    expect((await devices()).meta.total).toBe(1);
  });

  it('keeps its request journal across a data set switch (the same engine, another state)', async () => {
    await devices();
    const before = (await (await fetch('https://app.anyclassroom.com/__mock/requests')).json()) as { entries: unknown[] };
    expect(before.entries.length).toBeGreaterThan(0);
    anyClassroom.useSeed(firstDevices(2));
    const after = (await (await fetch('https://app.anyclassroom.com/__mock/requests')).json()) as { entries: unknown[] };
    expect(after.entries.length).toBeGreaterThanOrEqual(before.entries.length);
  });

  it('refuses a data set that breaks the seed format, naming every problem, and keeps the running state', async () => {
    anyClassroom.useSeed(firstDevices(3));
    const broken = { ...firstDevices(2), devices: [{ ...seed.devices[0], has_2fa: 'yes' }, { ...seed.devices[1], status: 'asleep' }] };
    let thrown: unknown;
    try {
      anyClassroom.useSeed(broken);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SeedError);
    const paths = (thrown as SeedError).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['$.devices[0].has_2fa', '$.devices[1].status']));
    expect((await devices()).meta.total).toBe(3);
  });

  it('answers under another base URL (its path mapped to /api/v1), and only there', async () => {
    expect((await devices(staging.baseUrl)).meta.total).toBe(OWN_DEVICES);
    expect(staging.baseUrl).toBe('https://staging.example.test/anyclassroom/api');
    await expect(fetch('https://staging.example.test/elsewhere', { headers: acHeaders })).rejects.toThrow();
  });

  it('leaves requests outside its base URL and /__mock/ to other handlers (here: unhandled, an error)', async () => {
    await expect(fetch('https://app.anyclassroom.com/login')).rejects.toThrow();
    await expect(fetch('https://app.anyclassroom.com/api/v1x/devices')).rejects.toThrow();
  });

  it('answers Prefer from the document examples; dynamic=true is answered from the state and says why', async () => {
    const example = await fetch('https://app.anyclassroom.com/api/v1/devices/7788097973', { headers: { ...acHeaders, Prefer: 'code=404' } });
    expect(example.status).toBe(404);
    const dynamic = await fetch('https://app.anyclassroom.com/api/v1/devices/7788097973', { headers: { ...acHeaders, Prefer: 'dynamic=true' } });
    expect(dynamic.status).toBe(200);
    expect(dynamic.headers.get('x-mock-prefer-ignored')).toBe(DYNAMIC_NOT_HONOURED);
    expect(((await dynamic.json()) as { data: { anydesk_id: string } }).data.anydesk_id).toBe('7788097973');
  });

  it('applies the latency fault of its options', async () => {
    const slow = createAnyClassroomHandlers({ token: TOKEN, latencyMs: 150, baseUrl: 'https://slow.example.test/api/v1' });
    server.use(...slow.handlers);
    const started = performance.now();
    const answer = await fetch('https://slow.example.test/api/v1/classrooms', { headers: acHeaders });
    expect(answer.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    server.resetHandlers();
  });
});

describe('createAgoraClassroomHandlers under setupServer (Vitest)', () => {
  const agoraClient = createAgoraClassroomClient({ appId: 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48', token: 'agora-dev-token', uid: 'teacher-1' });

  it('intercepts the real host, with and without a region prefix, through the typed client', async () => {
    const { data } = await agoraClient.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: agoraClient.appId, roomUuid: 'math class 7B' } } });
    expect(data?.data.roomName).toBe('Math 7B: Linear Equations');
    const regional = await fetch(`https://api.agora.io/ap/edu/apps/${agoraClient.appId}/v2/rooms/math%20class%207B`, { headers: { 'x-agora-token': 'agora-dev-token', 'x-agora-uid': 'u' } });
    expect(regional.status).toBe(200);
  });

  it('moves a class through its life on the mock clock, and serves the classroom activity of the control API', async () => {
    await agora.clock.set(FROZEN_AT);
    const created = await agoraClient.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', {
      params: { path: { appId: agoraClient.appId, roomUuid: 'msw-room' } },
      body: { roomName: 'MSW room', roomType: 4, roomProperties: { schedule: { startTime: (FROZEN_AT + 60) * 1000, duration: 600, closeDelay: 60 } } },
    });
    expect(created.response.status).toBe(200);
    const state = async () => (await agoraClient.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: agoraClient.appId, roomUuid: 'msw-room' } } })).data?.data.state;
    expect(await state()).toBe(0);
    await agora.clock.advance(120);
    expect(await state()).toBe(1);
    const joined = await fetch('https://api.agora.io/__mock/rooms/msw-room/users', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userUuid: 's1', userName: 'S', role: 2 }) });
    expect(joined.status).toBe(200);
    await agora.clock.advance(560);
    expect(await state()).toBe(2);
    await agora.clock.advance(60);
    expect(await state()).toBe(3);
  });
});
