import type { Middleware } from 'openapi-fetch';
import { createResponseValidation, type ResponseValidationOptions } from '../../core/client/createResponseValidation.ts';

/**
 * Middleware that validates every Agora response against `generated/agora-classroom.openapi.json`
 * with the validators the mock uses (see `createResponseValidation`). Node only: it reads the
 * document from disk, on the first response. For development and tests.
 *
 * Throws (from the client call): `ResponseValidationError`, carrying the operation, status, body and
 * every violation, unless `onViolation` is given.
 *
 * @example
 *   client.use(validateAgoraResponses());
 */
export function validateAgoraResponses(options: ResponseValidationOptions = {}): Middleware {
  return createResponseValidation(async () => {
    const { loadDocument } = await import('../../core/openapi/loadDocument.ts');
    return { document: loadDocument('agora-classroom'), id: 'agora-classroom' };
  }, options);
}
