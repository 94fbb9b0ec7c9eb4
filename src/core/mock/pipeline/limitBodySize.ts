import { stop, type Stop } from './PlainRequest.ts';

/**
 * Stage 0, the declared body size: a request whose `Content-Length` is over the limit is answered
 * 413 before anything else, whatever its path or method, and its connection closed (the body is
 * never read): Laravel's global `ValidatePostSize` middleware runs before the router (AC-32), and
 * Agora's gateway refuses a body before any service sees it (AG-63). A body sent without a declared
 * length (chunked) is measured where an operation reads it (`readRequestBody`).
 *
 * @example
 *   limitBodySize({ 'content-length': '2000000' }, 1024 * 1024); // stop: PayloadTooLarge, closeConnection
 */
export function limitBodySize(headers: Readonly<Record<string, string | undefined>>, limit: number): Stop | null {
  const declared = headers['content-length'];
  if (declared === undefined || !(Number(declared) > limit)) return null;
  return stop({ kind: 'PayloadTooLarge', limit }, { closeConnection: true });
}
