import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockResponse, RequestViolation, TransportError } from '../../core/mock/types.ts';
import type { DomainError } from './domainError.ts';

/**
 * The one place where failures become Agora answers: HTTP status plus the envelope
 * `{code, msg, ts}` (AG-14), `code` being Agora's business code where it documents one and the
 * HTTP status otherwise (AG-16, AG-18, AG-20). `ts` is always the mock clock.
 *
 * @example
 *   agoraError(404, 20404100, 'Room not exists!', env);
 *   // { status: 404, body: { code: 20404100, msg: 'Room not exists!', ts: 1740992400000 } }
 */
export function agoraError(status: number, code: number, msg: string, env: Pick<DomainEnv, 'nowMs'>, headers?: Record<string, string>): MockResponse {
  return { status, body: { code, msg, ts: env.nowMs }, ...(headers ? { headers } : {}) };
}

/**
 * The answer for an expected domain failure (the messages follow Agora's `Room not exists!` style).
 *
 * @example
 *   domainErrorResponse({ kind: 'RecordingNotStarted', roomUuid: 'x' }, env).status; // 409
 */
export function domainErrorResponse(error: DomainError, env: Pick<DomainEnv, 'nowMs'>): MockResponse {
  switch (error.kind) {
    case 'RoomNotFound':
      return agoraError(404, 20404100, 'Room not exists!', env);
    case 'RoomExists':
      return agoraError(409, 409, 'Room already exists!', env);
    case 'ClassStateConflict':
      return error.code === 30409100
        ? agoraError(409, 30409100, `Class has been started! It cannot go back to state ${error.to}.`, env)
        : agoraError(409, 30409101, `Class has been ended! It cannot go from state ${error.from} back to state ${error.to}.`, env);
    case 'RecordingNotStarted':
      return agoraError(409, 30409410, 'Recording has not been started!', env);
    case 'RecordingNotEnded':
      return agoraError(409, 30409411, `Recording has not been ended! Record ${error.recordId} is still recording.`, env);
    case 'ClassEnded':
      return agoraError(410, 30410100, `Class has ended! A recording cannot start in class state ${error.state}.`, env);
    case 'BadParameter':
      return agoraError(400, 400, `Invalid parameter: ${error.message}`, env);
  }
}

/**
 * The answer for a failure the shared HTTP layer found, in the same envelope. 404 (unknown
 * route) and 405 (wrong method) lie outside every operation; the document has no schema for them,
 * so they use the envelope with the HTTP status as `code`.
 *
 * @example
 *   transportErrorResponse({ kind: 'ServiceUnavailable' }, env); // 503 { code: 503, msg: 'Service Unavailable', ts }
 */
export function transportErrorResponse(error: TransportError, env: Pick<DomainEnv, 'nowMs'>): MockResponse {
  switch (error.kind) {
    case 'Unauthorized':
      return agoraError(401, 401, 'Unauthorized: invalid App ID, or missing or wrong x-agora-token / x-agora-uid.', env);
    case 'InvalidRequest':
      return agoraError(400, 400, `Invalid parameter: ${describeViolations(error.violations)}`, env);
    case 'MalformedJson':
      return agoraError(400, 400, `Request body is not valid JSON: ${error.detail}`, env);
    case 'UnsupportedMediaType':
      return agoraError(415, 415, `Content-Type must be application/json, got "${error.contentType}".`, env);
    case 'PayloadTooLarge':
      return agoraError(413, 413, `Request body too large: the limit is ${error.limit} bytes.`, env);
    case 'RouteNotFound':
      return agoraError(404, 404, `The requested resource could not be found: ${error.method} ${error.path}`, env);
    case 'MethodNotAllowed':
      return agoraError(405, 405, `Method ${error.method} is not allowed on ${error.path}; allowed: ${error.allowed.join(', ')}.`, env, {
        Allow: error.allowed.join(', '),
      });
    case 'ServiceUnavailable':
      return agoraError(503, 503, 'Service Unavailable', env);
    case 'InternalError':
      return agoraError(500, 500, 'Internal Server Error', env);
    case 'HeadersTooLarge':
      return agoraError(431, 431, `Request headers too large: the limit is ${error.limit} bytes.`, env);
    case 'RequestTimeout':
      return agoraError(408, 408, `Request timeout: the request was not received within ${error.timeoutMs} ms.`, env);
    case 'MalformedRequest':
      return agoraError(400, 400, 'Bad request: the request is not valid HTTP.', env);
  }
}

/**
 * Every violation in one line, each naming what it is about: `path parameter "state" must be equal
 * to one of the allowed values (0, 1, 2, 3); body.roomName must NOT have fewer than 1 characters`.
 */
export function describeViolations(violations: readonly RequestViolation[]): string {
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
