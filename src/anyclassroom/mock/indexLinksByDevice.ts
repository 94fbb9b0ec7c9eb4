import type { Table } from '../../core/store/Store.ts';
import type { Sliceable } from './Sliceable.ts';
import type { LinkRow } from './state.ts';

/**
 * Each device's temporal access links in the order the API lists them.
 *
 * @example
 *   state.linksByDevice.newestFirst('482915736').length; // how many links the device has, O(1)
 */
export interface LinksByDevice {
  /**
   * A device's links newest first: by `createdAt` descending, a tie broken by `id` descending (the
   * later-created link first: Laravel's `latest()` plus the auto-increment id). Cutting a page costs
   * O(page).
   */
  newestFirst(anydeskId: string): Sliceable<LinkRow>;
  /** The highest link id the table has held (0 when none); a new link takes the next one. */
  readonly lastId: number;
}

const NONE: readonly LinkRow[] = Object.freeze([]);

/**
 * Keeps, per device, its links in one array sorted oldest first by (`createdAt`, `id`), through the
 * links table's watcher (so rollbacks and state-file restores keep it right). Newest first is that
 * array read backwards, so the detail's latest five and any page of a device's links cost O(page),
 * never a copy or a sort of all its links.
 *
 * A new link is almost always the newest (the clock moves on), so inserting it is an append. The mock
 * clock may be set back, though, and a link then created sorts among older ones: it is inserted at its
 * place (binary search, then one `splice`, a memory move of the pointers after it). An invalidation
 * replaces the row at its place, found by binary search: its `createdAt` and `id` never change.
 *
 * @example
 *   const linksByDevice = indexLinksByDevice(links);
 *   linksByDevice.newestFirst('482915736').slice(0, 5); // the device detail's latest_temporal_access
 */
export function indexLinksByDevice(table: Table<LinkRow>): LinksByDevice {
  const byDevice = new Map<string, LinkRow[]>();
  let lastId = 0;

  table.watch((_, previous, next) => {
    if (previous !== undefined && next !== undefined && sameSlot(previous, next)) {
      const rows = byDevice.get(previous.anydeskId)!;
      rows[slotOf(rows, previous)] = next;
      return;
    }
    if (previous !== undefined) {
      const rows = byDevice.get(previous.anydeskId)!;
      const at = slotOf(rows, previous);
      if (at === rows.length - 1) rows.pop();
      else rows.splice(at, 1);
    }
    if (next !== undefined) {
      if (next.id > lastId) lastId = next.id;
      const rows = byDevice.get(next.anydeskId);
      if (!rows) byDevice.set(next.anydeskId, [next]);
      else {
        const at = slotOf(rows, next);
        if (at === rows.length) rows.push(next);
        else rows.splice(at, 0, next);
      }
    }
  });

  return {
    newestFirst(anydeskId) {
      const rows = byDevice.get(anydeskId) ?? NONE;
      const last = rows.length - 1;
      return {
        length: rows.length,
        slice(start, end) {
          const out: LinkRow[] = [];
          for (let i = Math.max(0, start); i < Math.min(end, rows.length); i++) out.push(rows[last - i]!);
          return out;
        },
      };
    },
    get lastId() {
      return lastId;
    },
  };
}

/** Whether `a` lists before `b` oldest first. */
const older = (a: LinkRow, b: LinkRow): boolean => a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

/** Whether a new version of a row keeps its device and place in the order. */
const sameSlot = (a: LinkRow, b: LinkRow): boolean => a.anydeskId === b.anydeskId && a.createdAt === b.createdAt && a.id === b.id;

/**
 * The index of the first row not older than `row` (its own index when it is there, ids being unique):
 * checks the end first, where new links go.
 */
function slotOf(rows: readonly LinkRow[], row: LinkRow): number {
  const n = rows.length;
  if (n === 0 || older(rows[n - 1]!, row)) return n;
  let low = 0;
  let high = n - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (older(rows[mid]!, row)) low = mid + 1;
    else high = mid;
  }
  return low;
}
