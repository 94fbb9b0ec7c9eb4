import type { CompiledOperation } from '../../http/compileOperations.ts';
import { decodeJsonBody } from '../../http/decodeJsonBody.ts';
import { stop, type Stop } from './PlainRequest.ts';

/**
 * Stage 5, content type and JSON: a body must be JSON (`application/json` or `+json`; else 415) and
 * parse (else 400). An operation that takes a body and got none sees `{}`: Laravel and Agora read
 * an absent body as empty input, so validation then names what is missing. An operation without a
 * body sees `undefined`.
 *
 * @example
 *   decodeRequestBody(operation, '{"until_time": 1}', 'application/json'); // { kind: 'decoded', body: { until_time: 1 } }
 *   decodeRequestBody(operation, 'a=1', 'text/plain');                    // stop: UnsupportedMediaType
 */
export function decodeRequestBody(operation: Pick<CompiledOperation, 'acceptsBody'>, text: string, contentType: string | undefined): { readonly kind: 'decoded'; readonly body: unknown } | Stop {
  if (!operation.acceptsBody) return { kind: 'decoded', body: undefined };
  const decoded = decodeJsonBody(text, contentType, {});
  if (decoded.kind === 'notJson') return stop({ kind: 'UnsupportedMediaType', contentType: decoded.mediaType });
  if (decoded.kind === 'malformed') return stop({ kind: 'MalformedJson', detail: decoded.detail });
  return { kind: 'decoded', body: decoded.value };
}
