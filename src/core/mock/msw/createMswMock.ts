import { http, HttpResponse, type HttpHandler } from 'msw';
import { MockClock, type ClockReading } from '../../clock.ts';
import { compileOperations, type CompiledOperations } from '../../http/compileOperations.ts';
import { SeedError } from '../../seed/SeedError.ts';
import { MOCK_CONTROL_DOCUMENT } from '../controlDocument.ts';
import { createExampleResponder } from '../createExampleResponder.ts';
import { createMockHandler, type MockHandler } from '../createMockHandler.ts';
import type { ResponseViolationReport } from '../pipeline/checkResponse.ts';
import type { BodyResult, PlainRequest } from '../pipeline/PlainRequest.ts';
import { serializeResponse } from '../pipeline/serializeResponse.ts';
import type { ApiMock, MockState } from '../types.ts';

/** What every API's handlers take, besides the API's own credentials. */
export interface MswMockOptions {
  /**
   * Where the app calls the API, as its client's `baseUrl`: requests under it are answered, and
   * `/__mock/...` on its origin is the control API. Default: the real host (the document's first
   * server), so that production fetch code is intercepted unchanged.
   */
  readonly baseUrl?: string | undefined;
  /** This API's seed data set (the format of `mocks/<api>.seed.json`); default: that file. */
  readonly seed?: unknown;
  /** Adds this many milliseconds to every API answer (the `--latency` fault). */
  readonly latencyMs?: number | undefined;
  /** Answers this share (0..1) of API requests with 503 in the API's format (the `--error-rate` fault). */
  readonly errorRate?: number | undefined;
  /** Called for every answer that breaks the document (tests can fail on it); they are logged anyway. */
  readonly onViolation?: ((report: ResponseViolationReport) => void) | undefined;
  /** Structured log lines (violations, mock bugs); default `console.warn`. */
  readonly log?: ((entry: Record<string, unknown>) => void) | undefined;
}

/** The clock of a mock, driven as `POST /__mock/clock` drives it (what became due is applied). */
export interface MswMockClock {
  /** `{ now: <unix seconds>, frozen }`. */
  read(): ClockReading;
  /** Stops the clock where it is. */
  freeze(): Promise<ClockReading>;
  /** Sets the clock (a `Date`, or unix seconds) and freezes it there. */
  set(at: Date | number): Promise<ClockReading>;
  /** Moves the clock forward by `seconds` (freezing it first when it runs). */
  advance(seconds: number): Promise<ClockReading>;
}

/** One API's stateful mock as MSW request handlers, with its controls. */
export interface MswMock<S extends MockState = MockState> {
  /** For `setupWorker(...mock.handlers)` (browser) or `setupServer(...mock.handlers)` (Node). */
  readonly handlers: HttpHandler[];
  /** Where the handlers answer (`https://app.anyclassroom.com/api/v1`). */
  readonly baseUrl: string;
  /** Back to the seed data of the current data set and to real time (`POST /__mock/reset`). */
  reset(): Promise<void>;
  readonly clock: MswMockClock;
  /**
   * Switches to another data set (a scenario): the state starts again from it, and `reset()` returns
   * to it; `undefined` goes back to the default seed. A data set that breaks the seed format throws
   * a `SeedError` naming every problem, and the running state is kept.
   */
  useSeed(seed: unknown): void;
  /**
   * Switches to a scenario in the `--seed` file format (`{ "<api name>": {...}, ... }`): this API's
   * part, or its default seed when the scenario has none. Same rules as `useSeed`.
   */
  useScenario(scenario: Readonly<Record<string, unknown>>): void;
  /** The current state (read-only use). */
  state(): S;
}

/** How an API is mounted under the handlers. */
export interface MswMockSetup<S extends MockState> extends MswMockOptions {
  readonly api: ApiMock<S>;
  /** The data set used when `seed` is not given (and by `useSeed(undefined)`). */
  readonly defaultSeed: unknown;
  /** The path the API hangs under on its own host (`/api/v1`; `''` for Agora). */
  readonly basePath: string;
}

/** Compiled once per page or process: every mock serves the same control API. */
let controlRoutes: CompiledOperations | undefined;

/** Responses that may carry no body (the Fetch standard's null body statuses). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The MSW adapter of the mock engine (`createMockHandler`), the browser's counterpart of
 * `createMockServer`: the same engine, pipeline, validation, state, clock and control API, behind
 * MSW request handlers instead of node:http. A request under `baseUrl` becomes a `PlainRequest`
 * whose path is the API's own (`baseUrl`'s path replaced by `basePath`), so an app pointed at any
 * base URL reaches the same operations; `/__mock/...` on `baseUrl`'s origin is the control API.
 * `Prefer: code=/example=` is answered from the document's examples (`createExampleResponder`:
 * Prism does not run in a browser; DECISIONS MK-9). Requests elsewhere are left to other handlers.
 *
 * @example
 *   const mock = createMswMock({ api: createAnyClassroomMock({ token }), defaultSeed, basePath: '/api/v1', baseUrl: 'https://app.anyclassroom.com/api/v1' });
 *   setupWorker(...mock.handlers).start();
 */
