/**
 * The mixed workload of `npm run bench`: reads and writes on both APIs at once, as a frontend team's
 * day looks to the mock (about two reads for each write).
 *
 * Each autocannon connection walks one sequence of requests over and over, and each pass creates what
 * it changes, so every request is one the real services accept with a success:
 *
 *   AnyClassroom (a device with 2FA)         Agora (a classroom of its own per pass)
 *     GET   /devices?per_page=20               POST /rooms/{room}                create
 *     GET   /devices/{id}                      PUT  /rooms/{room}/states/1       start the class
 *     POST  /devices/{id}/temporal  (write)    GET  /rooms/{room}
 *     GET   /devices/{id}/temporal             PUT  /rooms/{room}/records/states/1  start recording
 *     PATCH /temporal-access/{t}/invalidate    GET  /polling/.../rooms/sequences (App-wide poll)
 *     GET   /classrooms                        PUT  /rooms/{room}/records/states/0  stop recording
 *                                              GET  /rooms/{room}/records
 *                                              GET  /rooms/{room}/sequences
 *                                              GET  /polling/.../rooms/sequences
 *
 * The same sequences run against Prism (`prism mock`, one process per document), which answers each
 * request from the document without state: the ratio compares the work of the two on the same
 * requests. Every answer of every target is counted by status; anything but 2xx is a failure of that
 * target, so a server that fails under load cannot make a ratio pass.
 */
import autocannon from 'autocannon';

/** Where one API is served and how to reach it. */
export interface MixedTarget {
  readonly anyClassroom: { readonly origin: string; readonly base: string; readonly tokenHeader: string; readonly token: string; readonly deviceId: string };
  readonly agora: { readonly origin: string; readonly appId: string; readonly token: string };
}

export interface MixedResult {
  /** Requests per second, both APIs together. */
  readonly rps: number;
  /** The worse of the two APIs' p99 latencies (ms). */
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  /** Answers by status, both APIs (`{ '200': n, '201': n }`). */
  readonly statuses: Readonly<Record<string, number>>;
  /** The first few answers that were not 2xx: `PUT /path -> 404 {body...}`. */
  readonly failures: readonly string[];
}

/**
 * Each request of `requests`, with the first `max` answers that were not 2xx noted in `failures`. A
 * request that is built per connection (`setupRequest`) notes in the connection's context what it
 * sent; a fixed one is not given a `setupRequest` (autocannon builds a fixed request's bytes once,
 * and one with `setupRequest` again for every request: that cost the load generator, which shares
 * the machine's two cores with the server, about a third of its time).
 */
function watched(requests: Request[], failures: string[], max = 5): Request[] {
  return requests.map((request) => {
    const setup = request.setupRequest;
    const dynamic = typeof setup === 'function';
    return {
      ...request,
      ...(dynamic
        ? {
            setupRequest: (req: Request, context: Context) => {
              const sent = setup(req, context);
              context.sent = `${sent.method} ${sent.path}`;
              return sent;
            },
          }
        : {}),
      onResponse: (status: number, body: string, context: Context, headers: Parameters<Extract<Request['onResponse'], Function>>[3]) => {
        if ((status < 200 || status > 299) && failures.length < max) failures.push(`${dynamic ? String(context.sent) : `${request.method} ${request.path}`} -> ${status} ${body.slice(0, 160)}`);
        if (typeof request.onResponse === 'function') request.onResponse(status, body, context, headers);
      },
    };
  });
}

// autocannon hands each connection's context as `object`; the sequences keep their values in it.
type Context = any; // eslint-disable-line @typescript-eslint/no-explicit-any
export type Request = autocannon.Request;

