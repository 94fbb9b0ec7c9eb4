import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { classTransition } from './classTransition.ts';
import type { Outcome } from './domainError.ts';
import { moveClass } from './moveClass.ts';
import { findRoom, type AgoraState, type ClassState } from './state.ts';

export interface SetClassroomStateInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly state: ClassState;
}

/**
 * Moves a class to another state by hand, under the rule of `classTransition` (AG-4).
 *
 * An actual change does what `moveClass` says (the moments, one cmd-1 event, a running recording
 * stopped on 2 and 3, everyone offline on 3); the clock then keeps driving the class from there
 * (a class started by hand ends `duration` seconds later, AG-38). Setting the current state again
 * changes nothing and emits nothing. A destroyed classroom is not found (AG-42).
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
  if (transition.kind === 'Unchanged' || input.state === 0) return { kind: 'Ok', changed: false };
  moveClass(state, room, input.state, env.nowMs);
  return { kind: 'Ok', changed: true };
}
