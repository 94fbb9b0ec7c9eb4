import type { CompiledOperation } from '../../http/compileOperations.ts';
import { CLIENT_GONE, stop, type PlainRequest, type Stop } from './PlainRequest.ts';

/**
 * Stage 2, the body: only an operation that takes a body reads one (the adapter discards any other
 * once the answer is sent); over `limit` bytes is 413, and the connection is closed after it since
 * the rest of the body was not read. A client that leaves mid-body gets no answer.
 *
 * @example
 *   const body = await readRequestBody(request, operation, DEFAULT_BODY_LIMIT); // { kind: 'read', text: '{"until_time":1}' }
 */
export function readRequestBody(
  request: Pick<PlainRequest, 'readBody'>,
  operation: Pick<CompiledOperation, 'acceptsBody'>,
  limit: number,
): BodyRead | Promise<BodyRead> {
  // No promise when there is nothing to read: the hot path (GET) stays synchronous.
  if (!operation.acceptsBody) return NO_BODY;
  return request.readBody(limit).then((body) => {
    if (body.kind === 'aborted') return CLIENT_GONE;
    if (body.kind === 'tooLarge') return stop({ kind: 'PayloadTooLarge', limit }, { closeConnection: true });
    return { kind: 'read', text: body.text };
  });
}

/** The body's text, or why the request ends here. */
export type BodyRead = { readonly kind: 'read'; readonly text: string } | Stop | typeof CLIENT_GONE;

const NO_BODY = { kind: 'read', text: '' } as const;
