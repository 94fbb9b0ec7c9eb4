import { recordKey, roomKey } from './keys.ts';
import type { EventDraft } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import type { AgoraState, RecordingRow, RoomRow } from './state.ts';
import { pauseWeb } from './webRecording.ts';

/**
 * Stops the room's running recording, if any: the record gets status 2 and its `endTime` (a web page
 * recording also stops counting recorded time, and gets `unready` when it gave up waiting for its
 * page), and the cmd-1001 event that announces it (`reason` 2 stopped, or 5 gave up, AG-51) is
 * returned for the caller to record. Used by the recording state operation, by ending or closing a
 * class (AG-49) and by the recording timers. `undefined` (and nothing written) when nothing is
 * recording.
 *
 * @example
 *   const stop = stopRecording(state, room, env.nowMs);
 *   if (stop) drafts.push(stop.event);
 */
export function stopRecording(state: AgoraState, room: RoomRow, nowMs: number, reason: 2 | 5 = 2): { readonly stopped: RecordingRow; readonly event: Extract<EventDraft, { cmd: 1001 }> } | undefined {
  const key = roomKey(room.appId, room.roomUuid);
  const running = state.recordIndex.running(key);
  if (!running) return undefined;
  const web = running.web && { ...pauseWeb(running.web, nowMs), waitUntil: null, unready: reason === 5 };
  const stopped: RecordingRow = { ...running, status: 2, endTime: nowMs, ...(web ? { web } : {}) };
  state.records.put(recordKey(key, running.recordId), stopped);
  return { stopped, event: { cmd: 1001, data: recordingData(stopped, reason) } };
}
