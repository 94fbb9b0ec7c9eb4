import { recordKey, roomKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import { findRoom, type AgoraState, type RecordingRow } from './state.ts';
import { stopRecording } from './stopRecording.ts';

/** A web page recording waits for its page's ready call at most three times: the first wait and two retries (AG-51). */
const MAX_RETRIES = 2;

const HOUR_MS = 60 * 60 * 1000;

/**
 * The next moment the clock acts on a recording row by itself, or `undefined` when nothing will (the
 * row is not a running web page recording): the end of a wait for the page's ready call (a retry, or
 * giving up) or `maxRecordingHour` (the recording stops). The due index follows the `records` table
 * with it (source `recording`), and `applyDueMoments` runs `applyRecordingTimer` when it comes, in
 * time order with the class lifecycle (AG-45, AG-51).
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
 * What the clock does to one running web page recording (the row `key` of `records`) at its due
 * moment `at` (`recordingDueAt`):
 *
 * - a wait for the page's ready call runs out: the first two times a retry (cmd 1001, `state` 1,
 *   `reason` 4) and a new wait of `retryTimeout`; the third time the recording stops, `unready`
 *   (cmd 1001, `state` 2, `reason` 5);
 * - `maxRecordingHour` hours after its start the recording stops (cmd 1001, `state` 2, `reason` 2).
 *
 * The step leaves the row due later, or no more. It is what a shared index of due moments runs for
 * the `records` table (`recordingDueAt` gives each row's moment).
 *
 * @example
 *   applyRecordingTimer(state, recordKey(roomKey(appId, 'math class 7B'), recordId), due.at);
 */
export function applyRecordingTimer(state: AgoraState, key: string, at: number): void {
  const record = state.records.get(key);
  const room = record && findRoom(state, record.appId, record.roomUuid);
  if (!record?.web || record.status !== 1 || !room) return;
  const stopAt = recordingStopsAt(record.startTime, record.web.maxRecordingHour);
  if (record.web.waitUntil !== null && record.web.waitUntil < stopAt) {
    if (record.web.retries < MAX_RETRIES) {
      const retried: RecordingRow = { ...record, web: { ...record.web, retries: record.web.retries + 1, waitUntil: at + (record.web.retryTimeout ?? 0) * 1000 } };
      state.records.put(recordKey(roomKey(room.appId, room.roomUuid), record.recordId), retried);
      recordEvents(state, room, [{ cmd: 1001, data: recordingData(retried, 4) }]);
    } else {
      recordEvents(state, room, [stopRecording(state, room, at, 5)!.event]);
    }
  } else {
    recordEvents(state, room, [stopRecording(state, room, stopAt)!.event]);
  }
}
