import { recordKey, roomKey } from './keys.ts';
import type { EventDraft } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import type { AgoraState, RecordingRow, RoomRow } from './state.ts';

/**
 * Stops the room's running recording, if any: the record gets status 2 and its `endTime`, and the
 * cmd-1001 event that announces it (`state` 2, `reason` 2) is returned for the caller to record.
 * Used by the recording state operation and by ending or closing a class (AG-49). `undefined` (and
 * nothing written) when nothing is recording.
 *
 * @example
 *   const stop = stopRecording(state, room, env.nowMs);
 *   if (stop) drafts.push(stop.event);
 */
export function stopRecording(state: AgoraState, room: RoomRow, nowMs: number): { readonly stopped: RecordingRow; readonly event: Extract<EventDraft, { cmd: 1001 }> } | undefined {
  const key = roomKey(room.appId, room.roomUuid);
  const running = state.recordIndex.running(key);
  if (!running) return undefined;
  const stopped: RecordingRow = { ...running, status: 2, endTime: nowMs };
  state.records.put(recordKey(key, running.recordId), stopped);
  return { stopped, event: { cmd: 1001, data: recordingData(stopped, 2) } };
}
