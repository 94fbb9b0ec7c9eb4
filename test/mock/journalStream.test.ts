import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
let anyOrigin: string;
const api = (path: string) => fetch(`${mocks.anyClassroomUrl}${path}`, { headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken } });

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
  anyOrigin = mocks.api('anyclassroom').origin;
});
afterAll(() => mocks.close());

/** Reads server-sent events from an open response until `count` events of kind `request`/`cleared` came. */
async function readEvents(res: Response, count: number): Promise<{ text: string; events: { id?: string; event: string; data: string }[] }> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const events: { id?: string; event: string; data: string }[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    events.length = 0;
    for (const block of text.split('\n\n').slice(0, -1)) {
      const fields = Object.fromEntries(block.split('\n').filter((l) => /^(id|event|data): /.test(l)).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
      if (fields.event) events.push(fields as { id?: string; event: string; data: string });
    }
  }
  await reader.cancel();
  return { text, events };
}

describe('GET /__mock/requests/stream: the journal as server-sent events', () => {
  it('stays open and sends each request made after it opened, then a clear', async () => {
    const res = await fetch(`${anyOrigin}/__mock/requests/stream`, { headers: { Origin: 'http://localhost:5173' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    const reading = readEvents(res, 3);
    await api('/devices?per_page=1');
    await api('/classrooms');
    await fetch(`${anyOrigin}/__mock/requests`, { method: 'DELETE' });
    const { text, events } = await reading;
    expect(text.startsWith('retry: 1000\n\n')).toBe(true);
    expect(events.map((e) => e.event)).toEqual(['request', 'request', 'cleared']);
    const first = JSON.parse(events[0]!.data) as { id: number; path: string; query: string; status: number; verdict: { kind: string } };
    expect(first).toMatchObject({ path: '/api/v1/devices', query: 'per_page=1', status: 200, verdict: { kind: 'ok' } });
    expect(events[0]!.id).toBe(String(first.id));
  });

  it('starts after `after`, or after the Last-Event-ID of a reconnecting EventSource', async () => {
    await api('/devices');
    await api('/classrooms');
    const { lastId } = (await (await fetch(`${anyOrigin}/__mock/requests`)).json()) as { lastId: number };
    const replay = await readEvents(await fetch(`${anyOrigin}/__mock/requests/stream?after=${lastId - 1}`), 1);
    expect(JSON.parse(replay.events[0]!.data)).toMatchObject({ id: lastId, path: '/api/v1/classrooms' });
    const resumed = await readEvents(await fetch(`${anyOrigin}/__mock/requests/stream`, { headers: { 'Last-Event-ID': String(lastId - 1) } }), 1);
    expect(resumed.events[0]!.id).toBe(String(lastId));
  });

  it('answers 400 in the control API format for a bad `after`', async () => {
    const res = await fetch(`${anyOrigin}/__mock/requests/stream?after=-3`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'Invalid query.' });
  });
});