export function createMswMock<S extends MockState>(setup: MswMockSetup<S>): MswMock<S> {
  const { api } = setup;
  const baseUrl = new URL((setup.baseUrl ?? api.document.servers?.[0]?.url ?? '').replace(/\/+$/, ''));
  if (baseUrl.search || baseUrl.hash) throw new Error(`createMswMock: baseUrl ${setup.baseUrl} must not have a query or a fragment`);
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  const clock = new MockClock();
  const log = setup.log ?? ((entry: Record<string, unknown>) => console.warn('[mock]', api.name, entry));
  controlRoutes ??= compileOperations(MOCK_CONTROL_DOCUMENT, 'mock-control');
  const spec = createExampleResponder(api.document);
  const engine: MockHandler<S> = createMockHandler<S>({
    api,
    seed: setup.seed ?? setup.defaultSeed,
    clock,
    latencyMs: setup.latencyMs,
    errorRate: setup.errorRate,
    onViolation: setup.onViolation,
    log,
    control: controlRoutes,
    spec,
  });

  /** The engine's request target for a URL of ours, or `null` for a URL the handlers leave alone. */
  const targetOf = (url: URL): string | null => {
    if (url.origin !== baseUrl.origin) return null;
    if (url.pathname === '/__mock' || url.pathname.startsWith('/__mock/')) return `${url.origin}${url.pathname}${url.search}`;
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return null;
    return `${url.origin}${setup.basePath}${url.pathname.slice(prefix.length)}${url.search}`;
  };

  const handler = http.all(
    ({ request }) => targetOf(new URL(request.url)) !== null,
    async ({ request }) => {
      const target = targetOf(new URL(request.url));
      if (target === null) return undefined;
      const reply = await engine.handle(toPlainRequest(request, target));
      if (reply.kind === 'clientGone') return HttpResponse.error();
      const { status, headers, payload } = reply.serialized ?? serializeResponse(reply.response);
      const init = { status, headers: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, String(value)])) };
      return new HttpResponse(NULL_BODY_STATUSES.has(status) || request.method === 'HEAD' ? null : payload, init);
    },
  );

  /** Runs a control operation through the engine, as `POST /__mock/...` would; a refusal throws with the control API's message. */
  const control = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const text = body === undefined ? '' : JSON.stringify(body);
    const reply = await engine.handle({
      method,
      target: `${baseUrl.origin}${path}`,
      headers: body === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(text.length) },
      readBody: async () => ({ kind: 'ok', text }),
    });
    if (reply.kind !== 'respond') throw new Error(`${method} ${path}: no answer`);
    const { status, body: answer } = reply.response;
    if (status >= 400) throw new Error(`${method} ${path} answered ${status}: ${JSON.stringify(answer)}`);
    return answer;
  };
  const setClock = (command: { now: number } | { advance: number }) => control('POST', '/__mock/clock', command) as Promise<ClockReading>;

  /**
   * Another data set in the same engine (its journal and run-time faults kept), checked aside first:
   * one that breaks the format throws a `SeedError` naming every problem and the running state stays.
   * The clock reads as before: still frozen at the same moment, or real time.
   */
  const useSeed = (seed: unknown) => {
    const reading = clock.reading();
    const prepared = engine.prepareState(seed ?? setup.defaultSeed, reading.frozen ? clock.nowMs() : undefined);
    if (prepared.kind === 'invalid') throw new SeedError(api.name, prepared.problems);
    prepared.commit();
  };

  return {
    handlers: [handler],
    baseUrl: `${baseUrl.origin}${prefix}`,
    reset: async () => {
      await control('POST', '/__mock/reset');
    },
    clock: {
      read: () => clock.reading(),
      freeze: () => setClock({ now: clock.nowMs() / 1000 }),
      set: (at) => setClock({ now: at instanceof Date ? at.getTime() / 1000 : at }),
      advance: (seconds) => setClock({ advance: seconds }),
    },
    useSeed,
    useScenario: (scenario) => {
      if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) throw new TypeError(`useScenario: a scenario is an object of data sets by API name ({"${api.name}": {...}}), got ${JSON.stringify(scenario)}`);
      useSeed(scenario[api.name]);
    },
    state: () => engine.state(),
  };
}

/** A Fetch `Request` as the engine's plain request (Headers already lower-cases names and joins repeated ones). */
function toPlainRequest(request: Request, target: string): PlainRequest {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return {
    method: request.method,
    target,
    headers,
    async readBody(limit: number): Promise<BodyResult> {
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.byteLength > limit) return { kind: 'tooLarge' };
      return { kind: 'ok', text: new TextDecoder().decode(bytes) };
    },
  };
}
