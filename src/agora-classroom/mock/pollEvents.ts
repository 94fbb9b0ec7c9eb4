import type { Outcome } from './domainError.ts';
import { eventKey, roomKey } from './keys.ts';
import type { AgoraState, EventRow } from './state.ts';

/** Most events one poll returns; the rest wait for the next poll (AG-27). */
export const POLL_LIMIT = 100;

/**
 * Takes the oldest undelivered events of every room of the App, at most `POLL_LIMIT`, in the order
 * they happened, and removes them from the queue: each event is delivered once (the room's list
 * keeps them). A destroyed room's events come from the queue entries that retained them, until they
 * are dropped an hour after the destruction (AG-43). Costs O(batch).
 *
 * @example
 *   const outcome = pollEvents(state, { appId }); // { kind: 'Ok', events: [] } when nothing happened
 */
export function pollEvents(state: AgoraState, input: { readonly appId: string }): Outcome<{ readonly events: readonly EventRow[] }> {
  const taken = state.pollingQueue.ofApp(input.appId).slice(0, POLL_LIMIT);
  const events: EventRow[] = [];
  for (const entry of taken) {
    // A queue entry has its event's key (see `recordEvents`).
    const key = eventKey(roomKey(entry.appId, entry.roomUuid), entry.sequence);
    const { retained } = entry;
    const event = retained ? { appId: entry.appId, roomUuid: entry.roomUuid, sequence: entry.sequence, cmd: retained.cmd, version: retained.version, data: retained.data } : state.events.get(key);
    if (event) events.push(event);
    state.pending.delete(key);
  }
  return { kind: 'Ok', events };
}
