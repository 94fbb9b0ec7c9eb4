import { findDevice } from './findDevice.ts';
import type { AnyClassroomState, TemporalAccessRecord } from './state.ts';
import { temporalAccessesOf } from './temporalAccessesOf.ts';

export type ListDeviceTemporalAccessesOutcome =
  | { readonly kind: 'Found'; readonly links: TemporalAccessRecord[] }
  | { readonly kind: 'DeviceNotFound' }
  | { readonly kind: 'Forbidden' };

/**
 * All temporal access links of one device, newest first (`GET /devices/{anydeskId}/temporal`),
 * expired and invalidated ones included: the items carry no state.
 *
 * @example
 *   listDeviceTemporalAccesses(state, '482915736'); // { kind: 'Found', links: [newest, ...] }
 */
export function listDeviceTemporalAccesses(state: AnyClassroomState, idOrAlias: string): ListDeviceTemporalAccessesOutcome {
  const found = findDevice(state, idOrAlias);
  if (found.kind !== 'Found') return found;
  return { kind: 'Found', links: temporalAccessesOf(state, found.device.anydesk_id) };
}
