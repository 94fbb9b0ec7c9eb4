import { MAX_CLOCK_MS, type MockClock } from '../clock.ts';
import type { CompiledOperations } from '../http/compileOperations.ts';
import { decodeJsonBody } from '../http/decodeJsonBody.ts';
import type { Store } from '../store/Store.ts';
import type { ConsoleAssets, MockPeer } from './control/ConsoleAssets.ts';
import { consoleOperation, peersOperation } from './control/consoleOperations.ts';
import type { ControlCall } from './control/ControlContext.ts';
import { faultOperation } from './control/faultOperations.ts';
import { journalOperation } from './control/journalOperations.ts';
import type { ScenarioCatalog } from './control/ScenarioCatalog.ts';
import { scenarioOperation } from './control/scenarioOperations.ts';
import { stateOperation } from './control/stateOperations.ts';
import type { FaultSettings } from './faults/FaultSettings.ts';
import type { RequestJournal } from './journal/RequestJournal.ts';
import { contentTypeOf } from './pipeline/serializeResponse.ts';
import { DEFAULT_BODY_LIMIT, type PlainRequest, type Reply } from './pipeline/PlainRequest.ts';
import type { ControlRequest, MockResponse } from './types.ts';

/** What the control API does to the server it is part of. */
export interface ControlTarget {
  readonly clock: MockClock;
  /** Back to the seed data (the clock is reset by the control API itself). */
  resetState(): void;
  /** After the clock was set or moved: lets the API apply what became due, and saves it with the clock. */
  clockChanged?(): void;
  /**
   * The API's own control operation by operationId, ready to run (in a store transaction, saved like
   * an API request), or `undefined` when the API serving this port has none by that name.
   */
  findOperation?(operationId: string): ((request: ControlRequest) => MockResponse) | undefined;
  /** The API this port serves (`GET /__mock/state`). */
  readonly api?: string;
  /** The request journal (`/__mock/requests`). */
  readonly journal?: RequestJournal;
  /** The faults' settings (`/__mock/faults`). */
  readonly faults?: FaultSettings;
  /** The current state's tables (`/__mock/state`). */
  store?(): Store;
  /** The named data sets the process can switch to (`/__mock/scenarios`); none without. */
  readonly scenarios?: ScenarioCatalog | undefined;
  /** The web console's files (`/__mock/`); no console without. */
  readonly consoleAssets?: ConsoleAssets | undefined;
  /** Every mock of the process, for the console (`/__mock/mocks`); just this one without. */
  readonly peers?: (() => readonly MockPeer[]) | undefined;
}

/** The operations every mock serves; any other operation of the document belongs to one API. */
export const SHARED_CONTROL_OPERATIONS: readonly string[] = [
  'resetMock',
  'getMockClock',
  'setMockClock',
  'listMockRequests',
  'streamMockRequests',
  'clearMockRequests',
  'getMockState',
  'getMockStateTable',
  'getMockFaults',
  'setMockFaults',
  'listMockScenarios',
  'switchMockScenario',
  'getMockConsole',
  'getMockConsoleFile',
  'listMocks',
];
const SHARED_OPERATIONS = new Set(SHARED_CONTROL_OPERATIONS);

/**
 * The `/__mock/` control API served next to each mocked API (document:
 * `openapi/mock-control/openapi.yaml`, compiled by the caller): reset to the seed data, read and
 * drive the clock, and the operations only one API serves (`ApiMock.controlOperations`, such as
 * Agora's classroom activity); an operation the API on this port does not serve answers 404.
 * Requests are validated against the document like any other (a path value that breaks its rule
 * names nothing: 404; a body that breaks its schema: 400); its answers too (a violation there is a
 * bug: it throws). Runtime-neutral, like the API pipeline.
 *
 * @example
 *   const control = createControlApi(compileOperations(loadDocument('mock-control'), 'mock-control'));
 *   const reply = await control.handle(request, url, { clock, resetState });
 */
