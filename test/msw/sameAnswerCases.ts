/**
 * ONE table of requests and what to compare in their answers, run against the HTTP server
 * (`createMockServer` on a real port, as `npm start` runs it), the MSW handlers under `setupServer`
 * (Node) and under `setupWorker` in Chromium (`test/browser/msw.test.ts`): every runtime must give
 * the same answers. Plain data (no Node import): the browser page imports it too.
 *
 * Each case runs on a fresh state (reset), the clock frozen at `FROZEN_AT`. Paths are relative to
 * the API's base URL (`/devices` is `<base>/api/v1/devices`); `control: true` cases go to
 * `<origin>/__mock/...`.
 */
export interface SameAnswerCase {
  readonly name: string;
  readonly api: 'anyclassroom' | 'agora-classroom';
  readonly method: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as is (a string) or as JSON (anything else, with `Content-Type: application/json`). */
  readonly body?: unknown;
  readonly control?: boolean;
  /** The status every runtime must answer (so that the table cannot pass on answers equally wrong). */
  readonly status: number;
  /** Requests sent first, in order, on the same state (their answers are not compared). */
  readonly before?: readonly Omit<SameAnswerCase, 'name' | 'api' | 'before' | 'status'>[];
}

/** Where every case stands: 2026-06-01T12:00:00Z (unix seconds). */
export const FROZEN_AT = Date.UTC(2026, 5, 1, 12, 0, 0) / 1000;

export const ANY_TOKEN = 'ac-dev-token';
export const AGORA_TOKEN = 'agora-dev-token';
export const AGORA_APP_ID = 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48';

const ac = { 'X-Token-AC': ANY_TOKEN };
const ag = { 'x-agora-token': AGORA_TOKEN, 'x-agora-uid': 'teacher-1' };
const app = `/edu/apps/${AGORA_APP_ID}/v2`;
const link = { from_time: FROZEN_AT + 60, until_time: FROZEN_AT + 3600 };

