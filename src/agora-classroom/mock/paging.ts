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

/** A list of events in `sequence` order, as the event indexes hand it out. */
export interface SequenceList<T extends { readonly sequence: number }> {
  readonly size: number;
  /** The position of the first item whose `sequence` is at least `sequence`. */
  lowerBound(sequence: number): number;
  at(position: number): T | undefined;
  slice(from: number, to: number): readonly T[];
}

/**
 * One batch of an event list paged by `sequence` (AG-33): `nextId` is a sequence number (inclusive),
 * the answer's `nextId` the `sequence` of the first event after the batch, `null` on the last batch;
 * a `nextId` that is not a non-negative integer names no position this list ever gave, so it gives
 * an empty last batch (never 400 and never the first batch again, which could loop a client forever).
 * `total` counts the whole list. Costs O(log n + size).
 *
 * @example
 *   batchBySequence(state.eventIndex.ofRoom(key), '50', PAGE_SIZE); // { total, list: events 50.., nextId }
 */
export function batchBySequence<T extends { readonly sequence: number }>(events: SequenceList<T>, nextId: string | undefined, size: number): Batch<T> {
  let start = 0;
  if (!isFirstBatch(nextId)) {
    const text = nextId ?? '';
    start = /^\d{1,15}$/.test(text) ? events.lowerBound(Number(text)) : events.size;
  }
  const following = events.at(start + size);
  return { total: events.size, list: events.slice(start, start + size), nextId: following ? String(following.sequence) : null };
}
