import type { Outcome } from './domainError.ts';
import { findDevice } from './findDevice.ts';
import type { AnyClassroomState, ClassroomRow, DeviceRow, LinkRow } from './state.ts';

export interface DeviceDetail {
  readonly device: DeviceRow;
  /** The classroom it is in, or null. */
  readonly classroom: ClassroomRow | null;
  /** At most five links, newest first, whatever their state (DECISIONS AC-20). */
  readonly latest: readonly LinkRow[];
}

/**
 * One device with its classroom and latest five temporal access links (`GET /devices/{anydeskId}`):
 * the five are the first five of the device's newest-first index, whatever the number of links.
 *
 * @example
 *   getDevice(state, { device: 'lab1-pc-01@ad' }); // { kind: 'Ok', device, classroom: { id: 114, ... }, latest: [...] }
 */
export function getDevice(state: AnyClassroomState, input: { readonly device: string }): Outcome<DeviceDetail> {
  const found = findDevice(state, input);
  if (found.kind !== 'Ok') return found;
  const { device } = found;
  const classroom = device.classroomId === null ? null : (state.classrooms.get(String(device.classroomId)) ?? null);
  return { kind: 'Ok', device, classroom, latest: state.linksByDevice.newestFirst(device.anydeskId).slice(0, 5) };
}