export const SAME_ANSWER_CASES: readonly SameAnswerCase[] = [
  // AnyClassroom: reads, paging, addressing
  { name: 'lists the devices of the account, second page of 20', status: 200, api: 'anyclassroom', method: 'GET', path: '/devices?per_page=20&page=2', headers: ac },
  { name: 'gets a device by its AnyDesk ID', status: 200, api: 'anyclassroom', method: 'GET', path: '/devices/7788097973', headers: ac },
  { name: 'gets a device by its alias, percent-encoded', status: 200, api: 'anyclassroom', method: 'GET', path: '/devices/lab1-pc-01%40ad', headers: ac },
  { name: 'lists the classrooms', status: 200, api: 'anyclassroom', method: 'GET', path: '/classrooms', headers: ac },
  { name: 'lists the links of a device', status: 200, api: 'anyclassroom', method: 'GET', path: '/devices/7788097973/temporal', headers: ac },
  { name: 'answers HEAD like GET without a body', status: 200, api: 'anyclassroom', method: 'HEAD', path: '/devices', headers: ac },
  // AnyClassroom: refusals, each in Laravel's format
  { name: '401 without the token', status: 401, api: 'anyclassroom', method: 'GET', path: '/devices' },
  { name: '401 with a wrong token', status: 401, api: 'anyclassroom', method: 'GET', path: '/devices', headers: { 'X-Token-AC': 'nope' } },
  { name: '404 for an unknown device', status: 404, api: 'anyclassroom', method: 'GET', path: '/devices/1111111111', headers: ac },
  { name: '404 for an unknown route', status: 404, api: 'anyclassroom', method: 'GET', path: '/nothing-here', headers: ac },
  { name: '405 with Allow for a wrong method', status: 405, api: 'anyclassroom', method: 'DELETE', path: '/devices', headers: ac },
  { name: '422 for per_page 0', status: 422, api: 'anyclassroom', method: 'GET', path: '/devices?per_page=0', headers: ac },
  { name: '422 for a link that ends before it starts', status: 422, api: 'anyclassroom', method: 'POST', path: '/devices/7788097973/temporal', headers: ac, body: { from_time: FROZEN_AT + 600, until_time: FROZEN_AT + 60 } },
  { name: '422 for malformed JSON (read as empty input, AC-7)', status: 422, api: 'anyclassroom', method: 'POST', path: '/devices/7788097973/temporal', headers: { ...ac, 'Content-Type': 'application/json' }, body: '{"until_time": ' },
  { name: '415 for a body that is not JSON', status: 415, api: 'anyclassroom', method: 'POST', path: '/devices/7788097973/temporal', headers: { ...ac, 'Content-Type': 'text/plain' }, body: 'until_time=1' },
  // AnyClassroom: state and warnings
  { name: 'creates a temporal access link (201) on the frozen clock', status: 201, api: 'anyclassroom', method: 'POST', path: '/devices/7788097973/temporal', headers: ac, body: link },
  {
    name: 'a created link is listed first afterwards',
    status: 200,
    api: 'anyclassroom',
    method: 'GET',
    path: '/devices/7788097973/temporal?per_page=2',
    headers: ac,
    before: [{ method: 'POST', path: '/devices/7788097973/temporal', headers: ac, body: link }],
  },
  { name: 'names unknown query parameters and body members in x-mock-warnings', status: 201, api: 'anyclassroom', method: 'POST', path: '/devices/7788097973/temporal?verbose=1', headers: ac, body: { ...link, untill: 1 } },
  // AnyClassroom: Prefer
  { name: 'Prefer: code=404 answers the documented example', status: 404, api: 'anyclassroom', method: 'GET', path: '/devices/7788097973', headers: { ...ac, Prefer: 'code=404' } },
  { name: 'Prefer: example=withoutClassroom answers that example', status: 200, api: 'anyclassroom', method: 'GET', path: '/devices/7788097973', headers: { ...ac, Prefer: 'example=withoutClassroom' } },
  { name: 'Prefer: code=418 (undeclared) is ignored, with the reason', status: 200, api: 'anyclassroom', method: 'GET', path: '/devices/7788097973', headers: { ...ac, Prefer: 'code=418' } },
  // the control API
  { name: 'control: reads the clock', status: 200, api: 'anyclassroom', method: 'GET', path: '/__mock/clock', control: true },
  { name: 'control: advances the clock', status: 200, api: 'anyclassroom', method: 'POST', path: '/__mock/clock', control: true, body: { advance: 90 } },
  { name: 'control: 400 for a clock command with both fields', status: 400, api: 'anyclassroom', method: 'POST', path: '/__mock/clock', control: true, body: { now: 1, advance: 2 } },
  { name: 'control: 404 for an unknown control endpoint', status: 404, api: 'anyclassroom', method: 'GET', path: '/__mock/nothing', control: true },
  { name: 'control: Agora-only endpoints are 404 on AnyClassroom', status: 404, api: 'anyclassroom', method: 'PUT', path: '/__mock/rooms/physics-101/mute', control: true, body: { muteChat: 1 } },
  // Agora
  { name: 'gets the live classroom', status: 200, api: 'agora-classroom', method: 'GET', path: `${app}/rooms/math%20class%207B`, headers: ag },
  { name: 'gets a classroom under a region prefix', status: 200, api: 'agora-classroom', method: 'GET', path: `/eu${app}/rooms/math%20class%207B`, headers: ag },
  { name: 'accepts Authorization: agora token=', status: 200, api: 'agora-classroom', method: 'GET', path: `${app}/rooms/math%20class%207B`, headers: { Authorization: `agora token=${AGORA_TOKEN}` } },
  { name: 'lists records in nextId batches', status: 200, api: 'agora-classroom', method: 'GET', path: `${app}/rooms/study-marathon-2025/records`, headers: ag },
  { name: '401 for another App ID', status: 401, api: 'agora-classroom', method: 'GET', path: `/edu/apps/ffffffffffffffffffffffffffffffff/v2/rooms/physics-101`, headers: ag },
  { name: '404 with code 20404100 for an unknown classroom', status: 404, api: 'agora-classroom', method: 'GET', path: `${app}/rooms/no-such-room`, headers: ag },
  { name: 'creates a classroom', status: 200, api: 'agora-classroom', method: 'POST', path: `${app}/rooms/new-room-1`, headers: ag, body: { roomName: 'New room', roomType: 4 } },
  { name: '409 when the classroom exists', status: 409, api: 'agora-classroom', method: 'POST', path: `${app}/rooms/math%20class%207B`, headers: ag, body: { roomName: 'Again', roomType: 4 } },
  { name: '400 for a body that breaks the schema', status: 400, api: 'agora-classroom', method: 'POST', path: `${app}/rooms/new-room-2`, headers: ag, body: { roomName: 7 } },
  {
    name: 'polls the App event queue after a user joined (control API), once',
    status: 200,
    api: 'agora-classroom',
    method: 'GET',
    path: `/edu/polling/apps/${AGORA_APP_ID}/v2/rooms/sequences`,
    headers: ag,
    before: [
      { method: 'GET', path: `/edu/polling/apps/${AGORA_APP_ID}/v2/rooms/sequences`, headers: ag },
      { method: 'POST', path: '/__mock/rooms/math%20class%207B/users', control: true, body: { userUuid: 'student-9', userName: 'Nine', role: 2 } },
    ],
  },
  { name: 'control: a user joins the live class', status: 200, api: 'agora-classroom', method: 'POST', path: '/__mock/rooms/math%20class%207B/users', control: true, body: { userUuid: 'student-9', userName: 'Nine', role: 2 } },
  { name: 'control: 404 with the vendor code for an unknown room', status: 404, api: 'agora-classroom', method: 'POST', path: '/__mock/rooms/no-such-room/users', control: true, body: { userUuid: 'u', userName: 'U', role: 2 } },
  { name: 'Prefer: code=404 on Agora answers the documented example', status: 404, api: 'agora-classroom', method: 'GET', path: `${app}/rooms/physics-101`, headers: { ...ag, Prefer: 'code=404' } },
];

