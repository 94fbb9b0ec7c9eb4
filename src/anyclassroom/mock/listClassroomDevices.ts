import type { Outcome } from './domainError.ts';
import { ownAccount, type AnyClassroomState, type DeviceRow } from './state.ts';

/**
 * The devices of one classroom, in seed order (`GET /classrooms/{classroomId}/devices`). A classroom
 * of another account is `Forbidden`; an unknown id `ClassroomNotFound`.
 *
 * @example
 *   listClassroomDevices(state, { classroomId: 114 }); // { kind: 'Ok', devices: [20 devices] }
 */
export function listClassroomDevices(state: AnyClassroomState, input: { readonly classroomId: number }): Outcome<{ readonly devices: readonly DeviceRow[] }> {
  const classroom = state.classrooms.get(String(input.classroomId));
  if (!classroom) return { kind: 'ClassroomNotFound' };
  if (classroom.account !== ownAccount(state)) return { kind: 'Forbidden' };
  return { kind: 'Ok', devices: state.devicesByClassroom.get(classroom.id) };
}
