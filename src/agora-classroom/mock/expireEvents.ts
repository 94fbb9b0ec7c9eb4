import { eventKey } from './keys.ts';
import type { AgoraState } from './state.ts';

/**
 * Deletes the events of every room of the App closed at least an hour before `nowMs`, from the
 * room's history and from the polling queue (BEHAVIOUR.md 14). The rooms themselves and their
 * recordings stay. Runs at the start of every request for the App, so expiry follows the mock clock
 * exactly; the expiry index hands it only the rooms that are due, so a request where nothing is due
 * costs one look at the index, whatever the App holds. Returns how many rooms lost their events.
 *
 * @example
 *   expireEvents(state, appId, env.nowMs); // 0 on most requests
 */
export function expireEvents(state: AgoraState, appId: string, nowMs: number): number {
  let rooms = 0;
  for (let due = state.expiry.earliest(appId); due && due.at <= nowMs; due = state.expiry.earliest(appId)) {
    // Newest first, so that undoing the transaction (a HEAD request, a failed state-file write) puts
    // them back in order at the end of each index.
    const events = [...state.eventIndex.ofRoom(due.room)].reverse();
    for (const event of events) {
      // A queue entry has its event's key (see `recordEvents`).
      const key = eventKey(due.room, event.sequence);
      state.events.delete(key);
      state.pending.delete(key);
    }
    rooms += 1;
  }
  return rooms;
}
