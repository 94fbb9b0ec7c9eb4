import { eventKey, recordKey, roomKey, userKey } from './keys.ts';
import { POLL_AFTER_DESTRUCTION_MS } from './roomSchedule.ts';
import type { AgoraState, RoomRow } from './state.ts';

/**
 * Destroys a classroom at the moment `at` (AG-41, AG-44, AG-42): its recordings, users and events
 * leave every per-classroom answer, and the room row becomes a tombstone (`destroyedAt`) that every
 * lookup treats as absent but that keeps `lastSequence`, so a classroom created again under the same
 * `roomUuid` continues the sequence numbers. Events nobody has polled yet stay in the polling queue,
 * each queue entry keeping its event, until one hour after the destruction (AG-43).
 *
 * Costs O(what the classroom holds), once per classroom. Rows are deleted newest first, so that an
 * undo puts them back in order at the end of each index.
 *
 * @example
 *   destroyRoom(state, room, room.closeTime + DESTROY_AFTER_CLOSE_MS);
 */
export function destroyRoom(state: AgoraState, room: RoomRow, at: number): void {
  const key = roomKey(room.appId, room.roomUuid);
  const dropAt = at + POLL_AFTER_DESTRUCTION_MS;
  for (const event of [...state.eventIndex.ofRoom(key)].reverse()) {
    const at = eventKey(key, event.sequence);
    const queued = state.pending.get(at);
    if (queued) state.pending.put(at, { ...queued, retained: { cmd: event.cmd, version: event.version, data: event.data, dropAt } });
    state.events.delete(at);
  }
  for (const record of [...state.recordIndex.ofRoom(key)].reverse()) state.records.delete(recordKey(key, record.recordId));
  for (const user of [...state.userIndex.ofRoom(key)].reverse()) state.users.delete(userKey(key, user.userUuid));
  state.rooms.put(key, { ...room, destroyedAt: at });
}
