import type { Table } from '../../core/store/Store.ts';
import type { EventIndex } from './eventIndex.ts';
import { eventsExpireAt } from './eventRetention.ts';
import { roomKey } from './keys.ts';
import { OrderedList } from './OrderedList.ts';
import type { EventRow, RoomRow } from './state.ts';

/** A closed room that still holds events, and the moment they expire. */
export interface ExpiryEntry {
  readonly appId: string;
  readonly room: string;
  readonly at: number;
}

/**
 * Per App, the rooms whose events will expire, earliest first: rooms that are closed (so
 * `eventsExpireAt` has a value) and still hold events. Expiring is then "while the earliest entry is
 * due, delete its room's events", which costs nothing on a request where nothing is due, however
 * many rooms the App has. A room leaves the index when its last event is deleted.
 *
 * @example
 *   const due = state.expiry.earliest(appId);
 *   if (due && due.at <= env.nowMs) purge(due.room);
 */
export interface ExpiryIndex {
  /** The App's room whose events expire first, or `undefined`. */
  earliest(appId: string): ExpiryEntry | undefined;
}

const compareEntries = (a: ExpiryEntry, b: ExpiryEntry) => a.at - b.at || (a.room < b.room ? -1 : a.room > b.room ? 1 : 0);

/**
 * Wires an `ExpiryIndex` to the `rooms` and `events` tables. It reads `eventIndex.count`, so the
 * event index must have been wired to `events` before (listeners run in the order they were added).
 *
 * @example
 *   const expiry = createExpiryIndex(rooms, events, eventIndex);
 */
export function createExpiryIndex(rooms: Table<RoomRow>, events: Table<EventRow>, eventIndex: EventIndex): ExpiryIndex {
  const byApp = new Map<string, OrderedList<ExpiryEntry, ExpiryEntry>>();
  const current = new Map<string, ExpiryEntry>();

  /** Puts the room where its row and its event count say it belongs (idempotent). */
  const refresh = (room: string, row: RoomRow | undefined) => {
    const at = row && eventIndex.count(room) > 0 ? eventsExpireAt(row) : undefined;
    const had = current.get(room);
    if (had?.at === at) return;
    if (had) {
      const queue = byApp.get(had.appId)!;
      queue.remove(had);
      if (queue.size === 0) byApp.delete(had.appId);
      current.delete(room);
    }
    if (row && at !== undefined) {
      const entry: ExpiryEntry = { appId: row.appId, room, at };
      let queue = byApp.get(row.appId);
      if (!queue) {
        queue = new OrderedList<ExpiryEntry, ExpiryEntry>((e) => e, compareEntries);
        byApp.set(row.appId, queue);
      }
      queue.put(entry);
      current.set(room, entry);
    }
  };

  rooms.watch((key, _previous, next) => refresh(key, next));
  events.watch((_key, previous, next) => {
    // Only a room's first event and its last one's removal change whether it belongs here.
    if ((previous === undefined) === (next === undefined)) return;
    const row = (next ?? previous)!;
    const room = roomKey(row.appId, row.roomUuid);
    refresh(room, rooms.get(room));
  });
  return { earliest: (appId) => byApp.get(appId.toLowerCase())?.first() };
}
