/** Laravel's serialised Eloquent timestamp: ISO-8601 UTC with six fractional digits and `Z`. */
export const LARAVEL_TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z$/;

/**
 * Formats a mock-clock instant as Laravel prints `created_at`/`updated_at`. The clock has millisecond
 * precision, so the last three of the six fractional digits are always zero.
 *
 * @example
 *   toLaravelTimestamp(1596469782_000); // '2020-08-03T15:49:42.000000Z'
 *   toLaravelTimestamp(1596469782_123); // '2020-08-03T15:49:42.123000Z'
 */
export function toLaravelTimestamp(ms: number): string {
  // Every link row keeps one, and links are often created many to a millisecond (a frozen mock
  // clock, a script filling a device): those share one string (48 bytes each saved).
  if (ms === last.ms) return last.text;
  // `join` gives one flat string (48 bytes in V8); a regex replace here left about 130 bytes per
  // timestamp.
  last = { ms, text: [new Date(ms).toISOString().slice(0, 23), '000Z'].join('') };
  return last.text;
}

/** The last instant formatted (a pure function's memo: the same input gives the same string). */
let last = { ms: Number.NaN, text: '' };

/**
 * Whether a string is a Laravel timestamp of a real instant (the shape, and a date that exists).
 *
 * @example
 *   isLaravelTimestamp('2026-02-30T10:00:00.000000Z'); // false
 */
export function isLaravelTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !LARAVEL_TIMESTAMP.test(value)) return false;
  const ms = Date.parse(value.replace(/(\.\d{3})\d{3}Z$/, '$1Z'));
  return Number.isFinite(ms) && toLaravelTimestamp(ms).slice(0, 23) === value.slice(0, 23);
}
