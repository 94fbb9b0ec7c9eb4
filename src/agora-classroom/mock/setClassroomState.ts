import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { classTransition } from './classTransition.ts';
import type { Outcome } from './domainError.ts';
import { recordEvents, type EventDraft } from './recordEvents.ts';
import { findRoom, type AgoraState, type ClassState, type RoomRow } from './state.ts';
import { stopRecording } from './stopRecording.ts';

export interface SetClassroomStateInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly state: ClassState;
}

/**
 * Moves a class to another state under the rule of `classTransition` (AG-4).
 *
 * An actual change stamps the moment on the room (`startTime` on 1; `endTime` on 2, or on 3 when
 * the class had not ended; `closeTime` = end + `closeDelay` on 2, the moment of closing on 3) and
 * emits a cmd-1 event. Ending or closing a class that is recording also stops the recording: the
 * record gets `status` 2 and its `endTime`, and a cmd-1001 event follows the cmd-1 event
 * (BEHAVIOUR.md). Setting the current state again changes nothing and emits nothing.
 *
 * @example
 *   const outcome = setClassroomState(state, { appId, roomUuid: 'test_class', state: 1 }, env);
 *   // { kind: 'Ok', changed: true } | { kind: 'ClassStateConflict', code: 30409100, ... } | ...
 */
export function setClassroomState(state: AgoraState, input: SetClassroomStateInput, env: Pick<DomainEnv, 'nowMs'>): Outcome<{ readonly changed: boolean }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const transition = classTransition(room.state, input.state);
  if (transition.kind === 'Conflict') return { kind: 'ClassStateConflict', code: transition.code, from: room.state, to: input.state };
  if (transition.kind === 'Unchanged') return { kind: 'Ok', changed: false };

  const now = env.nowMs;
  const to = input.state;
  let moved: RoomRow = { ...room, state: to };
  if (to === 1) moved = { ...moved, startTime: now };
  if (to === 2) moved = { ...moved, endTime: now, closeTime: now + room.schedule.closeDelay * 1000 };
  if (to === 3) moved = { ...moved, endTime: room.endTime ?? now, closeTime: now };

  const drafts: EventDraft[] = [{ cmd: 1, data: { startTime: moved.startTime, state: to, endTime: moved.endTime, closeTime: moved.closeTime } }];
  if (to >= 2) {
    const stop = stopRecording(state, moved, now);
    if (stop) drafts.push(stop.event);
  }
  recordEvents(state, moved, drafts);
  return { kind: 'Ok', changed: true };
}
