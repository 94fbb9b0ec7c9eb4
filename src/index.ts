/**
 * Package entry point: typed clients for the AnyClassroom API v1.2 and the Agora Flexible Classroom
 * v2 REST API, their helpers (pagination, `nextId` batches, event polling, retry), typed errors and
 * the generated types.
 *
 * @example
 *   import { createAnyClassroomClient, iterateAnyClassroomItems } from 'classroom-api-toolkit';
 *   const client = createAnyClassroomClient({ token });
 *   for await (const device of iterateAnyClassroomItems(client, '/devices')) console.log(device.anydesk_id);
 */

// Shared machinery
export { ApiError, type ApiErrorInit } from './core/client/ApiError.ts';
export { withRetry, wantsRetry, type FetchLike, type RetryEvent, type RetryOptions } from './core/client/withRetry.ts';
export { parseRetryAfter } from './core/client/parseRetryAfter.ts';
export type { Credential } from './core/client/createHeadersMiddleware.ts';
export { createResponseValidation, type DocumentSource, type ResponseValidationOptions } from './core/client/createResponseValidation.ts';
export { ResponseValidationError, type ResponseViolationReport } from './core/client/ResponseValidationError.ts';

// AnyClassroom
export {
  ANYCLASSROOM_BASE_URL,
  createAnyClassroomClient,
  type AnyClassroomClient,
  type AnyClassroomClientOptions,
} from './anyclassroom/client/createAnyClassroomClient.ts';
export { iterateAnyClassroomPages } from './anyclassroom/client/iterateAnyClassroomPages.ts';
export { iterateAnyClassroomItems } from './anyclassroom/client/iterateAnyClassroomItems.ts';
export type {
  AnyClassroomListArgs,
  AnyClassroomListItem,
  AnyClassroomListOptions,
  AnyClassroomListPath,
  AnyClassroomPage,
} from './anyclassroom/client/listTypes.ts';
export {
  AnyClassroomAlreadyInvalidatedError,
  AnyClassroomError,
  AnyClassroomForbiddenError,
  AnyClassroomNotFoundError,
  AnyClassroomRequestRejectedError,
  AnyClassroomServerError,
  AnyClassroomUnauthenticatedError,
  AnyClassroomValidationError,
  type AnyClassroomErrorCode,
} from './anyclassroom/client/errors.ts';
export { toAnyClassroomError } from './anyclassroom/client/toAnyClassroomError.ts';
export { unwrapAnyClassroom } from './anyclassroom/client/unwrapAnyClassroom.ts';
export { isValidationErrorOf, type AnyClassroomOperationId, type ValidationFieldsOf } from './anyclassroom/client/validationFields.ts';
export { validateAnyClassroomResponses } from './anyclassroom/client/validateAnyClassroomResponses.ts';
export type {
  components as AnyClassroomComponents,
  operations as AnyClassroomOperations,
  paths as AnyClassroomPaths,
} from '../generated/anyclassroom.ts';

// Agora Flexible Classroom
export {
  AGORA_BASE_URL,
  createAgoraClassroomClient,
  type AgoraAuthMode,
  type AgoraAuthorizationAuthOptions,
  type AgoraClassroomClient,
  type AgoraClassroomClientBaseOptions,
  type AgoraClassroomClientOptions,
  type AgoraHeadersAuthOptions,
  type AgoraRegion,
} from './agora-classroom/client/createAgoraClassroomClient.ts';
export { iterateRecordings, type AgoraRecording, type IterateRecordingsOptions } from './agora-classroom/client/iterateRecordings.ts';
export { iterateClassroomEvents, type AgoraEvent, type IterateClassroomEventsOptions } from './agora-classroom/client/iterateClassroomEvents.ts';
export { iterateWidgetEvents, type IterateWidgetEventsOptions } from './agora-classroom/client/iterateWidgetEvents.ts';
export { iteratePopupQuizData } from './agora-classroom/client/iteratePopupQuizData.ts';
export { iteratePollData } from './agora-classroom/client/iteratePollData.ts';
export type { IterateQuizOrPollDataOptions } from './agora-classroom/client/iterateWidgetData.ts';
export { isAgoraEvent, type AgoraEventsByCmd } from './agora-classroom/client/isAgoraEvent.ts';
export { pollClassroomEvents, type ClassroomEventPoller, type PollClassroomEventsOptions } from './agora-classroom/client/pollClassroomEvents.ts';
export {
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
  type AgoraErrorBody,
} from './agora-classroom/client/errors.ts';
export { AGORA_CODES, toAgoraError } from './agora-classroom/client/toAgoraError.ts';
export { unwrapAgora } from './agora-classroom/client/unwrapAgora.ts';
export { validateAgoraResponses } from './agora-classroom/client/validateAgoraResponses.ts';
export type {
  components as AgoraComponents,
  operations as AgoraOperations,
  paths as AgoraPaths,
} from '../generated/agora-classroom.ts';
