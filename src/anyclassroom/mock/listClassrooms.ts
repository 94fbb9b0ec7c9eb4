import type { AnyClassroomState, ClassroomRecord } from './state.ts';

/** A classroom with its device count, counted from the devices (never stored). */
export interface ClassroomWithCount {
  readonly classroom: ClassroomRecord;
  readonly devicesCount: number;
}

/**
 * The token's account's classrooms in seed order, each with how many devices it holds
 * (`GET /classrooms`; Eloquent's `withCount('devices')`).
 *
 * @example
 *   listClassrooms(state)[0]; // { classroom: { id: 114, name: 'Computer Lab 1', ... }, devicesCount: 20 }
 */
export function listClassrooms(state: AnyClassroomState): ClassroomWithCount[] {
  return state.classrooms
    .filter((c) => c.account === state.account)
    .map((classroom) => ({ classroom, devicesCount: state.devices.filter((d) => d.classroom_id === classroom.id).length }));
}
