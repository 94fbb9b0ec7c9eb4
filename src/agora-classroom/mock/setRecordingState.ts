import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { recordKey, roomKey } from './keys.ts';
import { newRecording } from './newRecording.ts';
import { recordEvents } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import type { RecordingStateData } from './eventData.ts';
import { findRoom, type AgoraState } from './state.ts';
import { stopRecording } from './stopRecording.ts';
import { recordingMode, type RecordingRequest } from './webRecording.ts';

export interface SetRecordingStateInput {
  readonly appId: string;
  readonly roomUuid: string;
  /** `1` start, `0` stop (path parameter values). */
  readonly state: 0 | 1;
  /** The optional body (AG-8), read only on a start: `mode` `web` records a web page (AG-51). */
  readonly body?: RecordingRequest | undefined;
}

/**
 * Starts or stops a classroom's cloud recording.
 *
 * - Start (`1`): 400/30400412 when `mode` is `web` and `webRecordConfig.rootUrl` is empty or missing
 *   (a fault of the request, so before any lookup); 410/30410100 when the class has ended or closed
 *   (AG-19, checked first among the state checks), 409/30409411 when a recording is running;
 *   otherwise a new record with `status` 1 comes last in the room's list: composite (`type` 2)
 *   without `mode`, a web page recording (`type` 3) with its configuration kept (AG-51) with it.
 * - Stop (`0`): 409/30409410 when nothing is recording; otherwise the running record gets
 *   `status` 2 and `endTime` now. Any body is ignored (AG-8).
 *
 * Starting is allowed before the class starts (state 0): the docs forbid it only after the end.
 * Each success emits a cmd-1001 event (`reason` 1 on start, 2 on stop) whose `data` is also the
 * answer's `data` (AG-7, AG-50).
 *
 * @example
 *   const outcome = setRecordingState(state, { appId, roomUuid: 'test_class', state: 1 }, env);
 *   if (outcome.kind === 'Ok') outcome.data.state; // 1
 */
export function setRecordingState(state: AgoraState, input: SetRecordingStateInput, env: DomainEnv): Outcome<{ readonly data: RecordingStateData }> {
  const mode = input.state === 1 ? recordingMode(input.body) : 'composite';
  if (mode === 'rootUrlEmpty') return { kind: 'WebRecordingRootUrlEmpty', roomUuid: input.roomUuid };
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const key = roomKey(room.appId, room.roomUuid);

  if (input.state === 1) {
    if (room.state >= 2) return { kind: 'ClassEnded', roomUuid: room.roomUuid, state: room.state };
    const running = state.recordIndex.running(key);
    if (running) return { kind: 'RecordingNotEnded', roomUuid: room.roomUuid, recordId: running.recordId };
    const record = newRecording(room, env, mode === 'web' ? input.body : undefined);
    state.records.put(recordKey(key, record.recordId), record);
    const data = recordingData(record, 1);
    recordEvents(state, { ...room, lastRecordSerial: record.serial }, [{ cmd: 1001, data }]);
    return { kind: 'Ok', data };
  }

  const stop = stopRecording(state, room, env.nowMs);
  if (!stop) return { kind: 'RecordingNotStarted', roomUuid: room.roomUuid };
  recordEvents(state, room, [stop.event]);
  return { kind: 'Ok', data: stop.event.data };
}
