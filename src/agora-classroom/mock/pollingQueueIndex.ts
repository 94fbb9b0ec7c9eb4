import type { Table } from '../../core/store/Store.ts';
import { OrderedList, type ReadonlyOrderedList } from './OrderedList.ts';
import type { PendingRow } from './state.ts';

/**
 * Each App's polling queue in the order its events happened (by `serial`), derived from the
 * `pending` table. A poll reads the first hundred and deletes them: O(batch).
 *
 * @example
 *   state.pollingQueue.ofApp(appId).slice(0, 100);
 */
export interface PollingQueueIndex {
  /** The App's undelivered events, oldest first (empty when none). */
  ofApp(appId: string): ReadonlyOrderedList<PendingRow>;
}

const bySerial = (row: PendingRow) => row.serial;
const NONE: ReadonlyOrderedList<PendingRow> = new OrderedList<PendingRow>(bySerial);

/**
 * Wires a `PollingQueueIndex` to the `pending` table.
 *
 * @example
 *   const pollingQueue = createPollingQueueIndex(store.table<PendingRow>('pending'));
 */
export function createPollingQueueIndex(pending: Table<PendingRow>): PollingQueueIndex {
  const byApp = new Map<string, OrderedList<PendingRow>>();
  pending.watch((_key, previous, next) => {
    const appId = (next ?? previous)!.appId;
    let queue = byApp.get(appId);
    if (!queue) {
      queue = new OrderedList<PendingRow>(bySerial);
      byApp.set(appId, queue);
    }
    if (previous && (!next || previous.serial !== next.serial)) queue.remove(previous.serial);
    if (next) queue.put(next);
    if (queue.size === 0) byApp.delete(appId);
  });
  return { ofApp: (appId) => byApp.get(appId.toLowerCase()) ?? NONE };
}