/** The AnyClassroom pass: five reads, two writes (also driven without HTTP by `bench-engine-mixed.mts`). */
export function anyClassroomRequests(t: MixedTarget['anyClassroom'], untilTime: () => number): Request[] {
  const headers = { [t.tokenHeader]: t.token, accept: 'application/json', 'content-type': 'application/json' };
  const device = `${t.base}/devices/${t.deviceId}`;
  return [
    { method: 'GET', path: `${t.base}/devices?per_page=20`, headers },
    { method: 'GET', path: device, headers },
    {
      method: 'POST',
      path: `${device}/temporal`,
      headers,
      setupRequest: (req) => ({ ...req, body: JSON.stringify({ until_time: untilTime() }) }),
      onResponse: (_status, body, context: Context) => {
        try {
          context.token = (JSON.parse(body) as { data?: { token?: string } }).data?.token;
        } catch {
          context.token = undefined;
        }
      },
    },
    { method: 'GET', path: `${device}/temporal`, headers },
    {
      method: 'PATCH',
      path: `${t.base}/temporal-access/unset/invalidate`,
      headers,
      // A pass whose create failed has no token: the invalidation of an unknown token then counts as
      // the non-2xx it is.
      setupRequest: (req, context: Context) => ({ ...req, path: `${t.base}/temporal-access/${String(context.token ?? 'missing')}/invalidate` }),
    },
    { method: 'GET', path: `${t.base}/classrooms`, headers },
  ];
}

/** Classrooms created by this process's passes, so each gets a name of its own. */
let roomCount = 0;

/** The Agora pass: a classroom of its own, four writes, five reads (also driven by `bench-engine-mixed.mts`). */
export function agoraRequests(t: MixedTarget['agora'], label: string): Request[] {
  const headers = { 'x-agora-token': t.token, 'x-agora-uid': 'bench-teacher', accept: 'application/json', 'content-type': 'application/json' };
  const room = (context: Context) => `/edu/apps/${t.appId}/v2/rooms/${String(context.room)}`;
  const poll = `/edu/polling/apps/${t.appId}/v2/rooms/sequences`;
  const at = (suffix: string, method: string, body?: string): Request => ({
    method: method as Request['method'],
    path: '/',
    headers,
    setupRequest: (req, context: Context) => ({ ...req, path: `${room(context)}${suffix}`, ...(body === undefined ? {} : { body }) }),
  });
  return [
    {
      method: 'POST',
      path: '/',
      headers,
      setupRequest: (req, context: Context) => {
        context.room = `${label}-${process.pid}-${++roomCount}`;
        const body = { roomName: 'bench class', roomType: 4, roomProperties: { schedule: { startTime: Date.now(), duration: 3600 } } };
        return { ...req, path: room(context), body: JSON.stringify(body) };
      },
    },
    at('/states/1', 'PUT'),
    at('', 'GET'),
    at('/records/states/1', 'PUT', '{}'),
    { method: 'GET', path: poll, headers },
    at('/records/states/0', 'PUT'),
    at('/records', 'GET'),
    at('/sequences', 'GET'),
    { method: 'GET', path: poll, headers },
  ];
}

/**
 * Runs both APIs' sequences at once (half the connections each) for `duration` seconds, after a
 * two-second warm-up (unless `warmUp: false`), and sums what the two autocannon runs saw.
 *
 * @example
 *   const r = await runMixedWorkload(target, { connections: 50, duration: 10, label: 'mock' });
 *   r.rps; // requests/s, both APIs
 */
export async function runMixedWorkload(target: MixedTarget, options: { readonly connections: number; readonly duration: number; readonly label: string; readonly warmUp?: boolean }): Promise<MixedResult> {
  const untilTime = () => Math.floor(Date.now() / 1000) + 3600;
  const failures: string[] = [];
  const run = (duration: number) => {
    const half = Math.max(1, Math.floor(options.connections / 2));
    return Promise.all([
      autocannon({ url: target.anyClassroom.origin, connections: half, duration, requests: watched(anyClassroomRequests(target.anyClassroom, untilTime), failures) }),
      autocannon({ url: target.agora.origin, connections: options.connections - half || 1, duration, requests: watched(agoraRequests(target.agora, `${options.label}-${duration}`), failures) }),
    ]);
  };
  if (options.warmUp !== false) await run(2);
  const results = await run(options.duration);
  const statuses: Record<string, number> = {};
  for (const result of results) {
    for (const [status, count] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = (statuses[status] ?? 0) + (count as { count: number }).count;
  }
  return {
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    statuses,
    failures,
  };
}
