import type { Outcome } from './domainError.ts';
import { findDevice } from './findDevice.ts';
import type { Sliceable } from './Sliceable.ts';
import type { AnyClassroomState, LinkRow } from './state.ts';

/**
 * All temporal access links of one device, newest first (`GET /devices/{anydeskId}/temporal`),
 * expired and invalidated ones included: the items carry no state. The list is the device's index,
 * not a copy: the caller cuts its page from it.
 *
 * @example
 *   listDeviceTemporalAccesses(state, { device: '482915736' }); // { kind: 'Ok', links: { length: 7, slice } }
 */
export function listDeviceTemporalAccesses(state: AnyClassroomState, input: { readonly device: string }): Outcome<{ readonly links: Sliceable<LinkRow> }> {
  const found = findDevice(state, input);
  if (found.kind !== 'Ok') return found;
  return { kind: 'Ok', links: state.linksByDevice.newestFirst(found.device.anydeskId) };
}
