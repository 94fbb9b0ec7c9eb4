import type { AnyClassroomState, DeviceRecord } from './state.ts';

/**
 * The token's account's devices, in seed order (`GET /devices`). Other accounts' devices never appear.
 *
 * @example
 *   listDevices(state).length; // 64 with the default seed
 */
export function listDevices(state: AnyClassroomState): DeviceRecord[] {
  return state.devices.filter((d) => d.account === state.account);
}
