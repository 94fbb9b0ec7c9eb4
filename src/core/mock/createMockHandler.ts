import { MockClock } from '../clock.ts';
import { createDomainEnv } from '../domain/DomainEnv.ts';
import { compileOperations, type CompiledOperations } from '../http/compileOperations.ts';
import type { StatePersistence } from '../store/StatePersistence.ts';
import type { StoreChange } from '../store/Store.ts';
import { SeedError, type SeedProblem } from '../seed/SeedError.ts';
import type { ConsoleAssets, MockPeer } from './control/ConsoleAssets.ts';
import type { ScenarioCatalog } from './control/ScenarioCatalog.ts';
import { createControlApi, type ControlTarget } from './createControlApi.ts';
import { createFaults, type FaultOptions } from './faults/createFaults.ts';
import { createFaultSettings, type FaultSettings } from './faults/FaultSettings.ts';
import { packAnswer, packRequest, type PackedAnswer } from './journal/packMessages.ts';
import { RequestJournal } from './journal/RequestJournal.ts';
import type { ResponseViolationReport } from './pipeline/checkResponse.ts';
import { handleApiRequest, type ApiPipeline } from './pipeline/handleApiRequest.ts';
import { limitBodySize } from './pipeline/limitBodySize.ts';
import { createRequestUrlParser } from './pipeline/parseRequestUrl.ts';
import { ReadMemo } from './pipeline/ReadMemo.ts';
import { DEFAULT_BODY_LIMIT, type PlainRequest, type Reply } from './pipeline/PlainRequest.ts';
import { serializeResponse, type SerializedResponse } from './pipeline/serializeResponse.ts';
import type { SpecResponder } from './pipeline/SpecResponder.ts';
import type { ApiMock, MockResponse, MockState, TransportError } from './types.ts';

export interface MockHandlerOptions<S extends MockState> extends FaultOptions {
  readonly api: ApiMock<S>;
  /** The seed data set the state starts from (and returns to on reset). */
  readonly seed: unknown;
  readonly clock?: MockClock | undefined;
  readonly bodyLimit?: number | undefined;
  /**
   * Keeps the state across restarts: loaded at creation when it holds this API, and appended to
   * before each change is acknowledged.
   */
  readonly stateFile?: StatePersistence | undefined;
  /** Called for every response that violates the document (tests fail on it). */
  readonly onViolation?: ((report: ResponseViolationReport) => void) | undefined;
  /** Structured log lines (violations, bugs). */
  readonly log: (entry: Record<string, unknown>) => void;
  /** The compiled mock-control document: `/__mock/` is served when given. */
  readonly control?: CompiledOperations | undefined;
  /** Answers `Prefer: code/example/dynamic` from the document (Prism, in Node); ignored without one. */
  readonly spec?: SpecResponder | undefined;
  /** The named data sets `/__mock/scenarios` switches between (the Node adapter reads `mocks/scenarios/`). */
  readonly scenarios?: ScenarioCatalog | undefined;
  /** The web console's files, served at `/__mock/` (the Node adapter reads `src/console/`). */
  readonly consoleAssets?: ConsoleAssets | undefined;
  /** Every mock of the process (`/__mock/mocks`, for the console). */
  readonly peers?: (() => readonly MockPeer[]) | undefined;
  /** Remember answers to reads of unchanged state (`ReadMemo`; default true; false runs every stage for every request). */
  readonly readMemo?: boolean | undefined;
}

/** A data set checked and loaded into a fresh state, not yet in use; `commit` puts it in place. */
export type PreparedState = { readonly kind: 'ready'; commit(): void } | { readonly kind: 'invalid'; readonly problems: readonly SeedProblem[] };

const NO_WARNINGS: readonly never[] = [];

interface JournalParts {
  readonly answer: PackedAnswer;
  readonly path: string;
  readonly query: string;
}
const NO_FAULTS: string[] = [];

/** One API's mock without a transport: plain requests in, plain replies out. */
export interface MockHandler<S extends MockState> {
  handle(request: PlainRequest): Promise<Reply>;
  /** `handle`, with no promise when no stage waited (a read): what an adapter on the hot path calls. */
  handleNow(request: PlainRequest): Reply | Promise<Reply>;
  /** A transport failure in the API's format (for answers the transport gives on its own, such as 431). */
  renderError(error: TransportError): MockResponse;
  /** The current state (read-only use: tests and persistence). */
  state(): S;
  readonly clock: MockClock;
  readonly routes: CompiledOperations;
  /** The last API requests and their answers (`GET /__mock/requests`). */
  readonly journal: RequestJournal;
  /** The faults' settings, changeable at run time (`PUT /__mock/faults`). */
  readonly faults: FaultSettings;
  /**
   * Checks `seed` and loads it into a fresh state without touching the running one; `commit` makes
   * it the state (and the data a reset returns to) and sets the clock: frozen at `clockMs`, or back
   * to real time. A scenario switch prepares every API before committing any.
   */
  prepareState(seed: unknown, clockMs?: number): PreparedState;
}

