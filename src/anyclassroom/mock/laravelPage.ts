/**
 * The page Laravel's paginator reads from a `page` query value (`Paginator::resolveCurrentPage`):
 * `filter_var($page, FILTER_VALIDATE_INT) !== false && (int) $page >= 1 ? (int) $page : 1`. So a
 * value is a page only when it is a decimal integer of at least 1: an optional sign, no leading
 * zero, whitespace around it allowed (PHP's int filter trims it, and Laravel's `TrimStrings` would
 * anyway). Anything else is page 1, never an error (DECISIONS AC-9): `0`, `-1`, `abc`, `1.0`,
 * `0x10`, `1e400`, `02`. Beyond 2^53 - 1 the mock cannot name the page exactly (PHP would, up to
 * 2^63 - 1, and answer an empty page), so it reads page 1 there too.
 *
 * @example
 *   laravelPage('3');    // 3
 *   laravelPage(' 2 ');  // 2
 *   laravelPage('1.0');  // 1
 *   laravelPage(undefined); // 1
 */
export function laravelPage(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/^[ \t\n\r\v\0]+|[ \t\n\r\v\0]+$/g, '') : '';
  if (!/^\+?[1-9][0-9]*$/.test(text)) return 1;
  const page = Number(text);
  return Number.isSafeInteger(page) ? page : 1;
}
