/**
 * The client machinery every client package carries: typed errors' base, retry, header credentials
 * and the response-validation error. Browser-safe (no Node built-in, no ajv). Each API's browser
 * entry (`src/<api>/client/index.ts`) re-exports it.
 *
 * @example
 *   export * from '../../core/client/sharedExports.ts';
 */
export { ApiError, type ApiErrorInit } from './ApiError.ts';
export { withRetry, wantsRetry, type FetchLike, type RetryEvent, type RetryOptions } from './withRetry.ts';
export { parseRetryAfter } from './parseRetryAfter.ts';
export type { Credential } from './createHeadersMiddleware.ts';
export { ResponseValidationError, type ResponseViolationReport } from './ResponseValidationError.ts';
export type { SchemaViolation } from '../openapi/SchemaViolation.ts';
