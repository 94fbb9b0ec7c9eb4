/**
 * A list one page can be cut from without copying the rest: what `paginate` needs. A plain array is
 * one; an index hands out others (a device's links newest first, read backwards from an array kept
 * oldest first).
 *
 * @example
 *   const devices: Sliceable<DeviceRow> = state.devicesByAccount.get('northfield-academy');
 *   devices.slice(50, 100); // page 2 of 50
 */
export interface Sliceable<T> {
  readonly length: number;
  /** Items `start` (inclusive) to `end` (exclusive), both within `0..length`. */
  slice(start: number, end: number): T[];
}
