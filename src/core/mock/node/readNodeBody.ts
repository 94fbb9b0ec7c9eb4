import type { IncomingMessage } from 'node:http';
import type { BodyResult } from '../pipeline/PlainRequest.ts';

/**
 * Reads a Node request's body up to `limit` bytes (the `readBody` of the Node adapter's plain
 * requests). An oversized body is not kept in memory: the rest is read and dropped (so the client can
 * read the 413 instead of seeing a reset connection), up to eight times the limit, after which the
 * caller should close the connection.
 *
 * @example
 *   const body = await readNodeBody(req, DEFAULT_BODY_LIMIT);
 *   if (body.kind === 'tooLarge') return reply413();
 */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
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
