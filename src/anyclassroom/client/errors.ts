import type { components } from '../../../generated/anyclassroom.ts';
import { ApiError, type ApiErrorInit } from '../../core/client/ApiError.ts';

type Schemas = components['schemas'];

/**
 * The name of an AnyClassroom failure. AnyClassroom has no business codes (it is a Laravel API that
 * answers `{message}`), so an error's `code` is the name of what went wrong, one per documented
 * answer; `Unexpected` is a status the document does not declare.
 */
export type AnyClassroomErrorCode =
  | 'BadRequest'
  | 'Unauthenticated'
  | 'Forbidden'
  | 'NotFound'
  | 'PayloadTooLarge'
  | 'UnsupportedMediaType'
  | 'ValidationFailed'
  | 'AlreadyInvalidatedOrExpired'
  | 'ServerError'
  | 'ServiceUnavailable'
  | 'Unexpected';

type Init<Body> = Omit<ApiErrorInit<AnyClassroomErrorCode, Body>, 'code' | 'message'> & { readonly message?: string };

const messageOf = (body: unknown, fallback: string): string =>
  typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string'
    ? (body as { message: string }).message
    : fallback;

/**
 * Base of the AnyClassroom errors, and the error for an answer the document does not declare
 * (`code: 'Unexpected'`).
 *
 * Thrown by `unwrapAnyClassroom` and the AnyClassroom list iterators when the API answers with a
 * status outside 2xx. Carries `status`, `code` (see `AnyClassroomErrorCode`), `body` (Laravel's
 * `{message}` as a rule) and `url`.
 *
 * @example
 *   if (error instanceof AnyClassroomError && error.status === 404) showNotFound();
 */
export class AnyClassroomError<Code extends AnyClassroomErrorCode = AnyClassroomErrorCode, Body = unknown> extends ApiError<Code, Body> {
  override readonly name: string = 'AnyClassroomError';

  constructor(code: Code, init: Init<Body>) {
    super({ ...init, code, message: init.message ?? `AnyClassroom answered ${init.status}: ${messageOf(init.body, code)}` });
  }
}

/**
 * Thrown when the request had no valid `X-Token-AC` (401, `{"message": "Unauthenticated."}`).
 * Carries `status` 401, `code` `'Unauthenticated'` and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AnyClassroomUnauthenticatedError) askForANewToken(); }
 */
export class AnyClassroomUnauthenticatedError extends AnyClassroomError<'Unauthenticated', Schemas['ErrorMessage']> {
  override readonly name = 'AnyClassroomUnauthenticatedError';
  constructor(init: Init<Schemas['ErrorMessage']>) {
    super('Unauthenticated', init);
  }
}

/**
 * Thrown when the device, link or classroom belongs to another account (403, `{"message": "This
 * action is unauthorized."}`). DECISIONS AC-6: treat it like a 404. Carries `status` 403, `code`
 * `'Forbidden'` and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AnyClassroomForbiddenError || e instanceof AnyClassroomNotFoundError) hide(); }
 */
export class AnyClassroomForbiddenError extends AnyClassroomError<'Forbidden', Schemas['ErrorMessage']> {
  override readonly name = 'AnyClassroomForbiddenError';
  constructor(init: Init<Schemas['ErrorMessage']>) {
    super('Forbidden', init);
  }
}

/**
 * Thrown when the device, temporal access link or classroom does not exist (404, `{message}`;
 * match on the class, not the message, AC-13). Carries `status` 404, `code` `'NotFound'` and the body.
 *
 * @example
 *   await expect(getDevice('000')).rejects.toBeInstanceOf(AnyClassroomNotFoundError);
 */
export class AnyClassroomNotFoundError extends AnyClassroomError<'NotFound', Schemas['ErrorMessage']> {
  override readonly name = 'AnyClassroomNotFoundError';
  constructor(init: Init<Schemas['ErrorMessage']>) {
    super('NotFound', init);
  }
}

/**
 * Thrown when a request failed Laravel validation (422, `{message, errors: {field: [messages]}}`):
 * a `per_page` below 1 or not an integer, a `from_time` not lower than `until_time`, ... `Field` names the
 * request fields the operation validates (`ValidationFieldsOf<'createTemporalAccess'>` is
 * `'from_time' | 'until_time'`); the iterators throw it typed with `'page' | 'per_page'`.
 *
 * Carries `status` 422, `code` `'ValidationFailed'`, the body, `fields` (the `errors` map, keyed by
 * field) and `operationId` when the thrower knew it.
 *
 * @example
 *   catch (e) {
 *     if (isValidationErrorOf(e, 'createTemporalAccess')) console.log(e.fields.until_time?.[0]);
 *   }
 */
export class AnyClassroomValidationError<Field extends string = string> extends AnyClassroomError<'ValidationFailed', Schemas['ValidationError']> {
  override readonly name = 'AnyClassroomValidationError';
  /** Messages per field, as Laravel sends them (`{ per_page: ['The per page field must ...'] }`). */
  readonly fields: { readonly [F in Field]?: readonly string[] };
  /** The operation the failed request was made for, when known. */
  readonly operationId: string | undefined;

  constructor(init: Init<Schemas['ValidationError']> & { readonly operationId?: string | undefined }) {
    super('ValidationFailed', init);
    this.fields = (init.body?.errors ?? {}) as unknown as { readonly [F in Field]?: readonly string[] };
    this.operationId = init.operationId;
  }
}

/**
 * Thrown when a temporal access link is invalidated a second time or after it expired (422 with
 * exactly `{"error": "Temporal access already invalidated or expired"}`, seed Note 2). Carries
 * `status` 422, `code` `'AlreadyInvalidatedOrExpired'` and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AnyClassroomAlreadyInvalidatedError) return; } // nothing left to do
 */
export class AnyClassroomAlreadyInvalidatedError extends AnyClassroomError<'AlreadyInvalidatedOrExpired', Schemas['InvalidationError']> {
  override readonly name = 'AnyClassroomAlreadyInvalidatedError';
  constructor(init: Init<Schemas['InvalidationError']>) {
    super('AlreadyInvalidatedOrExpired', { ...init, message: init.message ?? `AnyClassroom answered ${init.status}: ${init.body?.error ?? 'already invalidated or expired'}` });
  }
}

/**
 * Thrown for transport failures: a body too large (413) or not sent as `application/json` (415) on
 * the create operation, or a request the HTTP server could not parse at all (400, outside every
 * operation; a body that is not valid JSON is not one: Laravel reads it as empty input and answers
 * 422, DECISIONS AC-7). Carries `status`, `code` (`'BadRequest'`, `'PayloadTooLarge'` or
 * `'UnsupportedMediaType'`) and the `{message}` body.
 *
 * @example
 *   catch (e) { if (e instanceof AnyClassroomRequestRejectedError) reportBug(e); }
 */
export class AnyClassroomRequestRejectedError extends AnyClassroomError<'BadRequest' | 'PayloadTooLarge' | 'UnsupportedMediaType', Schemas['ErrorMessage']> {
  override readonly name = 'AnyClassroomRequestRejectedError';
}

/**
 * Thrown when the server failed (500 `{"message": "Server Error"}`) or is down for maintenance
 * (503 `{"message": "Service Unavailable"}`), after the client's retries (reads are retried by
 * default). Carries `status`, `code` (`'ServerError'` or `'ServiceUnavailable'`) and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AnyClassroomServerError) scheduleLater(); }
 */
export class AnyClassroomServerError extends AnyClassroomError<'ServerError' | 'ServiceUnavailable', Schemas['ErrorMessage']> {
  override readonly name = 'AnyClassroomServerError';
}