/** The answer as compared: status, the headers that carry meaning, and the body with run-specific values replaced. */
export interface ComparableAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Headers compared across runtimes (the transport's own, such as Date or CORS, are not). */
export const COMPARED_HEADERS = ['content-type', 'allow', 'retry-after', 'x-mock-warnings', 'x-mock-prefer-ignored', 'x-mock-response-violations'];

/**
 * Makes two runtimes' answers comparable: the base URL the API was reached at becomes `<base>`
 * (Laravel's pagination links echo it), random link tokens become `<uuid>`, URL signatures `<sig>`, Agora's random stream ids `<stream>`.
 */
export function comparable(status: number, headers: Readonly<Record<string, string>>, text: string, baseUrl: string): ComparableAnswer {
  const kept: Record<string, string> = {};
  for (const name of COMPARED_HEADERS) if (headers[name] !== undefined) kept[name] = headers[name]!;
  const normalised = text
    .split(baseUrl.replace(/\//g, '\\/'))
    .join('<base>')
    .split(baseUrl)
    .join('<base>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/signature=[0-9a-f]{64}/g, 'signature=<sig>')
    .replace(/"streamUuid":"\d+"/g, '"streamUuid":"<stream>"');
  let body: unknown = normalised;
  try {
    body = normalised === '' ? '' : JSON.parse(normalised);
  } catch {
    // not JSON: compared as text
  }
  return { status, headers: kept, body };
}

/** The `fetch` arguments of a case step: URL from the API's base URL (or the origin for control calls). */
export function requestOf(step: Omit<SameAnswerCase, 'name' | 'api' | 'before' | 'status'>, baseUrl: string): { url: string; init: RequestInit } {
  const origin = new URL(baseUrl).origin;
  const url = step.control ? `${origin}${step.path}` : `${baseUrl}${step.path}`;
  const headers: Record<string, string> = { ...step.headers };
  let body: string | undefined;
  if (step.body !== undefined) {
    body = typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
    if (typeof step.body !== 'string' && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) headers['Content-Type'] = 'application/json';
  }
  return { url, init: { method: step.method, headers, body } };
}

/**
 * Runs one case with the runtime's `fetch` against an API base URL, after `reset` (a fresh state,
 * the clock frozen at `FROZEN_AT`) and the case's `before` steps; the same code runs in Node and in
 * the browser page.
 */
export async function fetchCase(testCase: SameAnswerCase, baseUrl: string, reset: () => Promise<void>): Promise<ComparableAnswer> {
  await reset();
  for (const step of testCase.before ?? []) {
    const { url, init } = requestOf(step, baseUrl);
    await (await fetch(url, init)).arrayBuffer();
  }
  const { url, init } = requestOf(testCase, baseUrl);
  const response = await fetch(url, init);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return comparable(response.status, headers, await response.text(), baseUrl);
}
