import { describe, expect, it } from 'vitest';
import { createAgoraClassroomClient } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { AgoraUnauthorizedError } from '../../src/agora-classroom/client/errors.ts';
import type { AgoraEvent } from '../../src/agora-classroom/client/iterateClassroomEvents.ts';
import { pollClassroomEvents } from '../../src/agora-classroom/client/pollClassroomEvents.ts';
import { fakeFetch, json } from './support/fakeFetch.ts';

const APP_ID = '0123456789abcdef0123456789abcdef';
const event = (roomUuid: string, sequence: number): AgoraEvent => ({ roomUuid, cmd: 20, sequence, version: 1, data: {} });
const polled = (events: AgoraEvent[]) => json(200, { code: 0, msg: 'Success', ts: 1, data: events });

/** A client whose poll answers come from `batches` in turn (then empty ones). */
function pollingAgora(batches: (AgoraEvent[] | (() => Response | Promise<Response>))[]) {
  const server = fakeFetch((_r, i) => {
    const next = batches[i] ?? [];
    return typeof next === 'function' ? next() : polled(next);
  });
  const client = createAgoraClassroomClient({ appId: APP_ID, token: 't', uid: 'u', fetch: server.fetch, retry: false });
  return { server, client };
}

const keys = (events: AgoraEvent[]) => events.map((e) => `${e.roomUuid}#${e.sequence}`);

describe('pollClassroomEvents', () => {
  it('yields the events of successive polls in order and drops an event delivered twice', async () => {
    const { server, client } = pollingAgora([[event('a', 1), event('b', 1)], [], [event('b', 1), event('a', 2)]]);
    const seen: AgoraEvent[] = [];
    for await (const e of pollClassroomEvents(client, { intervalMs: 1 })) {
      seen.push(e);
      if (seen.length === 3) break;
    }
    expect(keys(seen)).toEqual(['a#1', 'b#1', 'a#2']);
    expect(server.seen).toHaveLength(3);
    expect(server.seen[0]?.url.pathname).toBe(`/edu/polling/apps/${APP_ID}/v2/rooms/sequences`);
  });

  it('leaves at least intervalMs between the end of one poll and the start of the next', async () => {
    const { server, client } = pollingAgora([[], [], [event('a', 1)]]);
    for await (const _ of pollClassroomEvents(client, { intervalMs: 60 })) break;
    const gaps = server.seen.slice(1).map((r, i) => r.at - (server.seen[i]?.at ?? 0));
    expect(gaps).toHaveLength(2);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(59);
  });

  it('ends at once, without another request, when aborted during the wait between polls', async () => {
    const { server, client } = pollingAgora([[event('a', 1)]]);
    const controller = new AbortController();
    const seen: AgoraEvent[] = [];
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    for await (const e of pollClassroomEvents(client, { intervalMs: 60_000, signal: controller.signal })) seen.push(e);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(keys(seen)).toEqual(['a#1']);
    expect(server.seen).toHaveLength(1);
  });

  it('when aborted mid-poll, lets the request finish and still yields its events (Agora already removed them from the queue)', async () => {
    const controller = new AbortController();
    let answer!: (r: Response) => void;
    const inFlight = new Promise<Response>((resolve) => (answer = resolve));
    const { server, client } = pollingAgora([() => inFlight]);
    const seen: AgoraEvent[] = [];
    const loop = (async () => {
      for await (const e of pollClassroomEvents(client, { intervalMs: 0, signal: controller.signal })) seen.push(e);
    })();
    await expect.poll(() => server.seen.length).toBe(1);
    controller.abort();
    answer(polled([event('a', 7), event('b', 3)]));
    await loop;
    expect(keys(seen)).toEqual(['a#7', 'b#3']);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]?.signal.aborted).toBe(false);
  });

  it('keeps the rest of a batch in pending when the loop breaks, and yields it first on the next loop', async () => {
    const { server, client } = pollingAgora([[event('a', 1), event('a', 2), event('a', 3)], [event('a', 4)]]);
    const poller = pollClassroomEvents(client, { intervalMs: 1 });
    for await (const e of poller) {
      expect(e.sequence).toBe(1);
      break;
    }
    expect(keys([...poller.pending])).toEqual(['a#2', 'a#3']);
    const next: AgoraEvent[] = [];
    for await (const e of poller) {
      next.push(e);
      if (next.length === 2) {
        expect(server.seen).toHaveLength(1); // both came from the first batch
      }
      if (next.length === 3) break;
    }
    expect(keys(next)).toEqual(['a#2', 'a#3', 'a#4']);
    expect(poller.pending).toEqual([]);
  });

  it('throws the typed error of a failed poll after yielding every event received before it', async () => {
    const { client } = pollingAgora([[event('a', 1)], () => json(401, { code: 401, msg: 'Unauthorized', ts: 1 })]);
    const seen: AgoraEvent[] = [];
    const error = await (async () => {
      for await (const e of pollClassroomEvents(client, { intervalMs: 1 })) seen.push(e);
    })().catch((e: unknown) => e);
    expect(keys(seen)).toEqual(['a#1']);
    expect(error).toBeInstanceOf(AgoraUnauthorizedError);
    expect(error).toMatchObject({ status: 401, code: 401, body: { msg: 'Unauthorized' } });
  });

  it('refuses a second loop over the same poller while the first runs', async () => {
    const { client } = pollingAgora([[event('a', 1), event('a', 2)]]);
    const poller = pollClassroomEvents(client, { intervalMs: 1 });
    const first = poller[Symbol.asyncIterator]();
    await first.next();
    await expect(poller[Symbol.asyncIterator]().next()).rejects.toThrow('already being iterated');
    await first.return?.();
  });

  it('rejects a negative interval', () => {
    const { client } = pollingAgora([]);
    expect(() => pollClassroomEvents(client, { intervalMs: -1 })).toThrow(RangeError);
  });
});
