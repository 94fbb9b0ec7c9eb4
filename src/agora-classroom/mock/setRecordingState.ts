import type { DomainEnv } from '../../core/domain/DomainEnv.ts';

import type { Outcome } from './domainError.ts';
import { newRecording } from './newRecording.ts';
import { recordEvents } from './recordEvents.ts';
import { recordingData } from './recordingData.ts';
import { findRoom, runningRecording, type AppState, type RecordingStateData } from './state.ts';
import { stopRecording } from './stopRecording.ts';

export interface SetRecordingStateInput {
  readonly roomUuid: string;
  /** `1` start, `0` stop (path parameter values). */
  readonly state: 0 | 1;
}

/**
 * Starts or stops a classroom's cloud recording.
 *
 * - Start (`1`): 410/30410100 when the class has ended or closed (AG-19, checked first), 409/30409411
 *   when a recording is running; otherwise a new record with `status` 1 is appended.
 * - Stop (`0`): 409/30409410 when nothing is recording; otherwise the running record gets
 *   `status` 2 and `endTime` now.
 *
 * Starting is allowed before the class starts (state 0): the docs forbid it only after the end.
 * Each success emits a cmd-1001 event whose `data` is also the answer's `data`.
 *
 * @example
 *   const { app: next, outcome } = setRecordingState(app, { roomUuid: 'test_class', state: 1 }, env);
 *   if (outcome.kind === 'Ok') outcome.data.state; // 1
 */
export function setRecordingState(
  app: AppState,
  input: SetRecordingStateInput,
  env: DomainEnv,
): { readonly app: AppState; readonly outcome: Outcome<{ readonly data: RecordingStateData }> } {
  const room = findRoom(app, input.roomUuid);
  if (!room) return { app, outcome: { kind: 'RoomNotFound', roomUuid: input.roomUuid } };
  const running = runningRecording(room);

  if (input.state === 1) {
    if (room.state >= 2) return { app, outcome: { kind: 'ClassEnded', roomUuid: room.roomUuid, state: room.state } };
    if (running) return { app, outcome: { kind: 'RecordingNotEnded', roomUuid: room.roomUuid, recordId: running.recordId } };
    const record = newRecording(app, room, env);
    const data = recordingData(record);
    const next = recordEvents(app, { ...room, records: [...room.records, record] }, [{ cmd: 1001, data }]);
    return { app: next, outcome: { kind: 'Ok', data } };
  }

  const result = stopRecording(room, env.nowMs);
  if (!result.stopped || !result.event) return { app, outcome: { kind: 'RecordingNotStarted', roomUuid: room.roomUuid } };
  return { app: recordEvents(app, result.room, [result.event]), outcome: { kind: 'Ok', data: recordingData(result.stopped) } };
}
