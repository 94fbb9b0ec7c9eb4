/**
 * Browser entry point of the AnyClassroom client (package `@classroom-toolkit/anyclassroom-client`):
 * the typed client, its list helpers, typed errors, retry and the generated types. Browser-safe: no
 * Node built-in is reachable from here (`test/packages/browserSafety.test.ts` bundles it for the
 * browser); its only runtime dependency is openapi-fetch. Response validation, which needs ajv and
 * the document, is the separate entry `./validation.ts` (`.../anyclassroom-client/validation`).
 *
 * @example
 *   import { createAnyClassroomClient, unwrapAnyClassroom } from '@classroom-toolkit/anyclassroom-client';
 *   const client = createAnyClassroomClient({ token });
 *   const page = unwrapAnyClassroom(await client.GET('/devices'));
 */
export * from '../../core/client/sharedExports.ts';
export {
  ANYCLASSROOM_BASE_URL,
  createAnyClassroomClient,
  type AnyClassroomClient,
  type AnyClassroomClientOptions,
} from './createAnyClassroomClient.ts';
export { iterateAnyClassroomPages } from './iterateAnyClassroomPages.ts';
export { iterateAnyClassroomItems } from './iterateAnyClassroomItems.ts';
export type {
  AnyClassroomListArgs,
  AnyClassroomListItem,
  AnyClassroomListOptions,
  AnyClassroomListPath,
  AnyClassroomPage,
} from './listTypes.ts';
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
} from './errors.ts';
export { toAnyClassroomError } from './toAnyClassroomError.ts';
export { unwrapAnyClassroom } from './unwrapAnyClassroom.ts';
export { isValidationErrorOf, type AnyClassroomOperationId, type ValidationFieldsOf } from './validationFields.ts';
export type {
  components as AnyClassroomComponents,
  operations as AnyClassroomOperations,
  paths as AnyClassroomPaths,
} from '../../../generated/anyclassroom.ts';
