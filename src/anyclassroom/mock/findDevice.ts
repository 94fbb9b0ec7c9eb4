import type { AnyClassroomState, DeviceRecord } from './state.ts';

/** A device looked up for a request of the token's account. */
export type DeviceLookup =
  | { readonly kind: 'Found'; readonly device: DeviceRecord }
  | { readonly kind: 'DeviceNotFound' }
  /** The device exists but belongs to another account (DECISIONS AC-6). */
  | { readonly kind: 'Forbidden' };

/**
 * Finds a device by its AnyDesk ID or its alias, compared exactly (the seed keeps ids and aliases in
 * one namespace, so at most one device matches). A device of another account is `Forbidden`.
 *
 * @example
 *   findDevice(state, 'lab2-pc-07@ad'); // { kind: 'Found', device: { anydesk_id: '...', ... } }
 *   findDevice(state, '000');           // { kind: 'DeviceNotFound' }
 */
export function findDevice(state: AnyClassroomState, idOrAlias: string): DeviceLookup {
  const device = state.devices.find((d) => d.anydesk_id === idOrAlias) ?? state.devices.find((d) => d.anydesk_alias === idOrAlias);
  if (!device) return { kind: 'DeviceNotFound' };
  if (device.account !== state.account) return { kind: 'Forbidden' };
  return { kind: 'Found', device };
}
