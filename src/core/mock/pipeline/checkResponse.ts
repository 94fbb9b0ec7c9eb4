import type { CompiledOperation } from '../../http/compileOperations.ts';
import type { SchemaViolation } from '../../openapi/createSchemaValidator.ts';
import type { MockResponse } from '../types.ts';
import { contentTypeOf } from './serializeResponse.ts';

/** A response that did not match the document: logged, flagged in a header, reported to `onViolation`. */
export interface ResponseViolationReport {
  readonly api: string;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly violations: readonly SchemaViolation[];
}

/** Where violations go. */
export interface ViolationSink {
  readonly api: string;
  log(entry: Record<string, unknown>): void;
  readonly onViolation?: ((report: ResponseViolationReport) => void) | undefined;
}

/**
 * Stage 10, the response check: every answer to a request that reached an operation (the domain's,
 * Prism's, and every error answer) is validated against what the operation declares: status,
 * content type, body and headers. A violation never blocks the answer: it is logged, reported to
 * `onViolation` (the tests fail on it), handed to `found` (the request's trace) and flagged with
 * `x-mock-response-violations`.
 *
 * @example
 *   const checked = checkResponse(sink, operation, { method: 'GET', target: '/api/v1/devices' }, response);
 */
export function checkResponse(
  sink: ViolationSink,
  operation: CompiledOperation,
  request: { readonly method: string; readonly target: string },
  response: MockResponse,
  found?: (violations: readonly SchemaViolation[]) => void,
): MockResponse {
  const violations = operation.validateResponse(response.status, contentTypeOf(response), response.body, response.headers);
  if (violations.length === 0) return response;
  found?.(violations);
  // Logs carry the route template, never the URL or bodies: those may hold tokens and passwords.
  sink.log({
    level: 'warn',
    msg: 'response violates the OpenAPI document',
    api: sink.api,
    operationId: operation.operationId,
    route: `${operation.method} ${operation.pathTemplate}`,
    status: response.status,
    violations: violations.map((v) => `${v.path}: ${v.message}`),
  });
  sink.onViolation?.({ api: sink.api, operationId: operation.operationId, method: request.method, url: request.target, status: response.status, violations });
  return { ...response, headers: { ...response.headers, 'x-mock-response-violations': String(violations.length) } };
}
