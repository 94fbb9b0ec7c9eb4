import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

interface Entry {
  id: number;
  time: string;
  method: string;
  path: string;
  query: string;
  operationId: string | null;
  status: number;
  durationMs: number;
  verdict: { kind: string; reason: string };
  requestProblems: string[];
  responseProblems: string[];
  warnings: string | null;
  prefer: { header: string; outcome: string; reason?: string } | null;
  faults: string[];
  messagesKept: boolean;
  request: { headers: Record<string, string>; body: { text: string; truncated: boolean } | null };
  response: { headers: Record<string, string>; body: { text: string; truncated: boolean } | null };
}
interface Page {
  capacity: number;
  kept: number;
  lastId: number;
  entries: Entry[];
}

let mocks: RunningMocks;
let anyOrigin: string;
let token: string;
const api = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetch(`${mocks.anyClassroomUrl}${path}`, { ...init, headers: { 'X-Token-AC': token, ...init.headers } });
const journal = async (query = ''): Promise<Page> => {
  const res = await fetch(`${anyOrigin}/__mock/requests${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
  anyOrigin = mocks.api('anyclassroom').origin;
  token = mocks.credentials.anyClassroomToken;
});
afterAll(() => mocks.close());
beforeEach(async () => {
  expect((await fetch(`${anyOrigin}/__mock/requests`, { method: 'DELETE' })).status).toBe(200);
  await fetch(`${anyOrigin}/__mock/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: 0, errorRate: 0 }) });
});

