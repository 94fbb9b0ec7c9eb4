/** Bodies longer than this many characters are cut in the journal (`truncated: true`). */
export const JOURNAL_BODY_LIMIT = 16 * 1024;

/** Header names whose values are credentials: kept as their length only. */
const SECRET_HEADER = /authorization|token|secret|password|cookie|api-?key/i;

/** A request's or an answer's headers and body as the journal keeps them. */
export interface JournalMessage {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: { readonly text: string; readonly truncated: boolean } | null;
}

/** The answer's half of a journal text (`packAnswer`): the same for every request a remembered answer serves. */
export interface PackedAnswer {
  /** The answer's header lines, written after the request's half. */
  readonly head: string;
  /** The answer's body (cut), written after `head`: kept apart, so that no string of the two is made. */
  readonly body: string;
  readonly headLength: number;
  /** `-1` no body, `n` whole, `-n - 2` cut to `n`. */
  readonly bodyLength: number;
}

/**
 * The answer's headers and body as the second half of a journal text (see `packMessages`).
 *
 * @example
 *   packAnswer({ 'Content-Type': 'application/json' }, '{}'); // { head: 'Content-Type: application/json\n', body: '{}', headLength: 31, bodyLength: 2 }
 */
export function packAnswer(responseHeaders: Readonly<Record<string, string | number>>, responseBody: string | undefined): PackedAnswer {
  let answerHead = '';
  for (const name in responseHeaders) answerHead += `${name}: ${responseHeaders[name]}\n`;
  const [resBody, resLength] = cut(responseBody);
  return { head: answerHead, body: resBody, headLength: answerHead.length, bodyLength: resLength };
}

/**
 * The first half of a journal text: the four lengths, then the request's headers and body;
 * `answer.head` and `answer.body` follow it. Kept apart so that the journal's ring writes the parts
 * one after the other without joining them into a new string of the whole answer on every request.
 *
 * @example
 *   const answer = packAnswer({}, '{}');
 *   packRequest({ 'x-token-ac': 't' }, undefined, answer) + answer.head + answer.body; // what packMessages gives
 */
export function packRequest(requestHeaders: Readonly<Record<string, string | undefined>>, requestBody: string | undefined, answer: PackedAnswer): string {
  let head = '';
  for (const name in requestHeaders) {
    const value = requestHeaders[name];
    if (value === undefined) continue;
    head += `${name}: ${SECRET_HEADER.test(name) ? `(hidden: ${value.length} characters)` : value}\n`;
  }
  const [reqBody, reqLength] = cut(requestBody);
  return `${head.length},${reqLength},${answer.headLength},${answer.bodyLength}\n${head}${reqBody}`;
}

/**
 * The request's and the answer's headers and bodies as one text for the journal's ring: four
 * parts, their lengths first (`12,0,40,-1\n...`; `-1` for no body, a cut body's length is negated
 * minus 2). Credential headers become `(hidden: <n> characters)` here, before anything is kept.
 *
 * @example
 *   const text = packMessages({ 'x-token-ac': 't' }, undefined, { 'Content-Type': 'application/json' }, '{}');
 *   unpackMessages(text).request.headers; // { 'x-token-ac': '(hidden: 1 characters)' }
 */
export function packMessages(
  requestHeaders: Readonly<Record<string, string | undefined>>,
  requestBody: string | undefined,
  responseHeaders: Readonly<Record<string, string | number>>,
  responseBody: string | undefined,
): string {
  const answer = packAnswer(responseHeaders, responseBody);
  return packRequest(requestHeaders, requestBody, answer) + answer.head + answer.body;
}

/**
 * The two messages back from `packMessages`' text.
 *
 * @example
 *   unpackMessages(packMessages({}, '{"a":1}', {}, undefined)).request.body; // { text: '{"a":1}', truncated: false }
 */
export function unpackMessages(text: string): { readonly request: JournalMessage; readonly response: JournalMessage } {
  const newline = text.indexOf('\n');
  const [head, reqLength, answerHead, resLength] = text.slice(0, newline).split(',').map(Number) as [number, number, number, number];
  let at = newline + 1;
  const take = (length: number) => text.slice(at, (at += length));
  const requestHeaders = parseHeaders(take(head));
  const requestBody = body(reqLength, take);
  const responseHeaders = parseHeaders(take(answerHead));
  const responseBody = body(resLength, take);
  return { request: { headers: requestHeaders, body: requestBody }, response: { headers: responseHeaders, body: responseBody } };
}

/** A body and its encoded length: `-1` none, `n` whole, `-n - 2` cut to `n`. */
function cut(text: string | undefined): [string, number] {
  if (text === undefined) return ['', -1];
  if (text.length <= JOURNAL_BODY_LIMIT) return [text, text.length];
  return [text.slice(0, JOURNAL_BODY_LIMIT), -JOURNAL_BODY_LIMIT - 2];
}

function body(length: number, take: (length: number) => string): JournalMessage['body'] {
  if (length === -1) return null;
  if (length >= 0) return { text: take(length), truncated: false };
  return { text: take(-length - 2), truncated: true };
}

function parseHeaders(lines: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines.split('\n')) {
    const colon = line.indexOf(': ');
    if (colon > 0) out[line.slice(0, colon)] = line.slice(colon + 2);
  }
  return out;
}
