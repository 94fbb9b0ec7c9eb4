/**
 * JSON pointers (RFC 6901) and JSON paths, in one place: the `$ref` resolver, the schema validator,
 * the request validation, the contract kit's runtime expressions and payload replacements all read
 * and print locations through these functions, so a key with `/`, `~` or a space means the same
 * everywhere.
 *
 * Three spellings of one location (a list of segments):
 * - a JSON pointer, `/data/0/odd~1key` (ajv's `instancePath`, Arazzo payload targets);
 * - a URI fragment, `#/components/schemas/Odd%20Name`: a pointer whose segments are also
 *   percent-encoded (`$ref`s, Arazzo's `$response.body#/...`);
 * - a JSON path, `$.data[0]["odd/key"]`: what reports and logs print.
 */

/**
 * Decodes one pointer segment (`~1` is `/`, `~0` is `~`, in that order as RFC 6901 §4 asks).
 *
 * @example
 *   decodePointerSegment('a~1b~0c'); // 'a/b~c'
 */
export function decodePointerSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

/**
 * Encodes one segment for a pointer (`~` first, then `/`).
 *
 * @example
 *   encodePointerSegment('a/b~c'); // 'a~1b~0c'
 */
export function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The segments of a JSON pointer: `''` is the whole value, `'/'` the key `''`.
 *
 * @example
 *   parsePointer('/data/0/odd~1key'); // ['data', '0', 'odd/key']
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(decodePointerSegment);
}

/**
 * A JSON pointer for segments.
 *
 * @example
 *   formatPointer(['data', 'odd/key']); // '/data/odd~1key'
 */
export function formatPointer(segments: readonly string[]): string {
  let out = '';
  for (const segment of segments) out += `/${encodePointerSegment(segment)}`;
  return out;
}

/**
 * The segments of a URI-fragment pointer, with or without its `#` (each segment is percent-decoded,
 * then pointer-decoded). Throws `URIError` on broken percent-encoding.
 *
 * @example
 *   parseFragment('#/components/schemas/Odd%20Name'); // ['components', 'schemas', 'Odd Name']
 *   parseFragment('/data/0');                          // ['data', '0']
 */
export function parseFragment(fragment: string): string[] {
  const pointer = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => decodePointerSegment(decodeURIComponent(s)));
}

/**
 * A `#/...` URI fragment for segments, percent-encoded for use in a `$ref` (the keys ajv registers
 * compiled schemas under).
 *
 * @example
 *   formatFragment(['paths', '/devices', 'get']); // '#/paths/~1devices/get'
 */
export function formatFragment(segments: readonly string[]): string {
  return `#/${segments.map((s) => encodeURIComponent(encodePointerSegment(s))).join('/')}`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const INDEX = /^\d+$/;

/**
 * The JSON path reports print for segments: `.name` for identifiers, `[0]` for indexes and
 * `["odd key"]` for anything else.
 *
 * @example
 *   formatJsonPath(['data', '0', 'odd/key']); // '$.data[0]["odd/key"]'
 */
export function formatJsonPath(segments: readonly string[]): string {
  let out = '$';
  for (const s of segments) out += INDEX.test(s) ? `[${s}]` : IDENTIFIER.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  return out;
}

/**
 * The value at `segments` inside `value`, or `undefined` when there is none (a segment past the end,
 * or through a non-object).
 *
 * @example
 *   readAt({ data: [{ token: 'a' }] }, ['data', '0', 'token']); // 'a'
 */
export function readAt(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * A copy of `value` with `replacement` at `segments`; missing or non-object members on the way become
 * objects. No segments replace the whole value. `value` itself is never changed.
 *
 * @example
 *   writeAt({ a: { b: 1 } }, ['a', 'c'], 2); // { a: { b: 1, c: 2 } }
 */
export function writeAt(value: unknown, segments: readonly string[], replacement: unknown): unknown {
  if (segments.length === 0) return replacement;
  const copy = structuredClone(value ?? {}) as Record<string, unknown>;
  let node = copy;
  for (const segment of segments.slice(0, -1)) {
    if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = replacement;
  return copy;
}
