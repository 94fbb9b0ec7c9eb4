import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockResponse, RequestViolation, TransportError } from '../../core/mock/types.ts';
import { AGORA_FACTS } from '../facts.ts';
import type { DomainError } from './domainError.ts';

const CODES = AGORA_FACTS.codes;

/**
 * The answer for an expected domain failure: HTTP status plus the envelope `{code, msg, ts}`
 * (AG-14), `code` being Agora's business code where it documents one and the HTTP status otherwise
 * (AG-16, AG-18, AG-20), `ts` the mock clock. The messages follow Agora's `Room not exists!` style.
 *
 * @example
 *   renderDomainError({ kind: 'RecordingNotStarted', roomUuid: 'x' }, env);
 *   // { status: 409, body: { code: 30409410, msg: 'Recording has not been started!', ts: 1740992400000 } }
 */
export function renderDomainError(error: DomainError, env: Pick<DomainEnv, 'nowMs'>): MockResponse {
  switch (error.kind) {
    case 'RoomNotFound':
      return envelope(404, CODES.roomNotFound, 'Room not exists!', env);
    case 'UserNotFound':
      return envelope(404, CODES.userNotFound, 'User not exists!', env);
    case 'RoomExists':
      return error.roomTypeConflict
        ? envelope(409, CODES.roomTypeConflict, `roomType conflict! Room ${error.roomUuid} exists with another roomType.`, env)
        : envelope(409, CODES.roomAlreadyExists, 'Room already exists!', env);
    case 'ClassStateConflict':
      return error.code === CODES.classAlreadyStarted
        ? envelope(409, error.code, `Class has been started! It cannot go back to state ${error.to}.`, env)
        : envelope(409, error.code, `Class has been ended! It cannot go from state ${error.from} back to state ${error.to}.`, env);
    case 'RecordingNotStarted':
      return envelope(409, CODES.recordingNotStarted, 'Recording has not been started!', env);
    case 'RecordingNotEnded':
      return envelope(409, CODES.recordingNotEnded, `Recording has not been ended! Record ${error.recordId} is still recording.`, env);
    case 'ClassEnded':
      return envelope(410, CODES.recordingAfterClassEnded, `Class has ended! A recording cannot start in class state ${error.state}.`, env);
    case 'BadParameter':
      return envelope(400, CODES.badRequest, `Invalid parameter: ${error.message}`, env);
    case 'ChatMuted':
      return envelope(403, CODES.chatMuted, CHAT_MUTED, env);
    case 'WebRecordingRootUrlEmpty':
      return envelope(400, CODES.webRecordingRootUrlEmpty, 'rootUrl must not be empty! A web page recording (mode "web") needs webRecordConfig.rootUrl.', env);
    // Failures of the control API's classroom activity; no API operation produces them.
    case 'RoomClosed':
    case 'UserBanned':
    case 'RoleFull':
    case 'UserNotOnline':
    case 'StageFull':
      return envelope(409, 409, controlMessage(error), env);
  }
}

/** Agora's message for 30403200 (its error table: the classroom is muted globally). */
const CHAT_MUTED = 'The classroom is muted globally. You cannot send chat messages.';

/**
 * The control API's answer for an expected domain failure (MK-5): `{error, code?}` with the
 * business code Agora gives in the same situation, when there is one (20404100, 20404200, 30403200).
 *
 * @example
 *   renderControlError({ kind: 'UserNotOnline', roomUuid: 'math class 7B', userUuid: 'student_7' });
 *   // { status: 409, body: { error: 'User student_7 is not online in "math class 7B".' } }
 */
export function renderControlError(error: DomainError): MockResponse {
  switch (error.kind) {
    case 'RoomNotFound':
      return { status: 404, body: { error: controlMessage(error), code: CODES.roomNotFound } };
    case 'UserNotFound':
      return { status: 404, body: { error: controlMessage(error), code: CODES.userNotFound } };
    case 'ChatMuted':
      return { status: 403, body: { error: CHAT_MUTED, code: CODES.chatMuted } };
    case 'BadParameter':
      return { status: 400, body: { error: error.message } };
    default:
      return { status: 409, body: { error: controlMessage(error) } };
  }
}

