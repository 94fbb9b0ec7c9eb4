import { describe, expect, it } from 'vitest';
import { createAgoraClassroomClient } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { AgoraServerError } from '../../src/agora-classroom/client/errors.ts';
import { unwrapAgora } from '../../src/agora-classroom/client/unwrapAgora.ts';
import { createAnyClassroomClient } from '../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { parseRetryAfter } from '../../src/core/client/parseRetryAfter.ts';
import { withRetry, type RetryOptions } from '../../src/core/client/withRetry.ts';
import { fakeFetch, json } from './support/fakeFetch.ts';

const APP_ID = '0123456789abcdef0123456789abcdef';

/** A retrying fetch whose waits are recorded instead of slept. */
function retrying(answers: Response[], options: RetryOptions = {}) {
  const server = fakeFetch((_req, i) => answers[Math.min(i, answers.length - 1)]!.clone());
  const waits: number[] = [];
  const fetch = withRetry(server.fetch, { random: () => 1, sleep: async (ms) => void waits.push(ms), ...options });
  return { server, waits, fetch };
}

describe('withRetry', () => {
  it('retries a GET answered 503 and returns the first success', async () => {
    const { server, waits, fetch } = retrying([json(503, {}), json(503, {}), json(200, { ok: true })]);
    const response = await fetch(new Request('https://x.test/a'));
    expect(response.status).toBe(200);
    expect(server.seen).toHaveLength(3);
    expect(waits).toEqual([300, 600]); // exponential: base, then doubled
  });

  it('retries 500 as well, but not 4xx or other 5xx', async () => {
    for (const [status, requests] of [[500, 2], [404, 1], [409, 1], [502, 1]] as const) {
      const { server, fetch } = retrying([json(status, {}), json(200, {})]);
      await fetch(new Request('https://x.test/a'));
      expect(server.seen, `status ${status}`).toHaveLength(requests);
    }
  });

  it('waits what Retry-After asks, in seconds or as an HTTP date', async () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    const { waits, fetch } = retrying(
      [json(503, {}, { 'Retry-After': '2' }), json(503, {}, { 'Retry-After': 'Mon, 01 Jun 2026 12:00:05 GMT' }), json(200, {})],
      { attempts: 3, now: () => now },
    );
    expect((await fetch(new Request('https://x.test/a'))).status).toBe(200);
    expect(waits).toEqual([2000, 5000]);
  });

  it('returns the answer at once when Retry-After asks for longer than maxDelayMs', async () => {
    const { server, waits, fetch } = retrying([json(503, {}, { 'Retry-After': '120' }), json(200, {})], { maxDelayMs: 10_000 });
    expect((await fetch(new Request('https://x.test/a'))).status).toBe(503);
    expect(server.seen).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('caps backoff steps at maxDelayMs and jitters each between half and all of its step', async () => {
    const { waits, fetch } = retrying([json(503, {})], { attempts: 5, baseDelayMs: 1000, maxDelayMs: 3000, random: () => 0 });
    await fetch(new Request('https://x.test/a'));
    expect(waits).toEqual([500, 1000, 1500, 1500]);
  });

  it('returns the last answer when the attempts are used up (retry exhausted)', async () => {
    const { server, fetch } = retrying([json(503, { n: 1 }), json(503, { n: 2 }), json(500, { n: 3 })]);
    const response = await fetch(new Request('https://x.test/a'));
    expect(server.seen).toHaveLength(3);
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ n: 3 });
  });

  it('does not retry a call that changes state unless the call opts in, and resends the same body', async () => {
    const post = () => new Request('https://x.test/a', { method: 'POST', body: '{"until_time":5}' });
    const plain = retrying([json(503, {}), json(201, {})]);
    expect((await plain.fetch(post())).status).toBe(503);
    expect(plain.server.seen).toHaveLength(1);

    const optedIn = retrying([json(503, {}), json(201, {})]);
    const request = Object.assign(post(), { retry: true });
    expect((await optedIn.fetch(request)).status).toBe(201);
    expect(optedIn.server.seen.map((r) => r.body)).toEqual(['{"until_time":5}', '{"until_time":5}']);
  });

  it('lets a read opt out with retry: false', async () => {
    const { server, fetch } = retrying([json(503, {}), json(200, {})]);
    await fetch(Object.assign(new Request('https://x.test/a'), { retry: false }));
    expect(server.seen).toHaveLength(1);
  });

  it('rejects with the abort reason when the request is aborted during a wait', async () => {
    const server = fakeFetch(() => json(503, {}));
    const controller = new AbortController();
    const fetch = withRetry(server.fetch, { baseDelayMs: 60_000, maxDelayMs: 60_000 });
    const pending = fetch(new Request('https://x.test/a', { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user left')), 10);
    await expect(pending).rejects.toThrow('user left');
    expect(server.seen).toHaveLength(1);
  });
});

describe('retry through the clients', () => {
  it('is on by default for reads: a 503 then 200 gives data', async () => {
    const server = fakeFetch((_r, i) => (i === 0 ? json(503, { message: 'Service Unavailable' }, { 'Retry-After': '0' }) : json(200, { data: { anydesk_id: '1' } })));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const { data } = await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    expect(data).toEqual({ data: { anydesk_id: '1' } });
    expect(server.seen).toHaveLength(2);
  });

  it('is off for a state change unless the call passes retry: true', async () => {
    const server = fakeFetch(() => json(503, { code: 503, msg: 'Service Unavailable', ts: 1 }, { 'Retry-After': '0' }));
    const client = createAgoraClassroomClient({ appId: APP_ID, token: 't', uid: 'u', fetch: server.fetch });
    const params = { path: { appId: APP_ID, roomUuid: 'r', state: 1 as const } };
    await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params });
    expect(server.seen).toHaveLength(1);
    await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params, retry: true });
    expect(server.seen).toHaveLength(1 + 3);
  });

  it('throws the typed error with status, code and body when retries are exhausted', async () => {
    const body = { code: 503, msg: 'Service Unavailable', ts: 1 };
    const server = fakeFetch(() => json(503, body, { 'Retry-After': '0' }));
    const client = createAgoraClassroomClient({ appId: APP_ID, token: 't', uid: 'u', fetch: server.fetch, retry: { attempts: 2 } });
    const error = await client
      .GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: APP_ID, roomUuid: 'r' } } })
      .then(unwrapAgora)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgoraServerError);
    expect(error).toMatchObject({ status: 503, code: 503, body });
    expect(server.seen).toHaveLength(2);
  });

  it('sends once when retry is false', async () => {
    const server = fakeFetch(() => json(500, { message: 'Server Error' }));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch, retry: false });
    await client.GET('/classrooms');
    expect(server.seen).toHaveLength(1);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  it.each([
    ['0', 0],
    ['7', 7000],
    ['Mon, 01 Jun 2026 12:00:30 GMT', 30_000],
    ['Mon, 01 Jun 2026 11:00:00 GMT', 0],
    ['-1', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    [null, undefined],
  ])('reads %j as %j ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});
