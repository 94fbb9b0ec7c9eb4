/** Most items in one batch of the record list and of a room's event list (seed: "up to 100"). */
export const PAGE_SIZE = 100;

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
