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

/**
 * Agora's business codes by name, as the document lists them (`info.description`). Where Agora
 * documents none the code is the HTTP status (AG-16, AG-18, AG-20).
 *
 * @example
 *   if (error.code === AGORA_CODES.classEnded) ...
 */
export const AGORA_CODES = {
  badRequest: 400,
  unauthorized: 401,
  roomAlreadyExists: 409,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  internalError: 500,
  serviceUnavailable: 503,
  roomNotFound: 20404100,
  classAlreadyStarted: 30409100,
  classEnded: 30409101,
  recordingNotStarted: 30409410,
  recordingNotEnded: 30409411,
  recordingAfterClassEnded: 30410100,
} as const;

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
