import type { Outcome } from './domainError.ts';
import { ownAccount, type AnyClassroomState, type DeviceRow } from './state.ts';

/**
 * The token's account's devices, in seed order (`GET /devices`). Other accounts' devices never appear.
 *
 * @example
 *   listDevices(state, {}); // { kind: 'Ok', devices: [64 devices with the default seed] }
 */
export function listDevices(state: AnyClassroomState, _input: object = {}): Outcome<{ readonly devices: readonly DeviceRow[] }> {
  return { kind: 'Ok', devices: state.devicesByAccount.get(ownAccount(state)) };
}
