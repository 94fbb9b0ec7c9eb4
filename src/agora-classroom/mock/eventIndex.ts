import type { Table } from '../../core/store/Store.ts';
import { roomKey } from './keys.ts';
import { OrderedList, type ReadonlyOrderedList } from './OrderedList.ts';
import type { EventRow } from './state.ts';

/** A room's events as the index keeps them. */
interface RoomEvents {
  readonly all: OrderedList<EventRow>;
  readonly byCmd: Map<number, OrderedList<EventRow>>;
}

/**
 * The events of each room by `sequence`, all of them and per event type (`cmd`), derived from the
 * `events` table. A page of a room's list, filtered or not, is a `lowerBound` and a `slice`; the
 * filtered `total` is a `size`.
 *
 * @example
 *   const events = state.eventIndex.ofRoom(key, 1001);
 *   events.slice(events.lowerBound(50), events.lowerBound(50) + 100);
 */
export interface EventIndex {
  /** The room's events in `sequence` order, only those of type `cmd` when it is given (empty when none). */
  ofRoom(room: string, cmd?: number): ReadonlyOrderedList<EventRow>;
  /** How many events the room holds. */
  count(room: string): number;
}

const bySequence = (event: EventRow) => event.sequence;
const NONE: ReadonlyOrderedList<EventRow> = new OrderedList<EventRow>(bySequence);

/**
 * Wires an `EventIndex` to the `events` table.
 *
 * @example
 *   const eventIndex = createEventIndex(store.table<EventRow>('events'));
 */
export function createEventIndex(events: Table<EventRow>): EventIndex {
  const byRoom = new Map<string, RoomEvents>();
  const listOf = (entry: RoomEvents, cmd: number): OrderedList<EventRow> => {
    let list = entry.byCmd.get(cmd);
    if (!list) {
      list = new OrderedList<EventRow>(bySequence);
      entry.byCmd.set(cmd, list);
    }
    return list;
  };
  events.watch((_key, previous, next) => {
    const row = (next ?? previous)!;
    const room = roomKey(row.appId, row.roomUuid);
    let entry = byRoom.get(room);
    if (!entry) {
      entry = { all: new OrderedList<EventRow>(bySequence), byCmd: new Map() };
      byRoom.set(room, entry);
    }
    if (previous) {
      entry.all.remove(previous.sequence);
      const ofCmd = listOf(entry, previous.cmd);
      ofCmd.remove(previous.sequence);
      if (ofCmd.size === 0) entry.byCmd.delete(previous.cmd);
    }
    if (next) {
      entry.all.put(next);
      listOf(entry, next.cmd).put(next);
    }
    if (entry.all.size === 0) byRoom.delete(room);
  });
  return {
    ofRoom(room, cmd) {
      const entry = byRoom.get(room);
      return (cmd === undefined ? entry?.all : entry?.byCmd.get(cmd)) ?? NONE;
    },
    count: (room) => byRoom.get(room)?.all.size ?? 0,
  };
}