describe('GET /__mock/requests: the request journal', () => {
  it('records a served request with time, method, path and query, operation, status, duration, and both messages', async () => {
    const before = Date.now();
    expect((await api('/devices?per_page=2&page=1')).status).toBe(200);
    const { entries } = await journal();
    expect(entries).toHaveLength(1);
    const [entry] = entries as [Entry];
    expect(entry).toMatchObject({
      method: 'GET',
      path: '/api/v1/devices',
      query: 'per_page=2&page=1',
      operationId: 'listDevices',
      status: 200,
      verdict: { kind: 'ok' },
      requestProblems: [],
      responseProblems: [],
      warnings: null,
      prefer: null,
      faults: [],
      request: { body: null },
    });
    expect(Date.parse(entry.time)).toBeGreaterThanOrEqual(before - 1000);
    expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(entry.response.body!.text)).toMatchObject({ meta: { per_page: 2 } });
    expect(entry.response.headers['Content-Type']).toContain('application/json');
  });

  it('hides credential headers (their length only)', async () => {
    await api('/devices');
    const [entry] = (await journal()).entries as [Entry];
    expect(entry.request.headers['x-token-ac']).toBe(`(hidden: ${token.length} characters)`);
    expect(JSON.stringify(entry)).not.toContain(token);
  });

  it('names every validation problem of a refused request (422), and the warnings sent in x-mock-warnings', async () => {
    const res = await api('/devices/7788097973/temporal', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ until_time: 'soon', note: 'x' }) });
    expect(res.status).toBe(422);
    const [entry] = (await journal()).entries as [Entry];
    expect(entry).toMatchObject({ status: 422, operationId: 'createTemporalAccess', verdict: { kind: 'refused' }, warnings: res.headers.get('x-mock-warnings') });
    expect(entry.warnings).toContain('unknown-field /note');
    expect(entry.requestProblems.join('\n')).toContain('until_time');
    expect(entry.verdict.reason).toContain('the request breaks the document');
    expect(entry.request.body).toEqual({ text: '{"until_time":"soon","note":"x"}', truncated: false });
  });

  it('says why a request got no operation (404), and why credentials were refused (401)', async () => {
    await api('/nowhere');
    await fetch(`${mocks.anyClassroomUrl}/devices`);
    const { entries } = await journal();
    expect(entries.map((e) => [e.status, e.verdict.kind, e.operationId])).toEqual([
      [404, 'refused', null],
      [401, 'refused', 'listDevices'],
    ]);
    expect(entries[0]!.verdict.reason).toContain('no operation');
    expect(entries[1]!.verdict.reason).toContain('credentials');
  });

  it('tells a refusal by the API\'s rules (domain error) from one by the document', async () => {
    expect((await api('/devices/0000000000')).status).toBe(404);
    const [entry] = (await journal()).entries as [Entry];
    expect(entry.verdict.kind).toBe('domain-error');
  });

  it('shows the Prefer header and what became of it', async () => {
    expect((await api('/devices', { headers: { Prefer: 'code=401' } })).status).toBe(401);
    await api('/devices', { headers: { Prefer: 'code=299' } });
    await api('/devices', { headers: { Prefer: 'delay=30' } });
    const { entries } = await journal();
    expect(entries.map((e) => [e.prefer?.header, e.prefer?.outcome, e.verdict.kind])).toEqual([
      ['code=401', 'answered', 'from-document'],
      ['code=299', 'ignored', 'ok'],
      ['delay=30', 'delay-only', 'ok'],
    ]);
    expect(entries[1]!.prefer!.reason).toBeTruthy();
    expect(entries[2]!.faults).toEqual(['Prefer delay 30 ms']);
    expect(entries[2]!.durationMs).toBeGreaterThanOrEqual(25);
  });

  it('shows the faults applied (latency, and a 503 from the error rate)', async () => {
    const put = (body: unknown) => fetch(`${anyOrigin}/__mock/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    await put({ latencyMs: 40, errorRate: 1 });
    expect((await api('/devices')).status).toBe(503);
    const [entry] = (await journal()).entries as [Entry];
    expect(entry).toMatchObject({ status: 503, faults: ['latency 40 ms', 'error rate 1: 503'], verdict: { kind: 'faulted' } });
    expect(entry.durationMs).toBeGreaterThanOrEqual(35);
  });

  it('does not journal the control API\'s own requests', async () => {
    await fetch(`${anyOrigin}/__mock/clock`);
    await journal();
    expect((await journal()).entries).toEqual([]);
  });

  it('filters by path (contained text) and by status (exact or class), and polls with after', async () => {
    await api('/devices');
    await api('/classrooms');
    await api('/devices/0000000000');
    await api('/nowhere');
    const all = await journal();
    expect(all.entries.map((e) => e.status)).toEqual([200, 200, 404, 404]);
    expect((await journal('?path=/devices')).entries.map((e) => e.path)).toEqual(['/api/v1/devices', '/api/v1/devices/0000000000']);
    expect((await journal('?status=404')).entries).toHaveLength(2);
    expect((await journal('?status=2xx')).entries.map((e) => e.path)).toEqual(['/api/v1/devices', '/api/v1/classrooms']);
    expect((await journal('?status=4xx&path=nowhere')).entries.map((e) => e.path)).toEqual(['/api/v1/nowhere']);
    const second = all.entries[1]!.id;
    expect((await journal(`?after=${second}`)).entries.map((e) => e.id)).toEqual([second + 1, second + 2]);
    expect((await journal('?limit=1')).entries.map((e) => e.path)).toEqual(['/api/v1/nowhere']);
    expect(all.lastId).toBe(all.entries[3]!.id);
  });

  it('keeps the last 1,000 requests only', async () => {
    for (let i = 0; i < 1005; i += 67) await Promise.all(Array.from({ length: Math.min(67, 1005 - i) }, (_, j) => api(`/nowhere-${i + j}`)));
    const page = await journal();
    expect(page.capacity).toBe(1000);
    expect(page.kept).toBe(1000);
    expect(page.entries).toHaveLength(1000);
    expect(page.entries[0]!.id).toBe(page.lastId - 999);
  });

  it('DELETE clears it; ids go on', async () => {
    await api('/devices');
    const { lastId } = await journal();
    const res = await fetch(`${anyOrigin}/__mock/requests`, { method: 'DELETE' });
    expect(await res.json()).toEqual({ cleared: 1, lastId });
    expect((await journal()).entries).toEqual([]);
    await api('/devices');
    expect((await journal()).entries.map((e) => e.id)).toEqual([lastId + 1]);
  });

  it('is kept per port: the Agora mock journals its own requests', async () => {
    await fetch(`${mocks.agoraUrl}/edu/apps/${mocks.credentials.agoraAppId}/v2/rooms/physics-101`, { headers: { 'x-agora-token': mocks.credentials.agoraToken, 'x-agora-uid': 'u1' } });
    const res = await fetch(`${mocks.agoraUrl}/__mock/requests?path=physics-101`);
    const page = (await res.json()) as Page;
    expect(page.entries.at(-1)).toMatchObject({ path: '/edu/apps/a1f3c9e27b4d4e8f9c06d5b2e7a13f48/v2/rooms/physics-101', operationId: expect.any(String) });
    expect((await journal('?path=physics-101')).entries).toEqual([]);
  });

  it.each([
    ['?status=abc', 'status'],
    ['?status=600', 'status'],
    ['?limit=0', 'limit'],
    ['?limit=1001', 'limit'],
    ['?after=-1', 'after'],
    ['?after=x', 'after'],
  ])('answers 400 in the control API format for a bad filter %s', async (query, name) => {
    const res = await fetch(`${anyOrigin}/__mock/requests${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; details: string[] };
    expect(body.error).toBe('Invalid query.');
    expect(body.details.join('\n')).toContain(`query parameter "${name}"`);
  });
});