export function createControlApi(routes: CompiledOperations) {
  const error = (status: number, message: string, details?: string[]): MockResponse => ({
    status,
    body: details ? { error: message, details } : { error: message },
  });
  const respond = (response: MockResponse, closeConnection = false): Reply => ({ kind: 'respond', response, closeConnection });

  return {
    async handle(request: PlainRequest, url: URL, target: ControlTarget): Promise<Reply> {
      const { clock } = target;
      const routed = routes.route(request.method, url.pathname);
      if (routed.kind === 'notFound') return respond(error(404, `No control endpoint ${url.pathname}.`));
      if (routed.kind === 'methodNotAllowed') {
        return respond({ ...error(405, `Method ${request.method} not allowed on ${url.pathname}.`), headers: { Allow: routed.allowed.join(', ') } });
      }
      const op = routed.match.operation;
      const run = SHARED_OPERATIONS.has(op.operationId) ? undefined : target.findOperation?.(op.operationId);
      if (!SHARED_OPERATIONS.has(op.operationId) && !run) return respond(error(404, `No control endpoint ${url.pathname} on this mock.`));
      // As on the APIs: only an operation that takes a body reads one, with the same JSON rule. An
      // absent body stays `undefined`, so that validation tells a required body (400) from an
      // optional one (raising a hand needs no payload).
      let body: unknown;
      if (op.acceptsBody) {
        const raw = await request.readBody(DEFAULT_BODY_LIMIT);
        if (raw.kind === 'tooLarge') return respond(error(413, 'Request body too large.'), true);
        if (raw.kind === 'aborted') return respond(error(400, 'The request body was not received in full.'));
        const decoded = decodeJsonBody(raw.text, request.headers['content-type']);
        if (decoded.kind === 'notJson') return respond(error(415, 'Send the body as application/json.'));
        if (decoded.kind === 'malformed') return respond(error(400, 'Malformed JSON body.'));
        body = decoded.value;
      }
      // Validation coerces path and query values to their schema types in place (a repeated query
      // parameter keeps its first value, as on the APIs).
      const path: Record<string, unknown> = { ...routed.match.params };
      const query: Record<string, unknown> = {};
      for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
      const violations = op.validateRequest(path, query, body);
      const describe = (v: (typeof violations)[number]) =>
        v.in === 'path' || v.in === 'query' ? `${v.in} parameter "${v.name}": ${v.message}` : `${v.path}: ${v.message}`;
      const onPath = violations.filter((v) => v.in === 'path');
      // A path value that breaks its rule (a roomUuid of 64 characters) names nothing that exists.
      if (onPath.length > 0) return respond(error(404, `Nothing at ${url.pathname}.`, onPath.map(describe)));
      if (violations.length > 0) {
        const message =
          op.operationId === 'setMockClock' ? 'Send exactly one of "now" or "advance".' : violations.every((v) => v.in === 'query') ? 'Invalid query.' : 'Invalid body.';
        return respond(error(400, message, violations.map(describe)));
      }
      let answer: MockResponse;
      switch (op.operationId) {
        case 'resetMock':
          clock.reset();
          target.resetState();
          answer = { status: 200, body: { reset: true, clock: clock.reading() } };
          break;
        case 'getMockClock':
          answer = { status: 200, body: clock.reading() };
          break;
        case 'setMockClock': {
          const command = body as { now?: number; advance?: number };
          const at = command.now !== undefined ? Math.round(command.now * 1000) : clock.nowMs() + Math.round((command.advance ?? 0) * 1000);
          // Past 9999-12-31 no timestamp the documents declare can be written.
          if (at > MAX_CLOCK_MS) return respond(error(400, `The clock cannot go past ${new Date(MAX_CLOCK_MS).toISOString()}.`));
          clock.set(at);
          target.clockChanged?.();
          answer = { status: 200, body: clock.reading() };
          break;
        }
        default: {
          const call: ControlCall = { operationId: op.operationId, path, query, body, lastEventId: request.headers['last-event-id'] };
          answer =
            (target.journal && journalOperation(target.journal, call)) ??
            (target.faults && faultOperation(target.faults, call)) ??
            (target.store && stateOperation(target.store(), target.api ?? '', target.scenarios?.active() ?? 'default', call)) ??
            (await scenarioOperation(target.scenarios, clock, call)) ??
            consoleOperation(target.consoleAssets, call) ??
            peersOperation(target.api ?? '', target.peers, call) ??
            (run ? run({ operationId: op.operationId, path, body }) : error(404, `No control endpoint ${url.pathname} on this mock.`));
        }
      }
      const problems = op.validateResponse(answer.status, contentTypeOf(answer), answer.body, answer.headers);
      if (problems.length > 0) throw new Error(`control answer violates its document: ${JSON.stringify(problems)}`);
      return respond(answer);
    },
  };
}
