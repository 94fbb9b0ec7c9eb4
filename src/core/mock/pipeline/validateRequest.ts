import type { CompiledOperation } from '../../http/compileOperations.ts';
import { stop, type Stop } from './PlainRequest.ts';

/** Path and query values after validation: coerced to their schema types, query defaults applied. */
export interface ValidRequest {
  readonly kind: 'valid';
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
}

/**
 * Stage 6, validation against the document: path and query values (coerced, defaults applied) and
 * the body; every violation is collected and handed to the API, which answers 400 or 422 in its own
 * format. A repeated query parameter keeps its first value.
 *
 * @example
 *   validateRequest(operation, { anydeskId: '123' }, new URL('http://h/x?per_page=500'), undefined); // stop: InvalidRequest (per_page maximum)
 */
export function validateRequest(operation: Pick<CompiledOperation, 'validateRequest'>, params: Record<string, string>, url: URL, body: unknown): ValidRequest | Stop {
  const path: Record<string, unknown> = params;
  const query: Record<string, unknown> = {};
  if (url.search.length > 1) for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
  const violations = operation.validateRequest(path, query, body);
  return violations.length > 0 ? stop({ kind: 'InvalidRequest', violations }) : { kind: 'valid', path, query };
}
