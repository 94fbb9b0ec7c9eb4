/** One batch of an Agora list: `list` plus the `nextId` to continue from (`null` or absent on the last batch). */
export interface NextIdBatch<T> {
  readonly list: readonly T[];
  readonly nextId?: string | null;
}

/**
 * Yields every item of an Agora `nextId` list: the first batch without `nextId`, then each
 * following one with the `nextId` the previous batch returned, until a batch returns `nextId` null
 * or none (AG-23: Agora's own record-list example omits it on the last batch). Batches are fetched
 * only as the loop reaches them.
 *
 * Throws: what `fetchBatch` throws; and an `Error` if the server returns a `nextId` it already
 * returned, which would otherwise loop for ever.
 *
 * @example
 *   yield* followNextId((nextId) => fetchRecordBatch(roomUuid, nextId));
 */
export async function* followNextId<T>(fetchBatch: (nextId: string | undefined) => Promise<NextIdBatch<T>>): AsyncGenerator<T, void, undefined> {
  const seen = new Set<string>();
  let nextId: string | undefined;
  do {
    const batch = await fetchBatch(nextId);
    yield* batch.list;
    nextId = batch.nextId ?? undefined;
    if (nextId !== undefined) {
      if (seen.has(nextId)) throw new Error(`Agora returned nextId "${nextId}" a second time; stopping instead of looping.`);
      seen.add(nextId);
    }
  } while (nextId !== undefined);
}
