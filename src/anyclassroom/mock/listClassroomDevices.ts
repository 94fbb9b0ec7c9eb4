import type { Outcome } from './domainError.ts';
import { findClassroom } from './findClassroom.ts';
import type { AnyClassroomState, DeviceRow } from './state.ts';

/**
 * The devices of one classroom, in seed order (`GET /classrooms/{classroomId}/devices`). A classroom
 * of another account is `Forbidden`; an unknown id `ClassroomNotFound`.
 *
 * @example
 *   listClassroomDevices(state, { classroomId: 114 }); // { kind: 'Ok', devices: [20 devices] }
 */
export function listClassroomDevices(state: AnyClassroomState, input: { readonly classroomId: number }): Outcome<{ readonly devices: readonly DeviceRow[] }> {
  const found = findClassroom(state, { classroomId: String(input.classroomId) });
  if (found.kind !== 'Ok') return found;
  return { kind: 'Ok', devices: state.devicesByClassroom.get(found.classroom.id) };
}
