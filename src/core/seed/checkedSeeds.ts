/** Seed objects known to have passed the full seed check already (see `markSeedChecked`). */
const checked = new WeakSet<object>();

/**
 * Marks a seed data set as one that has passed the full check of its API (schema and cross-record
 * rules), so that `createSeedChecker`'s `check` does not compile and run the schema again for this
 * very object. The object is frozen, deeply, so that what is skipped stays what was checked: a
 * change throws, and a copy (even an equal one) is not marked and is checked in full.
 *
 * Only for data whose check is proven otherwise: `npm start`'s default seeds, whose bytes the build
 * checked with the same bundle and kept a copy of (`src/mock/checkedSeeds.ts`).
 *
 * @example
 *   const seed = markSeedChecked(JSON.parse(bytes)); // bytes equal to the copy the build checked
 *   isSeedChecked(seed); // true
 */
export function markSeedChecked<T>(seed: T): T {
  if (typeof seed === 'object' && seed !== null) {
    deepFreeze(seed);
    checked.add(seed);
  }
  return seed;
}

/**
 * Whether `seed` is an object `markSeedChecked` marked.
 *
 * @example
 *   isSeedChecked({ devices: [] }); // false
 */
export function isSeedChecked(seed: unknown): boolean {
  return typeof seed === 'object' && seed !== null && checked.has(seed);
}

function deepFreeze(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
}
