import { recordKey, roomKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import { recordingStopsAt } from './recordingTimerIndex.ts';
import { findRoom, type AgoraState, type RecordingRow } from './state.ts';
import { stopRecording } from './stopRecording.ts';

/** A web page recording waits for its page's ready call at most three times: the first wait and two retries (AG-51). */
const MAX_RETRIES = 2;

/**
 * The moment the clock next acts on one of the App's recordings by itself, or `undefined`. With
 * `runRecordingTimers` it lets a caller interleave these steps with other scheduled ones (the class
 * lifecycle) in time order (AG-45).
 *
 * @example
 *   nextRecordingTimer(state, appId); // 1740996000000
 */
export function nextRecordingTimer(state: AgoraState, appId: string): number | undefined {
  return state.recordingTimers.earliest(appId)?.at;
}

/**
 * Applies, in time order, everything the clock does by itself to the App's web page recordings up
 * to `untilMs` (AG-45, AG-51), each stamped with its own moment (`applyRecordingTimer`). Runs before
 * every request of the App. The timer index hands it only what is due, so a request where nothing is
 * due costs one look, however many recordings exist. Returns how many steps it applied.
 *
 * @example
 *   runRecordingTimers(state, appId, env.nowMs); // 0 on most requests
 */
export function runRecordingTimers(state: AgoraState, appId: string, untilMs: number): number {
  let steps = 0;
  for (let due = state.recordingTimers.earliest(appId); due && due.at <= untilMs; due = state.recordingTimers.earliest(appId)) {
    applyRecordingTimer(state, due.key, due.at);
    steps += 1;
  }
  return steps;
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
