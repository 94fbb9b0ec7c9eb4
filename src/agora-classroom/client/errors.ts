import type { components } from '../../../generated/agora-classroom.ts';
import { ApiError, type ApiErrorInit } from '../../core/client/ApiError.ts';

type Schemas = components['schemas'];

/** The envelope of every Agora failure (AG-14): the business `code`, `msg`, and usually `ts`. */
export interface AgoraErrorBody {
  readonly code: number;
  readonly msg: string;
  readonly ts?: number;
}

type Init<Body> = Omit<ApiErrorInit<number, Body>, 'message'>;

/**
 * Base of the Agora errors, and the error for an Agora answer no subclass names (a business code
 * the document does not list, or a body that is not Agora's envelope; `code` is then the HTTP
 * status).
 *
 * Thrown by `unwrapAgora`, `iterateRecordings`, `iterateClassroomEvents` and
 * `pollClassroomEvents` when Agora answers with a status outside 2xx. Carries `status` (HTTP),
 * `code` (Agora's business code, e.g. 30409101), `body` (`{code, msg, ts}`) and `url`.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraError) console.log(e.status, e.code, e.body.msg); }
 */
export class AgoraError<Code extends number = number, Body = AgoraErrorBody> extends ApiError<Code, Body> {
  override readonly name: string = 'AgoraError';

  constructor(init: Init<Body> & { readonly code: Code }) {
    const msg = typeof (init.body as { msg?: unknown } | undefined)?.msg === 'string' ? (init.body as { msg: string }).msg : 'no message';
    super({ ...init, message: `Agora answered ${init.status} with code ${init.code}: ${msg}` });
  }
}

/**
 * Thrown when a path parameter, the query or the body is malformed (400, code 400): an App ID that
 * is not 32 hex characters, a `roomUuid` with a forbidden character, a create body that fails the
 * schema or is not JSON. Carries `status` 400, `code` 400 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraBadRequestError) reportBug(e.body.msg); }
 */
export class AgoraBadRequestError extends AgoraError<400, Schemas['BadRequestError']> {
  override readonly name = 'AgoraBadRequestError';
}

/**
 * Thrown when the App ID is unknown or `x-agora-token` / `x-agora-uid` are missing, wrong or
 * expired (401, code 401). Carries `status` 401, `code` 401 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraUnauthorizedError) renewRtmToken(); }
 */
export class AgoraUnauthorizedError extends AgoraError<401, Schemas['UnauthorizedError']> {
  override readonly name = 'AgoraUnauthorizedError';
}

/**
 * Thrown when the classroom does not exist (404, code 20404100 "Room not exists!"), by every
 * room-scoped operation. Carries `status` 404, `code` 20404100 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraRoomNotFoundError) await createTheRoom(); }
 */
export class AgoraRoomNotFoundError extends AgoraError<20404100, Schemas['RoomNotFoundError']> {
  override readonly name = 'AgoraRoomNotFoundError';
}

/**
 * Thrown when a classroom is created with a `roomUuid` that already exists (409, code 409); nothing
 * changed. Carries `status` 409, `code` 409 and the body.
 *
 * @example
 *   catch (e) { if (!(e instanceof AgoraRoomAlreadyExistsError)) throw e; } // create-if-absent
 */
export class AgoraRoomAlreadyExistsError extends AgoraError<409, Schemas['RoomExistsError']> {
  override readonly name = 'AgoraRoomAlreadyExistsError';
}

/**
 * Thrown when a started class is set back to "not started" (409, code 30409100, AG-4). Carries
 * `status` 409, `code` 30409100 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraClassAlreadyStartedError) refreshState(); }
 */
export class AgoraClassAlreadyStartedError extends AgoraError<30409100, Schemas['ClassStateConflictError']> {
  override readonly name = 'AgoraClassAlreadyStartedError';
}

/**
 * Thrown when an ended or closed class is set back to an earlier state (409, code 30409101 "the
 * class has been ended", AG-4). Carries `status` 409, `code` 30409101 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraClassEndedError) showClassIsOver(); }
 */
export class AgoraClassEndedError extends AgoraError<30409101, Schemas['ClassStateConflictError']> {
  override readonly name = 'AgoraClassEndedError';
}

/**
 * Thrown when a recording is stopped that was never started (409, code 30409410). Carries `status`
 * 409, `code` 30409410 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraRecordingNotStartedError) return; } // already stopped
 */
export class AgoraRecordingNotStartedError extends AgoraError<30409410, Schemas['RecordingStateConflictError']> {
  override readonly name = 'AgoraRecordingNotStartedError';
}

/**
 * Thrown when a recording is started while one is still running (409, code 30409411). Carries
 * `status` 409, `code` 30409411 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraRecordingNotEndedError) return; } // already recording
 */
export class AgoraRecordingNotEndedError extends AgoraError<30409411, Schemas['RecordingStateConflictError']> {
  override readonly name = 'AgoraRecordingNotEndedError';
}

/**
 * Thrown when a recording is started after the class ended (410, code 30410100, AG-19); stopping
 * is still allowed. Carries `status` 410, `code` 30410100 and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraRecordingAfterClassEndedError) disableRecordButton(); }
 */
export class AgoraRecordingAfterClassEndedError extends AgoraError<30410100, Schemas['ClassEndedError']> {
  override readonly name = 'AgoraRecordingAfterClassEndedError';
}

/**
 * Thrown when the create body is larger than 1 MiB (413, code 413) or not sent as
 * `application/json` (415, code 415). Carries `status`, `code` (413 or 415) and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraRequestRejectedError) reportBug(e); }
 */
export class AgoraRequestRejectedError extends AgoraError<413 | 415, Schemas['PayloadTooLargeError'] | Schemas['UnsupportedMediaTypeError']> {
  override readonly name = 'AgoraRequestRejectedError';
}

/**
 * Thrown when Agora failed (500, code 500) or its gateway timed out (503, code 503), after the
 * client's retries (reads are retried by default). Carries `status`, `code` (500 or 503) and the body.
 *
 * @example
 *   catch (e) { if (e instanceof AgoraServerError) scheduleLater(); }
 */
export class AgoraServerError extends AgoraError<500 | 503, Schemas['InternalServerError'] | Schemas['ServiceUnavailableError']> {
  override readonly name = 'AgoraServerError';
}
