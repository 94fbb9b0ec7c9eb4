import type { Outcome } from './domainError.ts';
import type { Sliceable } from './Sliceable.ts';
import { ownAccount, type AnyClassroomState, type ClassroomRow } from './state.ts';

/** A classroom with its device count, counted from the devices (never stored). */
export interface ClassroomWithCount {
  readonly classroom: ClassroomRow;
  readonly devicesCount: number;
}

/**
 * The token's account's classrooms in seed order, each with how many devices it holds
 * (`GET /classrooms`; Eloquent's `withCount('devices')`). Counts are taken for the page cut, from the
 * classroom's device index.
 *
 * @example
 *   listClassrooms(state, {}).classrooms.slice(0, 1); // [{ classroom: { id: 114, name: 'Computer Lab 1', ... }, devicesCount: 20 }]
 */
export function listClassrooms(state: AnyClassroomState, _input: object = {}): Outcome<{ readonly classrooms: Sliceable<ClassroomWithCount> }> {
  const own = state.classroomsByAccount.get(ownAccount(state));
  const withCount = (classroom: ClassroomRow): ClassroomWithCount => ({ classroom, devicesCount: state.devicesByClassroom.get(classroom.id).length });
  return { kind: 'Ok', classrooms: { length: own.length, slice: (start, end) => own.slice(start, end).map(withCount) } };
}
