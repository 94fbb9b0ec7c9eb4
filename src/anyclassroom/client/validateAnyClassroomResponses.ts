import type { Middleware } from 'openapi-fetch';
import { createResponseValidation, type ResponseValidationOptions } from '../../core/client/createResponseValidation.ts';

/**
 * Middleware that validates every AnyClassroom response against `generated/anyclassroom.openapi.json`
 * with the validators the mock uses (see `createResponseValidation`). Node only: it reads the
 * document from disk, on the first response. For development and tests.
 *
 * Throws (from the client call): `ResponseValidationError`, carrying the operation, status, body and
 * every violation, unless `onViolation` is given.
 *
 * @example
 *   client.use(validateAnyClassroomResponses());
 */
export function validateAnyClassroomResponses(options: ResponseValidationOptions = {}): Middleware {
  return createResponseValidation(async () => {
    const { loadDocument } = await import('../../core/openapi/loadDocument.ts');
    return { document: loadDocument('anyclassroom'), id: 'anyclassroom' };
  }, options);
}
