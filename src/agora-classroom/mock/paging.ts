/** Most items in one batch of the record list and of a room's event list (seed: "up to 100"). */
export const PAGE_SIZE = 100;

/**
 * One batch of a list, as a query returns it: the rows of the batch, how many rows the whole list
 * holds, and the `nextId` of the next batch (`null` on the last). The handler renders the rows and
 * adds `count`.
 *
 * @example
 *   const batch: Batch<RecordingRow> = { total: 137, list: rows, nextId: '67c4…' };
 */
export interface Batch<T> {
  readonly total: number;
  readonly list: readonly T[];
  readonly nextId: string | null;
}

/**
 * Whether a `nextId` query value asks for the first batch: absent, empty, or the text `null`
 * (AG-24: a query string has no JSON null, and Agora's examples write `?null`).
 *
 * @example
 *   isFirstBatch(undefined); // true
 *   isFirstBatch('null');    // true
 *   isFirstBatch('50');      // false
 */
export function isFirstBatch(nextId: string | undefined): boolean {
  return nextId === undefined || nextId === '' || nextId === 'null';
}
