import type { Middleware } from 'openapi-fetch';
import { createResponseValidation, type ResponseValidationOptions } from '../../core/client/createResponseValidation.ts';
import type { OpenApiDocument } from '../../core/openapi/types.ts';

/**
 * Middleware that validates every AnyClassroom response against `generated/anyclassroom.openapi.json`
 * with the validators the mock uses (see `createResponseValidation`). The document is imported as
 * JSON, not read from disk, so it travels inside a bundle or a package; it is loaded and compiled on
 * the first response. For development and tests. Node only for now: the router it compiles
 * (`compileOperations`) needs `node:assert`.
 *
 * Throws (from the client call): `ResponseValidationError`, carrying the operation, status, body and
 * every violation, unless `onViolation` is given.
 *
 * @example
 *   client.use(validateAnyClassroomResponses());
 */
export function validateAnyClassroomResponses(options: ResponseValidationOptions = {}): Middleware {
  return createResponseValidation(async () => {
    const { default: document } = await import('../../../generated/anyclassroom.openapi.json', { with: { type: 'json' } });
    return { document: document as unknown as OpenApiDocument, id: 'anyclassroom' };
  }, options);
}
