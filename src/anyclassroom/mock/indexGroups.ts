import type { Table } from '../../core/store/Store.ts';

/**
 * The rows of a table grouped by one of their fields, each group in the table's insertion order.
 *
 * @example
 *   state.devicesByAccount.get('northfield-academy').slice(0, 50); // page 1 of GET /devices
 */
export interface GroupIndex<R> {
  /** The group's rows (empty when none). The index owns the array: read it, slice it, never change it. */
  get(group: string | number | null): readonly R[];
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Groups a table's rows by `groupOf(row)` and keeps the groups up to date through the table's
 * watcher (puts, deletes, rollbacks, restores). A new row goes last in its group, so a group lists
 * rows in the order they were loaded (the seed's order). Replacing a row in place, moving it to
 * another group or deleting it costs O(group size): the AnyClassroom tables grouped this way
 * (devices, classrooms) never change after the seed is loaded.
 *
 * @example
 *   const devicesByClassroom = indexGroups(devices, (d) => d.classroomId);
 *   devicesByClassroom.get(114).length; // 20, without scanning every device
 */
export function indexGroups<R>(table: Table<R>, groupOf: (row: R) => string | number | null): GroupIndex<R> {
  const groups = new Map<string | number | null, R[]>();
  table.watch((_, previous, next) => {
    if (previous !== undefined && next !== undefined && groupOf(previous) === groupOf(next)) {
      const rows = groups.get(groupOf(previous))!;
      rows[rows.indexOf(previous)] = next;
      return;
    }
    if (previous !== undefined) {
      const rows = groups.get(groupOf(previous))!;
      rows.splice(rows.indexOf(previous), 1);
    }
    if (next !== undefined) {
      const group = groupOf(next);
      const rows = groups.get(group);
      if (rows) rows.push(next);
      else groups.set(group, [next]);
    }
  });
  return { get: (group) => groups.get(group) ?? NONE };
}