/**
 * The runtime-neutral mock engine of one API: the state (from the state file, else the seed), the
 * control API under `/__mock/`, and the API's request pipeline (`handleApiRequest`). No Node import:
 * a runtime adapter (`createMockServer` for node:http) turns its requests into `PlainRequest`s and
 * writes the replies.
 *
 * @example
 *   const handler = createMockHandler({ api, seed, log: console.log });
 *   const reply = await handler.handle({ method: 'GET', target: '/api/v1/devices', headers, readBody });
 */
export function createMockHandler<S extends MockState>(options: MockHandlerOptions<S>): MockHandler<S> {
  const { api, log } = options;
  const clock = options.clock ?? new MockClock();
  const env = () => createDomainEnv(clock.nowMs());
  const frozenClockMs = () => (clock.reading().frozen ? clock.nowMs() : null);

  const saved = options.stateFile?.load(api.name);
  if (saved && saved.stateVersion !== api.stateVersion) {
    throw new Error(`the state file ${options.stateFile?.location} holds ${api.name} tables of version ${saved.stateVersion}; this mock reads version ${api.stateVersion}. Move the file away to start from the seed.`);
  }
  /** The data set a reset returns to: the seed, or the scenario switched to last. */
  let currentSeed = options.seed;
  const seededState = (): S => {
    const fresh = api.newState();
    api.loadSeed(fresh, currentSeed, env());
    return fresh;
  };
  let state: S;
  if (saved) {
    state = api.newState();
    state.store.restore(saved.snapshot, saved.changes);
    if (saved.frozenClockMs != null) clock.set(saved.frozenClockMs);
  } else {
    state = seededState();
  }
  const persistence = options.stateFile && saveTablesFirst(options.stateFile, saved !== undefined, () => state);

  const routes = compileOperations(api.document, api.name);
  const faults = createFaultSettings(options);
  const journal = new RequestJournal();
  const pipeline: ApiPipeline<S> = {
    api: api.name,
    mock: api,
    routes,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    faults: createFaults(faults, options.random),
    spec: options.spec,
    persistence,
    stateVersion: api.stateVersion,
    frozenClockMs,
    log,
    onViolation: options.onViolation,
    state: () => state,
    env,
    memo: options.readMemo === false || api.readsMayBeRemembered === false ? undefined : new ReadMemo(),
  };
  const control = options.control ? createControlApi(options.control) : undefined;
  /** Saves one change of the control API (its rows and the clock); undoes it when the file cannot be written. */
  const saveControlChange = (changes: readonly StoreChange[], undo: () => void): boolean => {
    try {
      persistence?.append(api.name, { stateVersion: api.stateVersion, changes, frozenClockMs: frozenClockMs() });
      return true;
    } catch (error) {
      undo();
      log({ level: 'error', msg: 'cannot write the state file; the change was not applied', error: (error as Error).message });
      return false;
    }
  };
  const replaceState = (next: S) => {
    state = next;
    // A fresh store counts its versions from the start again: nothing remembered of the last state may answer.
    pipeline.memo?.clear();
    persistence?.replace(api.name, { stateVersion: api.stateVersion, snapshot: state.store.snapshot(), frozenClockMs: frozenClockMs() });
  };
  const controlTarget: ControlTarget = {
    clock,
    api: api.name,
    journal,
    faults,
    store: () => state.store,
    scenarios: options.scenarios,
    consoleAssets: options.consoleAssets,
    peers: options.peers,
    resetState: () => replaceState(seededState()),
    // The clock is saved with what the API applied at the new time (a reset saves itself, clock included).
    clockChanged: () => {
      const { changes, undo } = api.clockChanged ? state.store.transaction(() => api.clockChanged!(state, env())) : { changes: [], undo: () => undefined };
      if (!saveControlChange(changes, undo)) throw new Error('cannot write the state file');
    },
    findOperation: (operationId) => {
      const operation = api.controlOperations?.[operationId];
      if (!operation) return undefined;
      // As an API request: one store transaction, saved before the answer goes out, undone when the
      // state file cannot be written (then 503: not saved means not done).
      return (request) => {
        const { result, changes, undo } = state.store.transaction(() => operation(state, request, env()));
        if (changes.length === 0 || saveControlChange(changes, undo)) return result;
        return { status: 503, body: { error: 'The state file could not be written; nothing was changed. Try again.' }, headers: { 'Retry-After': '1' } };
      };
    },
  };

  const respond = (response: MockResponse): Reply => ({ kind: 'respond', response, closeConnection: false });
  /**
   * What the journal keeps of an answer besides the request: its half of the text, and the path and
   * query. A remembered answer's are computed once, by its response object, which the memo shares
   * between the requests of one URL: nothing new per request is left for the collector to promote.
   */
  const journalParts = new WeakMap<MockResponse, JournalParts>();
  /** Request URLs, parsed once per target and Host. */
  const parseUrl = createRequestUrlParser();
  const partsOf = (reply: Reply & { kind: 'respond' }, serialized: SerializedResponse, url: URL | null, target: string): JournalParts => {
    let parts = reply.remembered ? journalParts.get(reply.response) : undefined;
    if (parts === undefined) {
      parts = {
        answer: packAnswer(serialized.headers, serialized.payload === '' ? undefined : serialized.payload),
        path: url?.pathname ?? target,
        query: url && url.search.length > 1 ? url.search.slice(1) : '',
      };
      if (reply.remembered) journalParts.set(reply.response, parts);
    }
    return parts;
  };

  function prepareState(seed: unknown, clockMs?: number): PreparedState {
    const fresh = api.newState();
    try {
      api.loadSeed(fresh, seed, env());
    } catch (error) {
      if (error instanceof SeedError) return { kind: 'invalid', problems: error.problems };
      throw error;
    }
    return {
      kind: 'ready',
      commit: () => {
        currentSeed = seed;
        if (clockMs === undefined) clock.reset();
        else clock.set(clockMs);
        replaceState(fresh);
        // What the new time has made due (a class that should have started) applies now.
        if (api.clockChanged) controlTarget.clockChanged?.();
      },
    };
  }

  function route(request: PlainRequest, url: URL | null): Reply | Promise<Reply> {
    if (!url) {
      // The declared body size is checked before the path is even read (AC-32, AG-63).
      const oversized = limitBodySize(request.headers, pipeline.bodyLimit);
      if (oversized) return { kind: 'respond', response: api.renderError(oversized.error, env()), closeConnection: true };
      return respond(api.renderError({ kind: 'MalformedRequest' }, env()));
    }
    if (!control || !url.pathname.startsWith('/__mock/')) return handleApiRequest(pipeline, request, url);
    return control.handle(request, url, controlTarget);
  }

  /** API requests carry a trace: their answer is journaled; the control API's own requests (the console polling) are not. */
  function journaled(request: PlainRequest, url: URL | null, reply: Reply, receivedAt: number, started: number): Reply {
    if (reply.kind !== 'respond' || !reply.trace) return reply;
    const { trace, response, warnings } = reply;
    // The journal keeps one small record per request; the headers and bodies go into its byte ring
    // as text (retained strings and objects cost the engine half its throughput in garbage
    // collection). The adapter sends the text serialised here.
    const serialized = reply.serialized ?? serializeResponse(response);
    const durationMs = performance.now() - started;
    const { answer, path, query } = partsOf(reply, serialized, url, request.target);
    // A remembered answer's half is the same object for every request it serves: written once (`RequestJournal.add`).
    journal.add(packRequest(request.headers, trace.requestBody, answer), answer, reply.remembered === true, (id, text) => ({
      id,
      receivedAt,
      durationMs,
      method: request.method,
      path,
      query,
      status: serialized.status,
      warnings: warnings ?? NO_WARNINGS,
      operationId: trace.operationId,
      stoppedBy: trace.stoppedBy,
      requestViolations: trace.requestViolations,
      responseViolations: trace.responseViolations,
      faults: trace.faults.length > 0 ? trace.faults : NO_FAULTS,
      prefer: trace.prefer,
      textAt: text.textAt,
      textBytes: text.textBytes,
      answerAt: text.answerAt,
      answerBytes: text.answerBytes,
    }));
    return reply.serialized ? reply : Object.assign({}, reply, { serialized });
  }

  /** The API pipeline answers its own bugs (validated); this catches the rest (the control API). */
  function failed(request: PlainRequest, error: unknown): Reply {
    log({ level: 'error', msg: 'mock bug: unhandled error', error: error instanceof Error ? error.stack : String(error), method: request.method });
    return respond(api.renderError({ kind: 'InternalError' }, env()));
  }

  function handleNow(request: PlainRequest): Reply | Promise<Reply> {
    const receivedAt = Date.now();
    const started = performance.now();
    const url = parseUrl(request.target, request.headers.host);
    try {
      const reply = route(request, url);
      if (reply instanceof Promise) return reply.then((settled) => journaled(request, url, settled, receivedAt, started)).catch((error: unknown) => failed(request, error));
      return journaled(request, url, reply, receivedAt, started);
    } catch (error) {
      return failed(request, error);
    }
  }

  return {
    clock,
    routes,
    journal,
    faults,
    prepareState,
    state: () => state,
    renderError: (error) => api.renderError(error, env()),
    handleNow,
    handle(request) {
      const reply = handleNow(request);
      return reply instanceof Promise ? reply : Promise.resolve(reply);
    },
  };
}

/**
 * A state file holds changes relative to a snapshot of the API's tables. On a first start (nothing
 * saved yet) the seeded rows were never written, so the first write saves the whole tables instead
 * of appending: appending alone would lose the seed on the next start.
 */
function saveTablesFirst(persistence: StatePersistence, alreadySaved: boolean, state: () => MockState): StatePersistence {
  let saved = alreadySaved;
  return {
    location: persistence.location,
    load: (name) => persistence.load(name),
    append(name, entry) {
      if (saved) return persistence.append(name, entry);
      persistence.replace(name, { stateVersion: entry.stateVersion, snapshot: state().store.snapshot(), frozenClockMs: entry.frozenClockMs });
      saved = true;
    },
    replace(name, entry) {
      persistence.replace(name, entry);
      saved = true;
    },
  };
}
