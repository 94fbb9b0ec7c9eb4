import type { Table } from '../../core/store/Store.ts';
import { OrderedList } from './OrderedList.ts';

/** One scheduled moment: the row `key` of the source `source` has something due `at` (ms). */
export interface DueEntry {
  readonly at: number;
  /** Which rule scheduled it (`room`, `pending`, ...): `applyDueMoments` runs that source's step. */
  readonly source: string;
  readonly key: string;
}

/**
 * The "due moments" index: every row that has something scheduled (a class's automatic start, end,
 * close or destruction; a destroyed room's queued event being dropped; ...), earliest first. Each
 * source is a table and a rule that reads a row's next moment from the row alone; the index follows
 * the table, so a step that changes a row reschedules it, and an undo or a restore puts the entries
 * back. Applying what is due (`applyDueMoments`) then costs one look at the head of the index on a
 * request where nothing is due, however many rooms the state holds.
 *
 * @example
 *   const due = createDueIndex();
 *   due.follow('room', rooms, roomDueAt);
 *   due.earliest(); // { at: 1740999600000, source: 'room', key: 'a1f3…/physics-101' }
 */
export interface DueIndex {
  /** The earliest scheduled moment, or `undefined` when nothing is scheduled. */
  earliest(): DueEntry | undefined;
  /**
   * Schedules every row of `table` at `dueAt(row)` (`undefined`: nothing scheduled), from now on and
   * through every later change. `source` names the rule; each source is followed once.
   */
  follow<T>(source: string, table: Table<T>, dueAt: (row: T) => number | undefined): void;
}

const compareEntries = (a: DueEntry, b: DueEntry) => a.at - b.at || compareText(a.source, b.source) || compareText(a.key, b.key);
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * An empty `DueIndex`; `follow` wires it to the tables that schedule moments.
 *
 * @example
 *   const due = createDueIndex();
 */
export function createDueIndex(): DueIndex {
  const queue = new OrderedList<DueEntry, DueEntry>((entry) => entry, compareEntries);
  const current = new Map<string, DueEntry>();
  const sources = new Set<string>();
  return {
    earliest: () => queue.first(),
    follow(source, table, dueAt) {
      if (sources.has(source)) throw new Error(`dueIndex: source ${source} is followed already`);
      sources.add(source);
      table.watch((key, _previous, next) => {
        const id = `${source}\u0000${key}`;
        const at = next === undefined ? undefined : dueAt(next);
        const had = current.get(id);
        if (had?.at === at) return;
        if (had) {
          queue.remove(had);
          current.delete(id);
        }
        if (at !== undefined) {
          const entry: DueEntry = { at, source, key };
          queue.put(entry);
          current.set(id, entry);
        }
      });
    },
  };
}