/** A failure in words, naming the classroom and the user as the control API's examples do. */
function controlMessage(error: DomainError): string {
  switch (error.kind) {
    case 'RoomNotFound':
      return `No classroom ${JSON.stringify(error.roomUuid)}.`;
    case 'UserNotFound':
      return `No user ${error.userUuid} in ${JSON.stringify(error.roomUuid)}.`;
    case 'RoomClosed':
      return `Classroom ${JSON.stringify(error.roomUuid)} is closed (state 3): nobody can join.`;
    case 'UserBanned':
      return error.until === null
        ? `User ${error.userUuid} was kicked out of ${JSON.stringify(error.roomUuid)} for good and may not join again.`
        : `User ${error.userUuid} was kicked out of ${JSON.stringify(error.roomUuid)} and may not join again before ${new Date(error.until).toISOString()} (${error.until}).`;
    case 'RoleFull':
      return `Classroom ${JSON.stringify(error.roomUuid)} is full for role ${error.role}: roleConfig."${error.role}".limit is ${error.limit}.`;
    case 'UserNotOnline':
      return `User ${error.userUuid} is not online in ${JSON.stringify(error.roomUuid)}.`;
    case 'StageFull':
      return `The stage of ${JSON.stringify(error.roomUuid)} is full: processes.handsUp.maxAccept is ${error.maxAccept}.`;
    case 'ChatMuted':
      return CHAT_MUTED;
    case 'BadParameter':
      return error.message;
    default:
      return `Conflict: ${error.kind}.`;
  }
}

/**
 * The answer for a failure the shared HTTP layer found, in the same envelope. 404 (unknown route),
 * 405 (wrong method), 408, 431 and a request that is not HTTP lie outside every operation; the
 * document has no schema for them, so they use the envelope with the HTTP status as `code`.
 *
 * @example
 *   renderTransportError({ kind: 'ServiceUnavailable' }, env); // 503 { code: 503, msg: 'Service Unavailable', ts }
 */
export function renderTransportError(error: TransportError, env: Pick<DomainEnv, 'nowMs'>): MockResponse {
  const { headers } = AGORA_FACTS;
  switch (error.kind) {
    case 'Unauthorized':
      return envelope(401, CODES.unauthorized, `Unauthorized: an App ID this server does not serve, or missing or wrong credentials (Authorization: agora token=..., or ${headers.token} with ${headers.uid}).`, env);
    case 'InvalidRequest':
      return envelope(400, CODES.badRequest, `Invalid parameter: ${describeViolations(error.violations)}`, env);
    case 'MalformedJson':
      return envelope(400, CODES.badRequest, `Request body is not valid JSON: ${error.detail}`, env);
    case 'UnsupportedMediaType':
      return envelope(415, CODES.unsupportedMediaType, `Content-Type must be application/json, got "${error.contentType}".`, env);
    case 'PayloadTooLarge':
      return envelope(413, CODES.payloadTooLarge, `Request body too large: the limit is ${error.limit} bytes.`, env);
    case 'RouteNotFound':
      return envelope(404, 404, `The requested resource could not be found: ${error.method} ${error.path}`, env);
    case 'MethodNotAllowed':
      return envelope(405, 405, `Method ${error.method} is not allowed on ${error.path}; allowed: ${error.allowed.join(', ')}.`, env, {
        Allow: error.allowed.join(', '),
      });
    case 'ServiceUnavailable':
      return envelope(503, CODES.serviceUnavailable, 'Service Unavailable', env);
    case 'InternalError':
      return envelope(500, CODES.internalError, 'Internal Server Error', env);
    case 'HeadersTooLarge':
      return envelope(431, 431, `Request headers too large: the limit is ${error.limit} bytes.`, env);
    case 'RequestTimeout':
      return envelope(408, 408, `Request timeout: the request was not received within ${error.timeoutMs} ms.`, env);
    case 'MalformedRequest':
      return envelope(400, CODES.badRequest, 'Bad request: the request is not valid HTTP.', env);
  }
}

/** Agora's error envelope with the mock clock as `ts` (always sent, though optional in the schemas, AG-14). */
function envelope(status: number, code: number, msg: string, env: Pick<DomainEnv, 'nowMs'>, headers?: Record<string, string>): MockResponse {
  return { status, body: { code, msg, ts: env.nowMs }, ...(headers ? { headers } : {}) };
}

/**
 * Every violation in one line, each naming what it is about: `path parameter "state" must be equal
 * to one of the allowed values (0, 1, 2, 3); body.roomName must NOT have fewer than 1 characters`.
 */
function describeViolations(violations: readonly RequestViolation[]): string {
  const lines = violations.map((v) => {
    const subject =
      v.in === 'body'
        ? `body${v.path === '$' ? '' : v.path.slice(1)}`
        : v.in === 'header'
          ? `${v.name} header`
          : `${v.in} parameter "${v.name}"${v.path.startsWith('$.') && v.path !== `$.${v.name}` ? ` (${v.path.slice(2)})` : ''}`;
    return `${subject} ${v.message}${detail(v)}`;
  });
  return [...new Set(lines)].join('; ');
}

function detail(v: RequestViolation): string {
  const p = v.params;
  if (Array.isArray(p.allowedValues)) return ` (${p.allowedValues.map((x) => JSON.stringify(x)).join(', ')})`;
  if (typeof p.additionalProperty === 'string') return ` ("${p.additionalProperty}")`;
  return '';
}
