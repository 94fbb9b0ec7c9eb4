import type { DomainEnv } from '../../domain/DomainEnv.ts';
import type { CompiledOperations } from '../../http/compileOperations.ts';
import { parsePrefer } from '../../http/prefer.ts';
import type { Fault } from '../faults/Fault.ts';
import { runFaults } from '../faults/runFaults.ts';
import type { ApiMock, MockResponse, MockState } from '../types.ts';
import { answerFromSpec } from './answerFromSpec.ts';
import { authenticateRequest } from './authenticateRequest.ts';
import { checkResponse, type ViolationSink } from './checkResponse.ts';
import { collectWarnings, formatWarningsHeader, WARNINGS_HEADER, type RequestWarning } from './collectWarnings.ts';
import { decodeRequestBody } from './decodeRequestBody.ts';
import { limitBodySize } from './limitBodySize.ts';
import { persistChanges, type PersistenceTarget } from './persistChanges.ts';
import { CLIENT_GONE, type PlainRequest, type Reply, type Stop } from './PlainRequest.ts';
import { readRequestBody } from './readRequestBody.ts';
import { newRequestTrace, type RequestTrace } from './RequestTrace.ts';
import { routeRequest, type Routed } from './routeRequest.ts';
import { runDomain } from './runDomain.ts';
import type { SpecResponder } from './SpecResponder.ts';
import { validateRequest } from './validateRequest.ts';

/** Everything the API request path works with; the engine builds it once per server. */
export interface ApiPipeline<S extends MockState> extends ViolationSink, PersistenceTarget {
  readonly mock: ApiMock<S>;
  readonly routes: CompiledOperations;
  readonly bodyLimit: number;
  readonly faults: readonly Fault[];
  readonly spec: SpecResponder | undefined;
  /** The current state (a reset replaces it). */
  state(): S;
  /** The clock and id source of this request. */
  env(): DomainEnv;
}

/**
 * The request path of an API, as named stages, each an early return:
 *
 *   declared body size (413) → route (404/405) → body (413) → faults (delay, 503) → authenticate
 *   (401) → content type and JSON (415/400) → warnings (unknown members, MK-2) → validate
 *   (400/422) (either refusal may give way to what the API answers first, such as an unknown
 *   resource's 404) → `Prefer`: Prism → domain (one store transaction) → persist (503 and undo when
 *   the state file fails; HEAD undone) → response check → (the adapter serialises)
 *
 * Every answer after routing, error answers included, goes through the response check: there is one
 * way out. Answers from the warnings stage on carry `x-mock-warnings` when the request sent
 * something the document does not describe (the header is the mock's, not the API's: it is added
 * after the response check). Runtime-neutral: a plain request in, a plain reply out.
 *
 * @example
 *   const reply = await handleApiRequest(pipeline, request, url);
 *   if (reply.kind === 'respond') write(serializeResponse(reply.response));
 */
export async function handleApiRequest<S extends MockState>(pipeline: ApiPipeline<S>, request: PlainRequest, url: URL): Promise<Reply> {
  const trace = newRequestTrace();
  const oversized = limitBodySize(request.headers, pipeline.bodyLimit);
  if (oversized) return { kind: 'respond', response: render(pipeline, oversized, trace), closeConnection: true, trace };
  const routed = routeRequest(pipeline.mock, pipeline.routes, request.method, url);
  if (routed.kind === 'stop') return { kind: 'respond', response: render(pipeline, routed, trace), closeConnection: false, trace };
  trace.operationId = routed.operation.operationId;
  let outcome: Answered | Stop | typeof CLIENT_GONE;
  const notes: RequestNotes = { warnings: [] };
  try {
    outcome = await answerOperation(pipeline, request, url, routed, notes, trace);
  } catch (error) {
    pipeline.log({ level: 'error', msg: 'mock bug: unhandled error', error: error instanceof Error ? error.stack : String(error), method: request.method });
    outcome = { kind: 'stop', error: { kind: 'InternalError' } };
  }
  if (outcome.kind === 'clientGone') return outcome;
  const response = outcome.kind === 'stop' ? render(pipeline, outcome, trace) : outcome.response;
  const checked = checkResponse(pipeline, routed.operation, request, response, (violations) => (trace.responseViolations = violations));
  const closeConnection = outcome.kind === 'stop' && outcome.closeConnection === true;
  const warned = formatWarningsHeader(notes.warnings);
  if (warned === undefined) return { kind: 'respond', response: checked, closeConnection, trace };
  return { kind: 'respond', response: { ...checked, headers: { ...checked.headers, [WARNINGS_HEADER]: warned } }, closeConnection, warnings: notes.warnings, trace };
}

