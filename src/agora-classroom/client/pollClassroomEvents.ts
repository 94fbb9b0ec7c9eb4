import { delay } from '../../core/client/delay.ts';
import type { AgoraClassroomClient } from './createAgoraClassroomClient.ts';
import type { AgoraEvent } from './iterateClassroomEvents.ts';
import { unwrapAgora } from './unwrapAgora.ts';

export interface PollClassroomEventsOptions {
  /** Least time between the end of one poll and the start of the next, in ms (default 2000). */
  readonly intervalMs?: number;
  /** Ends the polling: see `pollClassroomEvents` for what happens to events already received. */
  readonly signal?: AbortSignal;
  /** Default: the client's `appId`. */
  readonly appId?: string;
  /** How many delivered events are remembered to drop repeats (default 10 000). */
  readonly dedupeWindow?: number;
}

/** The App-wide event stream: an async iterable of events that keeps what it received but has not yet yielded. */
export interface ClassroomEventPoller extends AsyncIterable<AgoraEvent> {
  /**
   * Events received from Agora but not yet yielded, oldest first: the rest of a batch when a loop
   * stopped early (`break`). Iterating the poller again yields them first.
   */
  readonly pending: readonly AgoraEvent[];
}

/**
 * Polls Agora's App-wide event queue (`GET /edu/polling/apps/{appId}/v2/rooms/sequences`) and
 * yields every event of every classroom of the App, one at a time, in the order Agora returns them.
 *
 * The queue hands each event out once (reading it consumes it), so the poller is built to lose none
 * and repeat none:
 * - a batch is kept in the poller, not in the loop: a loop that `break`s leaves the rest in
 *   `pending`, and iterating the same poller again yields those first;
 * - an abort never cancels a request in flight (Agora may already have removed its events from the
 *   queue): the poller stops polling, yields what it already received, then ends. An abort during
 *   the wait between polls ends the iteration at once. Either way the iteration ends normally;
 * - an event seen before (same `roomUuid` and `sequence`) is dropped, in case a server or proxy
 *   delivers it twice.
 *
 * Polls happen only while the loop asks for events, at most one per `intervalMs`.
 *
 * Throws: the named `AgoraError` of a failed poll (after the client's retries, which cover 500 and
 * 503), carrying `status`, `code` and `body`; the events received before it were all yielded. An
 * `Error` if the same poller is iterated by two loops at once.
 *
 * @example
 *   const stop = new AbortController();
 *   for await (const event of pollClassroomEvents(client, { intervalMs: 3000, signal: stop.signal })) {
 *     if (isAgoraEvent(event, 1)) console.log(event.roomUuid, 'class state', event.data.state);
 *   }
 */
export function pollClassroomEvents(client: AgoraClassroomClient, options: PollClassroomEventsOptions = {}): ClassroomEventPoller {
  const intervalMs = options.intervalMs ?? 2000;
  if (!(intervalMs >= 0)) throw new RangeError(`intervalMs must be a number >= 0, got ${intervalMs}`);
  const appId = options.appId ?? client.appId;
  const window = options.dedupeWindow ?? 10_000;
  const { signal } = options;
  const buffer: AgoraEvent[] = [];
  // Insertion-ordered, so the oldest key is the first to forget.
  const seen = new Set<string>();
  let lastPollEnded = Number.NEGATIVE_INFINITY;
  let running = false;

  const remember = (event: AgoraEvent): boolean => {
    const key = `${event.roomUuid}\u0000${event.sequence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    if (seen.size > window) seen.delete(seen.values().next().value as string);
    return true;
  };

  async function* run(): AsyncGenerator<AgoraEvent, void, undefined> {
    if (running) throw new Error('This poller is already being iterated; use one loop per poller.');
    running = true;
    try {
      for (;;) {
        while (buffer.length > 0) yield buffer.shift() as AgoraEvent;
        if (signal?.aborted) return;
        const wait = lastPollEnded + intervalMs - Date.now();
        if (wait > 0) {
          try {
            await delay(wait, signal);
          } catch (error) {
            if (signal?.aborted) return;
            throw error;
          }
        }
        // No `signal` here on purpose: see the doc comment.
        const result = await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId } } });
        lastPollEnded = Date.now();
        for (const event of unwrapAgora(result).data) if (remember(event)) buffer.push(event);
      }
    } finally {
      running = false;
    }
  }

  return {
    get pending() {
      return [...buffer];
    },
    [Symbol.asyncIterator]: run,
  };
}
