import type { FuzzRequest } from '../types.ts';

/** HTTP's optional whitespace around a field value (RFC 9110 5.5): a server trims it. */
const trimOws = (value: string) => value.replace(/^[ \t]+|[ \t]+$/g, '');

/**
 * The ways a server may read the headers named in `names` when one is sent more than once: RFC 9110
 * lets a recipient join repeated lines with `, `, and frameworks read the first (Symfony's
 * `HeaderBag::get`) or the last; a header sent once has one reading. Names in lower case, values
 * trimmed. At most `max` readings (the first ones).
 *
 * @example
 *   headerReadings([['X-Token-AC', 'a'], ['x-token-ac', 'b']], ['x-token-ac']);
 *   // [{ 'x-token-ac': 'a, b' }, { 'x-token-ac': 'a' }, { 'x-token-ac': 'b' }]
 */
export function headerReadings(lines: FuzzRequest['headers'], names: readonly string[], max = 27): Record<string, string>[] {
  let readings: Record<string, string>[] = [{}];
  for (const name of names) {
    const values = lines.filter(([n]) => n.toLowerCase() === name).map(([, v]) => trimOws(v));
    if (values.length === 0) continue;
    const options = values.length === 1 ? values : [...new Set([values.join(', '), values[0]!, values[values.length - 1]!])];
    readings = readings.flatMap((r) => options.map((v) => ({ ...r, [name]: v }))).slice(0, max);
  }
  return readings;
}

/** Whether any of the headers named is sent more than once. */
export const repeatsHeader = (lines: FuzzRequest['headers'], names: readonly string[]): boolean =>
  names.some((name) => lines.filter(([n]) => n.toLowerCase() === name).length > 1);

/**
 * The size of a request's head as the server receives it (request line, headers, the blank line),
 * with what `sendRawRequest` and Node's client add: `Host`, the body's framing and
 * `Connection: keep-alive`. Header values are Latin-1 strings (one byte per character).
 *
 * @example
 *   headBytes({ method: 'GET', target: '/x', headers: [] }, '127.0.0.1:4010'); // 'GET /x HTTP/1.1\r\nHost: ...'.length
 */
export function headBytes(request: Pick<FuzzRequest, 'method' | 'target' | 'headers' | 'body' | 'framing'>, host: string): number {
  let size = `${request.method} ${request.target} HTTP/1.1\r\n`.length + `Host: ${host}\r\n`.length + 'Connection: keep-alive\r\n'.length + 2;
  for (const [name, value] of request.headers) size += name.length + value.length + 4;
  if (request.body !== undefined) size += request.framing === 'chunked' ? 'Transfer-Encoding: chunked\r\n'.length : `Content-Length: ${bodyBytes(request.body)}\r\n`.length;
  return size;
}

const encoder = new TextEncoder();

/** The body's size on the wire (UTF-8; a lone surrogate is three bytes, as Node writes it). */
export const bodyBytes = (body: string | undefined): number => (body === undefined ? 0 : encoder.encode(body).length);

/**
 * The request's query as a server reads it (`application/x-www-form-urlencoded`, WHATWG): each
 * name's values in order.
 */
export function queryValues(url: URL): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of url.searchParams) out.set(name, [...(out.get(name) ?? []), value]);
  return out;
}

/**
 * Whether a media type is JSON as MK-4 says: `application/json` or another `+json` type, parameters
 * ignored, any letter case.
 *
 * @example
 *   isJsonContentType('Application/JSON; charset=utf-8'); // true
 */
export function isJsonContentType(value: string | undefined): boolean {
  const essence = (value ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || (essence.endsWith('+json') && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(essence));
}
