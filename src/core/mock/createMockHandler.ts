import { MockClock } from '../clock.ts';
import { createDomainEnv } from '../domain/DomainEnv.ts';
import { compileOperations, type CompiledOperations } from '../http/compileOperations.ts';
import type { StatePersistence } from '../store/StatePersistence.ts';
import type { StoreChange } from '../store/Store.ts';
import { createControlApi, type ControlTarget } from './createControlApi.ts';
import { createFaults, type FaultOptions } from './faults/createFaults.ts';
import type { ResponseViolationReport } from './pipeline/checkResponse.ts';
import { handleApiRequest, type ApiPipeline } from './pipeline/handleApiRequest.ts';
import { limitBodySize } from './pipeline/limitBodySize.ts';
import { parseRequestUrl } from './pipeline/parseRequestUrl.ts';
import { DEFAULT_BODY_LIMIT, type PlainRequest, type Reply } from './pipeline/PlainRequest.ts';
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
}

/** One API's mock without a transport: plain requests in, plain replies out. */
export interface MockHandler<S extends MockState> {
  handle(request: PlainRequest): Promise<Reply>;
  /** A transport failure in the API's format (for answers the transport gives on its own, such as 431). */
  renderError(error: TransportError): MockResponse;
  /** The current state (read-only use: tests and persistence). */
  state(): S;
  readonly clock: MockClock;
  readonly routes: CompiledOperations;
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
  const seededState = (): S => {
    const fresh = api.newState();
    api.loadSeed(fresh, options.seed, env());
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
  const pipeline: ApiPipeline<S> = {
    api: api.name,
    mock: api,
    routes,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    faults: createFaults(options),
    spec: options.spec,
    persistence,
    stateVersion: api.stateVersion,
    frozenClockMs,
    log,
    onViolation: options.onViolation,
    state: () => state,
    env,
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
  const controlTarget: ControlTarget = {
    clock,
    resetState: () => {
      state = seededState();
      persistence?.replace(api.name, { stateVersion: api.stateVersion, snapshot: state.store.snapshot(), frozenClockMs: frozenClockMs() });
    },
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

  async function route(request: PlainRequest): Promise<Reply> {
    const url = parseRequestUrl(request.target, request.headers.host);
    if (!url) {
      // The declared body size is checked before the path is even read (AC-32, AG-63).
      const oversized = limitBodySize(request.headers, pipeline.bodyLimit);
      if (oversized) return { kind: 'respond', response: api.renderError(oversized.error, env()), closeConnection: true };
      return respond(api.renderError({ kind: 'MalformedRequest' }, env()));
    }
    if (!control || !url.pathname.startsWith('/__mock/')) return handleApiRequest(pipeline, request, url);
    return control.handle(request, url, controlTarget);
  }

  return {
    clock,
    routes,
    state: () => state,
    renderError: (error) => api.renderError(error, env()),
    async handle(request) {
      try {
        return await route(request);
      } catch (error) {
        // The API pipeline answers its own bugs (validated); this catches the rest (the control API).
        log({ level: 'error', msg: 'mock bug: unhandled error', error: error instanceof Error ? error.stack : String(error), method: request.method });
        return respond(api.renderError({ kind: 'InternalError' }, env()));
      }
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
