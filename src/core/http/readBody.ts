import type { IncomingMessage } from 'node:http';

/** Request bodies above this size are refused with 413 (1 MiB). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * The outcome of reading a request body: its bytes, the fact that it was over the limit, or that the
 * client went away before sending all of it (nothing to answer then).
 */
export type BodyResult = { readonly kind: 'ok'; readonly text: string } | { readonly kind: 'tooLarge' } | { readonly kind: 'aborted' };

/**
 * Reads a request body up to `limit` bytes. An oversized body is not kept in memory: the rest is
 * read and dropped (so the client can read the 413 instead of seeing a reset connection), up to
 * eight times the limit, after which the caller should close the connection.
 *
 * @example
 *   const body = await readBody(req, DEFAULT_BODY_LIMIT);
 *   if (body.kind === 'tooLarge') return reply413();
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? '0');
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > limit * 8) {
          req.pause();
          resolve({ kind: 'tooLarge' });
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'tooLarge' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    // A client that disconnects mid-body is not an error of the mock.
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('aborted', () => resolve({ kind: 'aborted' }));
  });
}
