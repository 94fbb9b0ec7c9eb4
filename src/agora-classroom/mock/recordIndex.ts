import type { Table } from '../../core/store/Store.ts';
import { roomKey } from './keys.ts';
import { OrderedList, type ReadonlyOrderedList } from './OrderedList.ts';
import type { RecordingRow } from './state.ts';

/** A room's recordings as the index keeps them. */
interface RoomRecords {
  readonly list: OrderedList<RecordingRow>;
  /** The recording with `status` 1, if any (a room records at most one at a time). */
  running: RecordingRow | undefined;
}

/**
 * The recordings of each room in start order (by `serial`), and the running one, derived from the
 * `records` table.
 *
 * @example
 *   const index = createRecordIndex(state.records);
 *   index.ofRoom(key).size;   // the room's `total`
 *   index.running(key)?.recordId;
 */
export interface RecordIndex {
  /** The room's recordings, oldest first (empty when it has none). */
  ofRoom(room: string): ReadonlyOrderedList<RecordingRow>;
  /** The room's recording with `status` 1, or `undefined`. */
  running(room: string): RecordingRow | undefined;
}

const NONE: ReadonlyOrderedList<RecordingRow> = new OrderedList<RecordingRow>((r) => r.serial);

/**
 * Wires a `RecordIndex` to the `records` table.
 *
 * @example
 *   const recordIndex = createRecordIndex(store.table<RecordingRow>('records'));
 */
export function createRecordIndex(records: Table<RecordingRow>): RecordIndex {
  const byRoom = new Map<string, RoomRecords>();
  records.watch((_key, previous, next) => {
    const row = (next ?? previous)!;
    const room = roomKey(row.appId, row.roomUuid);
    let entry = byRoom.get(room);
    if (!entry) {
      entry = { list: new OrderedList<RecordingRow>((r) => r.serial), running: undefined };
      byRoom.set(room, entry);
    }
    if (previous && (!next || previous.serial !== next.serial)) entry.list.remove(previous.serial);
    if (next) entry.list.put(next);
    if (next?.status === 1) entry.running = next;
    else if (entry.running?.recordId === row.recordId) entry.running = undefined;
    if (entry.list.size === 0) byRoom.delete(room);
  });
  return {
    ofRoom: (room) => byRoom.get(room)?.list ?? NONE,
    running: (room) => byRoom.get(room)?.running,
  };
}
