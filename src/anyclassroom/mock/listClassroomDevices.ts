import type { AnyClassroomState, DeviceRecord } from './state.ts';

export type ListClassroomDevicesOutcome =
  | { readonly kind: 'Found'; readonly devices: DeviceRecord[] }
  | { readonly kind: 'ClassroomNotFound' }
  | { readonly kind: 'Forbidden' };

/**
 * The devices of one classroom, in seed order (`GET /classrooms/{classroomId}/devices`). A classroom
 * of another account is `Forbidden`; an unknown id `ClassroomNotFound`.
 *
 * @example
 *   listClassroomDevices(state, 114); // { kind: 'Found', devices: [20 devices] }
 */
export function listClassroomDevices(state: AnyClassroomState, classroomId: number): ListClassroomDevicesOutcome {
  const classroom = state.classrooms.find((c) => c.id === classroomId);
  if (!classroom) return { kind: 'ClassroomNotFound' };
  if (classroom.account !== state.account) return { kind: 'Forbidden' };
  return { kind: 'Found', devices: state.devices.filter((d) => d.classroom_id === classroom.id) };
}
