import {
  AgoraBadRequestError,
  AgoraClassAlreadyStartedError,
  AgoraClassEndedError,
  AgoraError,
  AgoraRecordingAfterClassEndedError,
  AgoraRecordingNotEndedError,
  AgoraRecordingNotStartedError,
  AgoraRequestRejectedError,
  AgoraRoomAlreadyExistsError,
  AgoraRoomNotFoundError,
  AgoraServerError,
  AgoraUnauthorizedError,
} from './errors.ts';
import { AGORA_FACTS } from '../facts.ts';

/**
 * Agora's business codes of failures by name, as the document lists them (`info.description`), from
 * the API's facts module (every code but `success`). Where Agora documents none the code is the HTTP
 * status (AG-16, AG-18, AG-20).
 *
 * @example
 *   if (error.code === AGORA_CODES.classEnded) ...
 */
export const AGORA_CODES: Omit<typeof AGORA_FACTS.codes, 'success'> = failureCodes(AGORA_FACTS.codes);

function failureCodes<C extends { readonly success: number }>(codes: C): Omit<C, 'success'> {
  const { success: _success, ...failures } = codes;
  return failures;
}

type ErrorClass = new (init: { status: number; code: never; body: never; url?: string; headers?: Headers }) => AgoraError<number, unknown>;

const BY_CODE = new Map<number, ErrorClass>([
  [AGORA_CODES.badRequest, AgoraBadRequestError],
  [AGORA_CODES.unauthorized, AgoraUnauthorizedError],
  [AGORA_CODES.roomAlreadyExists, AgoraRoomAlreadyExistsError],
  [AGORA_CODES.payloadTooLarge, AgoraRequestRejectedError],
  [AGORA_CODES.unsupportedMediaType, AgoraRequestRejectedError],
  [AGORA_CODES.internalError, AgoraServerError],
  [AGORA_CODES.serviceUnavailable, AgoraServerError],
  [AGORA_CODES.roomNotFound, AgoraRoomNotFoundError],
  [AGORA_CODES.classAlreadyStarted, AgoraClassAlreadyStartedError],
  [AGORA_CODES.classEnded, AgoraClassEndedError],
  [AGORA_CODES.recordingNotStarted, AgoraRecordingNotStartedError],
  [AGORA_CODES.recordingNotEnded, AgoraRecordingNotEndedError],
  [AGORA_CODES.recordingAfterClassEnded, AgoraRecordingAfterClassEndedError],
]);

/**
 * The one place where a failed Agora answer becomes its named error: by the envelope's business
 * `code` (the HTTP status when the body carries none), e.g. 30409101 -> `AgoraClassEndedError`. A
 * code no class names gives the base `AgoraError`.
 *
 * @example
 *   toAgoraError(result.response, result.error); // AgoraRoomNotFoundError for 404 / 20404100
 */
export function toAgoraError(response: Response, body: unknown): AgoraError<number, unknown> {
  const envelope = typeof body === 'object' && body !== null ? (body as { code?: unknown }) : undefined;
  const code = typeof envelope?.code === 'number' && envelope.code !== 0 ? envelope.code : response.status;
  const init = { status: response.status, code: code as never, body: body as never, url: response.url, headers: response.headers };
  const Named = BY_CODE.get(code);
  return Named ? new Named(init) : new AgoraError<number, unknown>({ ...init, code });
}
