import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { recordKey, roomKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import { findRoom, type AgoraState, type RecordingRow } from './state.ts';
import { resumeWeb } from './webRecording.ts';

/**
 * The recorded page reports it is ready (`PUT .../records/ready`, AG-51): a web page recording that
 * waits for this call stops waiting and starts recording (unless it is on hold); when the call comes
 * after a retry, a cmd-1001 event says the recording started after a retry (`state` 1, `reason` 3).
 * A recording that waits for nothing (composite, no `retryTimeout`, or already ready) is left as it
 * is. 409/30409410 when nothing is recording; 404/20404100 for an unknown classroom.
 *
 * @example
 *   setRecordingReady(state, { appId, roomUuid: 'test_class' }, env); // { kind: 'Ok', changed: true }
 */
export function setRecordingReady(state: AgoraState, input: { readonly appId: string; readonly roomUuid: string }, env: Pick<DomainEnv, 'nowMs'>): Outcome<{ readonly changed: boolean }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const key = roomKey(room.appId, room.roomUuid);
  const running = state.recordIndex.running(key);
  if (!running) return { kind: 'RecordingNotStarted', roomUuid: room.roomUuid };
  if (!running.web || running.web.ready) return { kind: 'Ok', changed: false };
  const web = resumeWeb({ ...running.web, ready: true, waitUntil: null }, running.onhold ?? false, env.nowMs);
  const record: RecordingRow = { ...running, web };
  state.records.put(recordKey(key, record.recordId), record);
  if (web.retries > 0) recordEvents(state, room, [{ cmd: 1001, data: recordingData(record, 3) }]);
  return { kind: 'Ok', changed: true };
}
