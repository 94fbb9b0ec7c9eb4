import type { Table } from '../../core/store/Store.ts';
import { OrderedList } from './OrderedList.ts';
import type { RecordingRow } from './state.ts';

const HOUR_MS = 60 * 60 * 1000;

/** A running web page recording and the next moment something happens to it by itself. */
export interface RecordingTimer {
  readonly appId: string;
  /** The record's key in the `records` table. */
  readonly key: string;
  readonly at: number;
}

/**
 * Per App, the running web page recordings by the next moment the clock acts on them (AG-51): the
 * end of a wait for the page's ready call (a retry, or giving up) or `maxRecordingHour` (the
 * recording stops). Applying the timers is then "while the earliest entry is due, act on it", which
 * costs one look at the index on a request where nothing is due, however many recordings exist.
 *
 * @example
 *   const due = state.recordingTimers.earliest(appId);
 *   if (due && due.at <= env.nowMs) act(due.key, due.at);
 */
export interface RecordingTimerIndex {
  /** The App's recording whose timer runs out first, or `undefined`. */
  earliest(appId: string): RecordingTimer | undefined;
}

const compareTimers = (a: RecordingTimer, b: RecordingTimer) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The next moment the clock acts on a recording row, or `undefined` when nothing will: the row is
 * not a running web page recording.
 *
 * @example
 *   recordingDueAt({ ...row, status: 1, web: { ...web, waitUntil: 60_000 } }); // 60000 (or the max-hour stop, if earlier)
 */
export function recordingDueAt(row: RecordingRow): number | undefined {
  if (row.status !== 1 || !row.web) return undefined;
  const stopAt = recordingStopsAt(row.startTime, row.web.maxRecordingHour);
  return row.web.waitUntil === null ? stopAt : Math.min(row.web.waitUntil, stopAt);
}

/**
 * When a web page recording stops by itself: `maxRecordingHour` hours after its start, on hold or not.
 *
 * @example
 *   recordingStopsAt(0, 2); // 7200000
 */
export function recordingStopsAt(startTime: number, maxRecordingHour: number): number {
  return startTime + maxRecordingHour * HOUR_MS;
}

/**
 * Wires a `RecordingTimerIndex` to the `records` table.
 *
 * @example
 *   const recordingTimers = createRecordingTimerIndex(store.table<RecordingRow>('records'));
 */
export function createRecordingTimerIndex(records: Table<RecordingRow>): RecordingTimerIndex {
  const byApp = new Map<string, OrderedList<RecordingTimer, RecordingTimer>>();
  const current = new Map<string, RecordingTimer>();
  records.watch((key, _previous, next) => {
    const at = next ? recordingDueAt(next) : undefined;
    const had = current.get(key);
    if (had?.at === at) return;
    if (had) {
      const queue = byApp.get(had.appId)!;
      queue.remove(had);
      if (queue.size === 0) byApp.delete(had.appId);
      current.delete(key);
    }
    if (next && at !== undefined) {
      const appId = next.appId.toLowerCase();
      const timer: RecordingTimer = { appId, key, at };
      let queue = byApp.get(appId);
      if (!queue) {
        queue = new OrderedList<RecordingTimer, RecordingTimer>((t) => t, compareTimers);
        byApp.set(appId, queue);
      }
      queue.put(timer);
      current.set(key, timer);
    }
  });
  return { earliest: (appId) => byApp.get(appId.toLowerCase())?.first() };
}