/** What the stages note about a request besides its answer. */
interface RequestNotes {
  warnings: readonly RequestWarning[];
}

/** An answer from the domain or from the document, before the response check. */
interface Answered {
  readonly kind: 'answered';
  readonly response: MockResponse;
}

/** The stages between routing and the response check. */
async function answerOperation<S extends MockState>(
  pipeline: ApiPipeline<S>,
  request: PlainRequest,
  url: URL,
  routed: Routed,
  notes: RequestNotes,
  trace: RequestTrace,
): Promise<Answered | Stop | typeof CLIENT_GONE> {
  const { operation, params } = routed;
  // A stage that may wait returns a promise only when it does: a GET without a body, Prefer or
  // faults allocates none.
  const body = await readRequestBody(request, operation, pipeline.bodyLimit);
  if (body.kind !== 'read') return body;
  if (body.text) trace.requestBody = body.text;

  // Faults act on requests the mock would otherwise serve: after routing and the body, before credentials.
  const prefer = parsePrefer(request.headers.prefer);
  const faulted = await runFaults(pipeline.faults, { method: request.method, prefer, applied: trace.faults });
  if (faulted) return faulted;

  const refused = authenticateRequest(pipeline.mock, request.headers, params, pipeline.env());
  if (refused) return refused;

  const decoded = decodeRequestBody(operation, body.text, request.headers['content-type']);
  if (decoded.kind === 'stop') return answeredBeforeValidation(pipeline, operation.operationId, params) ?? decoded;

  // Before validation, so that a refused request also names the members it sent in vain.
  notes.warnings = collectWarnings(operation, url, decoded.body);

  const valid = validateRequest(operation, params, url, decoded.body);
  if (valid.kind === 'stop') {
    if (valid.error.kind === 'InvalidRequest') trace.requestViolations = valid.error.violations;
    return answeredBeforeValidation(pipeline, operation.operationId, params) ?? valid;
  }

  // Prism answers only validated requests: a wrong request is the API's 400/422 whatever the preference.
  const spec = await answerFromSpec(pipeline.spec, prefer, { method: request.method, path: routed.apiPath, query: url.searchParams, headers: request.headers, body: decoded.body });
  if (spec.kind === 'answered') {
    trace.prefer = { outcome: 'answered' };
    return spec;
  }
  if (spec.kind === 'ignored') trace.prefer = { outcome: 'ignored', reason: spec.reason };

  const state = pipeline.state();
  const domain = runDomain(pipeline.mock, state, { operationId: operation.operationId, path: valid.path, query: valid.query, body: decoded.body, url }, pipeline.env());
  const unsaved = persistChanges(pipeline, request.method, domain);
  if (unsaved) return unsaved;

  if (spec.kind === 'ignored') return { kind: 'answered', response: { ...domain.response, headers: { ...domain.response.headers, 'x-mock-prefer-ignored': spec.reason } } };
  return { kind: 'answered', response: domain.response };
}

/** What the API's service answers before it would refuse the body or a value (`ApiMock.answerBeforeValidation`), if anything. */
function answeredBeforeValidation<S extends MockState>(pipeline: ApiPipeline<S>, operationId: string, path: Readonly<Record<string, unknown>>): Answered | undefined {
  const response = pipeline.mock.answerBeforeValidation?.(pipeline.state(), { operationId, path }, pipeline.env());
  return response ? { kind: 'answered', response } : undefined;
}

/** A stop in the API's own error format, with what the transport adds. */
function render<S extends MockState>(pipeline: ApiPipeline<S>, stopped: Stop, trace: RequestTrace): MockResponse {
  trace.stoppedBy = stopped.error.kind;
  const response = pipeline.mock.renderError(stopped.error, pipeline.env());
  return stopped.headers ? { ...response, headers: { ...response.headers, ...stopped.headers } } : response;
}
