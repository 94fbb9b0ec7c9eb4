/**
 * Browser entry point of the Agora Flexible Classroom client (package
 * `@classroom-toolkit/agora-classroom-client`): the typed client, `nextId` and polling helpers, typed
 * errors, retry and the generated types. Browser-safe: no Node built-in is reachable from here
 * (`test/packages/browserSafety.test.ts` bundles it for the browser); its only runtime dependency is
 * openapi-fetch. Response validation is the separate entry `./validation.ts`
 * (`.../agora-classroom-client/validation`).
 *
 * @example
 *   import { createAgoraClassroomClient, unwrapAgora } from '@classroom-toolkit/agora-classroom-client';
 *   const agora = createAgoraClassroomClient({ appId, token, uid: 'teacher-1' });
 *   const room = unwrapAgora(await agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: agora.appId, roomUuid } } }));
 */
export * from '../../core/client/sharedExports.ts';
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
} from './createAgoraClassroomClient.ts';
export { iterateRecordings, type AgoraRecording, type IterateRecordingsOptions } from './iterateRecordings.ts';
export { iterateClassroomEvents, type AgoraEvent, type IterateClassroomEventsOptions } from './iterateClassroomEvents.ts';
export { iterateWidgetEvents, type IterateWidgetEventsOptions } from './iterateWidgetEvents.ts';
export { iteratePopupQuizData } from './iteratePopupQuizData.ts';
export { iteratePollData } from './iteratePollData.ts';
export type { IterateQuizOrPollDataOptions } from './iterateWidgetData.ts';
export { isAgoraEvent, type AgoraEventsByCmd } from './isAgoraEvent.ts';
export { pollClassroomEvents, type ClassroomEventPoller, type PollClassroomEventsOptions } from './pollClassroomEvents.ts';
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
} from './errors.ts';
export { AGORA_CODES, toAgoraError } from './toAgoraError.ts';
export { unwrapAgora } from './unwrapAgora.ts';
export type {
  components as AgoraComponents,
  operations as AgoraOperations,
  paths as AgoraPaths,
} from '../../../generated/agora-classroom.ts';
