import type { Outcome } from './domainError.ts';
import { ownAccount, type AnyClassroomState, type DeviceRow } from './state.ts';

/**
 * Finds a device of the token's account by its AnyDesk ID or its alias, compared exactly (the seed
 * keeps ids and aliases in one namespace, so at most one device matches): two map lookups. A device
 * of another account is `Forbidden` (DECISIONS AC-6).
 *
 * @example
 *   findDevice(state, { device: 'lab2-pc-07@ad' }); // { kind: 'Ok', device: { anydeskId: '...', ... } }
 *   findDevice(state, { device: '000' });           // { kind: 'DeviceNotFound' }
 */
export function findDevice(state: AnyClassroomState, input: { readonly device: string }): Outcome<{ readonly device: DeviceRow }> {
  const byAlias = state.deviceIdByAlias.get(input.device);
  const device = state.devices.get(input.device) ?? (byAlias === undefined ? undefined : state.devices.get(byAlias));
  if (!device) return { kind: 'DeviceNotFound' };
  if (device.account !== ownAccount(state)) return { kind: 'Forbidden' };
  return { kind: 'Ok', device };
}
