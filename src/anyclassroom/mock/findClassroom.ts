import type { Outcome } from './domainError.ts';
import { ownAccount, type AnyClassroomState, type ClassroomRow } from './state.ts';

/**
 * Finds a classroom of the token's account by its id as written in the path: one map lookup, the
 * table being keyed by ids in decimal, so a value that is not one (`abc`, `0114`, `1.0`) names no
 * classroom (DECISIONS AC-13). A classroom of another account is `Forbidden` (AC-33).
 *
 * @example
 *   findClassroom(state, { classroomId: '114' }); // { kind: 'Ok', classroom: { id: 114, name: 'Computer Lab 1', ... } }
 *   findClassroom(state, { classroomId: 'abc' }); // { kind: 'ClassroomNotFound' }
 */
export function findClassroom(state: AnyClassroomState, input: { readonly classroomId: string }): Outcome<{ readonly classroom: ClassroomRow }> {
  const classroom = state.classrooms.get(input.classroomId);
  if (!classroom) return { kind: 'ClassroomNotFound' };
  if (classroom.account !== ownAccount(state)) return { kind: 'Forbidden' };
  return { kind: 'Ok', classroom };
}
