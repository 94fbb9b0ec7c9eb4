/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3) as a delay in milliseconds: either a number of
 * seconds or an HTTP date, relative to `now`. A date in the past gives 0. Anything else (absent,
 * negative, garbage) gives `undefined`, so the caller falls back to its own backoff.
 *
 * @example
 *   parseRetryAfter('2');                                          // 2000
 *   parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:58 GMT')); // 2000
 *   parseRetryAfter('soon');                                       // undefined
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the IMF-fixdate and the two obsolete forms RFC 9110 allows contain letters and a comma or
  // spaces; `Date.parse` reads all three. A bare number with a sign or a fraction is not allowed.
  if (!/[A-Za-z]/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
