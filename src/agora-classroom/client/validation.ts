/**
 * Response-validation entry point of the Agora client
 * (`@classroom-toolkit/agora-classroom-client/validation`): middleware that checks every answer
 * against the document with the mock's own validators. Kept apart from the browser entry because it
 * carries the document and compiles it with ajv; Node only while the router needs `node:assert`. Its
 * packages (ajv, ajv-formats, the router) are optional peer dependencies of the client package.
 *
 * @example
 *   import { validateAgoraResponses } from '@classroom-toolkit/agora-classroom-client/validation';
 *   agora.use(validateAgoraResponses({ onViolation: (report) => console.warn(report.violations) }));
 */
export { validateAgoraResponses } from './validateAgoraResponses.ts';
export { createResponseValidation, type DocumentSource, type ResponseValidationOptions } from '../../core/client/createResponseValidation.ts';
export { ResponseValidationError, type ResponseViolationReport } from '../../core/client/ResponseValidationError.ts';
