import type { components } from '../../../generated/anyclassroom.ts';
import {
  AnyClassroomAlreadyInvalidatedError,
  AnyClassroomError,
  AnyClassroomForbiddenError,
  AnyClassroomNotFoundError,
  AnyClassroomRequestRejectedError,
  AnyClassroomServerError,
  AnyClassroomUnauthenticatedError,
  AnyClassroomValidationError,
} from './errors.ts';

type Schemas = components['schemas'];

/**
 * The one place where a failed AnyClassroom answer becomes its typed error, by status (Laravel has
 * no business codes); the 422 is split on its body: `{error}` is the invalidation's "already
 * invalidated or expired", `{message, errors}` a validation failure.
 *
 * @example
 *   toAnyClassroomError(result.response, result.error); // AnyClassroomNotFoundError for a 404
 */
export function toAnyClassroomError(response: Response, body: unknown, operationId?: string): AnyClassroomError {
  const init = { status: response.status, body, url: response.url, headers: response.headers };
  const message = init as typeof init & { body: Schemas['ErrorMessage'] };
  switch (response.status) {
    case 400:
      return new AnyClassroomRequestRejectedError('BadRequest', message);
    case 401:
      return new AnyClassroomUnauthenticatedError(message);
    case 403:
      return new AnyClassroomForbiddenError(message);
    case 404:
      return new AnyClassroomNotFoundError(message);
    case 413:
      return new AnyClassroomRequestRejectedError('PayloadTooLarge', message);
    case 415:
      return new AnyClassroomRequestRejectedError('UnsupportedMediaType', message);
    case 422:
      if (isObject(body) && typeof body.error === 'string') {
        return new AnyClassroomAlreadyInvalidatedError({ ...init, body: body as Schemas['InvalidationError'] });
      }
      if (isObject(body) && isObject(body.errors)) {
        return new AnyClassroomValidationError({ ...init, body: body as Schemas['ValidationError'], operationId });
      }
      return new AnyClassroomError('Unexpected', init);
    case 500:
      return new AnyClassroomServerError('ServerError', message);
    case 503:
      return new AnyClassroomServerError('ServiceUnavailable', message);
    default:
      return new AnyClassroomError('Unexpected', init);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
