import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockResponse, RequestViolation, TransportError } from '../../core/mock/types.ts';
import type { DomainError, FieldErrors } from './domainError.ts';
import { laravelMessages, summaryMessage } from './laravelMessages.ts';

/**
 * The one place that turns AnyClassroom failures into the API's answers, Laravel's JSON error
 * format: `{message}` for everything but validation, `{message, errors}` for validation (422), and
 * the invalidation's own `{"error": ...}` (seed, Note 2). Texts follow the document's examples.
 * `env` is part of every API's renderer; Laravel's error bodies carry no time or id, so it is unused.
 *
 * @example
 *   renderDomainError({ kind: 'DeviceNotFound' }, env); // { status: 404, body: { message: 'Device not found.' } }
 */
export function renderDomainError(error: DomainError, _env?: DomainEnv): MockResponse {
  switch (error.kind) {
    case 'DeviceNotFound':
      return message(404, 'Device not found.');
    case 'ClassroomNotFound':
      return message(404, 'Classroom not found.');
    case 'TemporalAccessNotFound':
      return message(404, 'Temporal access not found.');
    case 'Forbidden':
      return message(403, 'This action is unauthorized.');
    case 'ValidationFailed':
      return { status: 422, body: { message: summaryMessage(error.errors), errors: error.errors } };
    case 'AlreadyInvalidatedOrExpired':
      return { status: 422, body: { error: 'Temporal access already invalidated or expired' } };
  }
}

/**
 * Renders a failure the shared HTTP layer found, as the Laravel application would answer it:
 * - a path parameter the document rejects (`classroomId` not an integer, `token` not a UUID) is a
 *   404 of that resource, as route-model binding finds no row (DECISIONS AC-13);
 * - query, body and header violations are a Laravel 422 with field errors;
 * - a body that is not valid JSON is read as empty input, as Laravel does: 422 "The until time field
 *   is required." (never 400);
 * - 404/405 outside any operation use Laravel's router messages (`The route api/v1/x could not be
 *   found.`, `The PUT method is not supported for route api/v1/devices. Supported methods: GET, HEAD.`).
 *
 * @example
 *   renderTransportError({ kind: 'Unauthorized' }, env); // { status: 401, body: { message: 'Unauthenticated.' } }
 */
export function renderTransportError(error: TransportError, _env?: DomainEnv): MockResponse {
  switch (error.kind) {
    case 'Unauthorized':
      return message(401, 'Unauthenticated.');
    case 'InvalidRequest':
      return renderViolations(error.violations);
    case 'MalformedJson':
      // Laravel decodes an unparsable JSON body to nothing: it reaches validation as empty input
      // (AC-7, AC-41). The one operation with a body requires `until_time` and nothing else.
      return renderDomainError({ kind: 'ValidationFailed', errors: { until_time: [laravelMessages.required('until_time')] } });
    case 'UnsupportedMediaType':
      return message(415, 'Unsupported Media Type');
    case 'PayloadTooLarge':
      return message(413, 'The POST data is too large.');
    case 'RouteNotFound':
      return message(404, `The route ${laravelPath(error.path)} could not be found.`);
    case 'MethodNotAllowed': {
      const allowed = laravelMethods(error.allowed);
      return {
        ...message(405, `The ${error.method} method is not supported for route ${laravelPath(error.path)}. Supported methods: ${allowed.join(', ')}.`),
        headers: { Allow: allowed.join(', ') },
      };
    }
    case 'ServiceUnavailable':
      return message(503, 'Service Unavailable');
    case 'InternalError':
      return message(500, 'Server Error');
    case 'HeadersTooLarge':
      return message(431, 'Request Header Fields Too Large');
    case 'RequestTimeout':
      return message(408, 'Request Timeout');
    case 'MalformedRequest':
      return message(400, 'Bad Request');
  }
}

/** Path parameter -> the resource route-model binding would not find. */
const PATH_NOT_FOUND: Readonly<Record<string, DomainError>> = {
  anydeskId: { kind: 'DeviceNotFound' },
  classroomId: { kind: 'ClassroomNotFound' },
  token: { kind: 'TemporalAccessNotFound' },
};

/** Laravel reports fields in rule order. */
const FIELD_ORDER = ['per_page', 'page', 'from_time', 'until_time'];

function renderViolations(violations: readonly RequestViolation[]): MockResponse {
  // Route-model binding runs before validation, so a bad path parameter wins.
  const path = violations.find((v) => v.in === 'path');
  if (path) return renderDomainError(PATH_NOT_FOUND[path.name] ?? { kind: 'DeviceNotFound' });

  const errors: Record<string, string[]> = {};
  for (const v of violations) {
    const [field, text] = fieldMessage(v);
    const messages = (errors[field] ??= []);
    // One message per field: ajv may report a value twice (type, then a bound), Laravel once.
    if (messages.length === 0) messages.push(text);
  }
  const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  const sorted: FieldErrors = Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
  return renderDomainError({ kind: 'ValidationFailed', errors: sorted });
}

/** A document violation as Laravel's field and message. */
function fieldMessage(v: RequestViolation): [string, string] {
  if (v.in === 'header') return [v.name, `The ${v.name} header cannot be honoured: ${v.message}`];
  // A body that is not a JSON object reaches Laravel as input without `until_time`.
  if (v.in === 'body' && v.name === '') return ['until_time', laravelMessages.required('until_time')];
  const field = v.name;
  switch (v.keyword) {
    case 'required':
      return [field, laravelMessages.required(field)];
    case 'minimum':
      return [field, laravelMessages.min(field, Number(v.params.limit))];
    case 'maximum':
      return [field, laravelMessages.max(field, Number(v.params.limit))];
    case 'type':
    case 'pattern':
      return [field, laravelMessages.integer(field)];
    default:
      return [field, laravelMessages.invalid(field)];
  }
}

/** Laravel's `$request->path()`: no leading or trailing slash, no query, `/` for the root. */
function laravelPath(raw: string): string {
  const path = raw.split('?')[0]!.replace(/^\/+|\/+$/g, '');
  return path === '' ? '/' : path;
}

/** Laravel registers HEAD with every GET route and lists it right after GET. */
function laravelMethods(allowed: readonly string[]): string[] {
  const out: string[] = [];
  for (const m of allowed.map((a) => a.toUpperCase())) {
    if (m === 'HEAD' || out.includes(m)) continue;
    out.push(m);
    if (m === 'GET') out.push('HEAD');
  }
  return out;
}

const message = (status: number, text: string): MockResponse => ({ status, body: { message: text } });
