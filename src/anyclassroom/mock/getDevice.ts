import { findDevice } from './findDevice.ts';
import type { AnyClassroomState, ClassroomRecord, DeviceRecord, TemporalAccessRecord } from './state.ts';
import { temporalAccessesOf } from './temporalAccessesOf.ts';

export type GetDeviceOutcome =
  | {
      readonly kind: 'Found';
      readonly device: DeviceRecord;
      /** The classroom it is in, or null. */
      readonly classroom: ClassroomRecord | null;
      /** At most five links, newest first, whatever their state (DECISIONS AC-20). */
      readonly latest: TemporalAccessRecord[];
    }
  | { readonly kind: 'DeviceNotFound' }
  | { readonly kind: 'Forbidden' };

/**
 * One device with its classroom and latest five temporal access links (`GET /devices/{anydeskId}`).
 *
 * @example
 *   getDevice(state, 'lab1-pc-01@ad'); // { kind: 'Found', device, classroom: { id: 114, ... }, latest: [...] }
 */
export function getDevice(state: AnyClassroomState, idOrAlias: string): GetDeviceOutcome {
  const found = findDevice(state, idOrAlias);
  if (found.kind !== 'Found') return found;
  const { device } = found;
  const classroom = device.classroom_id === null ? null : (state.classrooms.find((c) => c.id === device.classroom_id) ?? null);
  return { kind: 'Found', device, classroom, latest: temporalAccessesOf(state, device.anydesk_id).slice(0, 5) };
}
