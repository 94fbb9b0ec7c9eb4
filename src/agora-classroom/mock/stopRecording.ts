import type { EventDraft } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import { runningRecording, type Recording, type Room } from './state.ts';

/**
 * Stops the room's running recording, if any: the record gets status 2 and its `endTime`, and the
 * cmd 1001 event that announces it is returned for the caller to record. Used by the recording state
 * operation and by ending or closing a class (BEHAVIOUR: ending a class stops its recording).
 *
 * @example
 *   const { room: next, stopped, event } = stopRecording(room, env.nowMs);
 *   if (stopped) drafts.push(event!);
 */
export function stopRecording(room: Room, nowMs: number): { readonly room: Room; readonly stopped?: Recording; readonly event?: EventDraft } {
  const running = runningRecording(room);
  if (!running) return { room };
  const stopped: Recording = { ...running, status: 2, endTime: nowMs };
  const records = room.records.map((record) => (record.recordId === running.recordId ? stopped : record));
  return { room: { ...room, records }, stopped, event: { cmd: 1001, data: recordingData(stopped) } };
}
