import { watchDomainEnv, type DomainEnv, type EnvUse } from '../../domain/DomainEnv.ts';
import type { CompiledOperations } from '../../http/compileOperations.ts';
import { parsePrefer, type Preferences } from '../../http/prefer.ts';
import type { Fault } from '../faults/Fault.ts';
import { runFaults } from '../faults/runFaults.ts';
import type { ApiMock, MockRequest, MockResponse, MockState } from '../types.ts';
import { answerFromSpec, type SpecOutcome } from './answerFromSpec.ts';
import { authenticateRequest } from './authenticateRequest.ts';
import { checkResponse, type ViolationSink } from './checkResponse.ts';
import { collectWarnings, formatWarningsHeader, WARNINGS_HEADER, type RequestWarning } from './collectWarnings.ts';
import { decodeRequestBody } from './decodeRequestBody.ts';
import { limitBodySize } from './limitBodySize.ts';
import { persistChanges, type PersistenceTarget } from './persistChanges.ts';
import { CLIENT_GONE, type PlainRequest, type Reply, type Stop } from './PlainRequest.ts';
import type { ReadMemo, RememberedAnswer } from './ReadMemo.ts';
import { readRequestBody, type BodyRead } from './readRequestBody.ts';
import { newRequestTrace, type RequestTrace } from './RequestTrace.ts';
import { routeRequest, type Routed } from './routeRequest.ts';
import { runDomain } from './runDomain.ts';
import { serializeResponse } from './serializeResponse.ts';
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
  /** Remembered answers to reads of unchanged state (absent: every request runs every stage). */
  readonly memo?: ReadMemo | undefined;
}

/**
 * The request path of an API, as named stages, each an early return:
 *
 *   declared body size (413) → route (404/405) → body (413) → faults (delay, 503) → authenticate
 *   (401) → content type and JSON (415/400) → warnings (unknown members, MK-2) → validate
 *   (400/422) (either refusal may give way to what the API answers first, such as an unknown
 *   resource's 404) → `Prefer`: Prism → domain (one store transaction) → persist (503 and undo when
 *   the state file fails; HEAD undone) → response check → serialised (once; the journal and the
 *   adapter share it)
 *
 * A read without a body or `Prefer` whose answer was computed before from the same state is answered
 * from `pipeline.memo` right after authentication (`ReadMemo` says why that is exact). The reply is a
 * promise only when a stage waited (a body, a delay, Prism): a read is answered in the same tick.
 *
 * Every answer after routing, error answers included, goes through the response check: there is one
 * way out. Answers from the warnings stage on carry `x-mock-warnings` when the request sent
 * something the document does not describe (the header is the mock's, not the API's: it is added
 * after the response check). Runtime-neutral: a plain request in, a plain reply out.
 *
 * @example
 *   const reply = await handleApiRequest(pipeline, request, url); // or without `await` when not a promise
 *   if (reply.kind === 'respond') write(reply.serialized ?? serializeResponse(reply.response));
 */
export function handleApiRequest<S extends MockState>(pipeline: ApiPipeline<S>, request: PlainRequest, url: URL): Reply | Promise<Reply> {
  const trace = newRequestTrace();
  const oversized = limitBodySize(request.headers, pipeline.bodyLimit);
  if (oversized) return { kind: 'respond', response: render(pipeline, oversized, trace), closeConnection: true, trace };
  const routed = routeRequest(pipeline.mock, pipeline.routes, request.method, url);
  if (routed.kind === 'stop') return { kind: 'respond', response: render(pipeline, routed, trace), closeConnection: false, trace };
  trace.operationId = routed.operation.operationId;
  const notes: RequestNotes = { trace, warnings: [] };
  const bug = (error: unknown): Stop => {
    pipeline.log({ level: 'error', msg: 'mock bug: unhandled error', error: error instanceof Error ? error.stack : String(error), method: request.method });
    return { kind: 'stop', error: { kind: 'InternalError' } };
  };
  let outcome: Outcome | Promise<Outcome>;
  try {
    outcome = answerOperation(pipeline, request, url, routed, notes);
  } catch (error) {
    outcome = bug(error);
  }
  // A promise only when a stage waited (a body, a delay, Prism): a read answers synchronously.
  if (outcome instanceof Promise) return outcome.then(undefined, bug).then((settled) => finish(pipeline, request, routed, notes, trace, settled));
  return finish(pipeline, request, routed, notes, trace, outcome);
}

/** What the stages between routing and the response check end with. */
type Outcome = Answered | Stop | Remembered | typeof CLIENT_GONE;

/** The response check, the warnings header and the read memo: the one way out after routing. */
function finish<S extends MockState>(pipeline: ApiPipeline<S>, request: PlainRequest, routed: Routed, notes: RequestNotes, trace: RequestTrace, outcome: Outcome): Reply {
  if (outcome.kind === 'clientGone') return outcome;
  if (outcome.kind === 'remembered') return rememberedReply(outcome.answer, trace);
  const response = outcome.kind === 'stop' ? render(pipeline, outcome, trace, notes.memo?.env) : outcome.response;
  const checked = checkResponse(pipeline, routed.operation, request, response, (violations) => (trace.responseViolations = violations));
  const closeConnection = outcome.kind === 'stop' && outcome.closeConnection === true;
  const warned = formatWarningsHeader(notes.warnings);
  const reply: Reply & { kind: 'respond' } =
    warned === undefined
      ? { kind: 'respond', response: checked, closeConnection, trace }
      : { kind: 'respond', response: { ...checked, headers: Object.assign({}, checked.headers, { [WARNINGS_HEADER]: warned }) }, closeConnection, warnings: notes.warnings, trace };
  const memo = notes.memo;
  // Remembered only when the answer is a function of the URL and this very state (`ReadMemo`).
  if (memo === undefined || memo.use.used || closeConnection || trace.responseViolations.length > 0 || pipeline.state().store.version !== memo.version) return reply;
  const answer: RememberedAnswer = { response: reply.response, serialized: serializeResponse(reply.response), warnings: reply.warnings, stoppedBy: trace.stoppedBy, requestViolations: trace.requestViolations };
  if (!pipeline.memo!.remember(memo.key, memo.version, answer)) return Object.assign({}, reply, { serialized: answer.serialized });
  return rememberedReply(answer, trace);
}

/** The reply of a remembered answer (its serialised form shared, not copied): the trace notes what the stages noted then. */
function rememberedReply(answer: RememberedAnswer, trace: RequestTrace): Reply {
  trace.stoppedBy = answer.stoppedBy;
  trace.requestViolations = answer.requestViolations;
  return { kind: 'respond', response: answer.response, closeConnection: false, ...(answer.warnings ? { warnings: answer.warnings } : {}), trace, serialized: answer.serialized, remembered: true };
}

/** What the stages note about a request besides its answer. */
interface RequestNotes {
  readonly trace: RequestTrace;
  warnings: readonly RequestWarning[];
  /** Set once a read may be remembered: its key, the store version it reads, and the watched environment. */
  memo?: { readonly key: string; readonly version: number; readonly use: EnvUse; readonly env: DomainEnv };
}

/** An answer found in the read memo. */
interface Remembered {
  readonly kind: 'remembered';
  readonly answer: RememberedAnswer;
}

/** An answer from the domain or from the document, before the response check. */
interface Answered {
  readonly kind: 'answered';
  readonly response: MockResponse;
}

/**
 * The stages between routing and the response check. A stage that may wait returns a promise only
 * when it does, and so does this: a GET without a body, `Prefer` or faults allocates none.
 */
function answerOperation<S extends MockState>(pipeline: ApiPipeline<S>, request: PlainRequest, url: URL, routed: Routed, notes: RequestNotes): Outcome | Promise<Outcome> {
  const body = readRequestBody(request, routed.operation, pipeline.bodyLimit);
  if (body instanceof Promise) return body.then((read) => afterBody(pipeline, request, url, routed, notes, read));
  return afterBody(pipeline, request, url, routed, notes, body);
}

function afterBody<S extends MockState>(pipeline: ApiPipeline<S>, request: PlainRequest, url: URL, routed: Routed, notes: RequestNotes, body: BodyRead): Outcome | Promise<Outcome> {
  if (body.kind !== 'read') return body;
  const trace = notes.trace;
  if (body.text) trace.requestBody = body.text;
  // Faults act on requests the mock would otherwise serve: after routing and the body, before credentials.
  const prefer = parsePrefer(request.headers.prefer);
  const faulted = runFaults(pipeline.faults, { method: request.method, prefer, applied: trace.faults });
  if (faulted instanceof Promise) return faulted.then((stopped) => stopped ?? answerServed(pipeline, request, url, routed, notes, prefer, body.text));
  return faulted ?? answerServed(pipeline, request, url, routed, notes, prefer, body.text);
}

/** From credentials to the domain's answer, for a request the faults let through. */
function answerServed<S extends MockState>(
  pipeline: ApiPipeline<S>,
  request: PlainRequest,
  url: URL,
  routed: Routed,
  notes: RequestNotes,
  prefer: Preferences,
  bodyText: string,
): Outcome | Promise<Outcome> {
  const { operation, params } = routed;
  const trace = notes.trace;

  let env = pipeline.env();
  const refused = authenticateRequest(pipeline.mock, request.headers, params, env);
  if (refused) return refused;

  if (pipeline.memo && !operation.acceptsBody && request.headers.prefer === undefined) {
    const key = `${request.method} ${url.href}`;
    const version = pipeline.state().store.version;
    const answer = pipeline.memo.find(key, version);
    if (answer) return { kind: 'remembered', answer };
    const use: EnvUse = { used: false };
    env = watchDomainEnv(env, use);
    notes.memo = { key, version, use, env };
  }

  const decoded = decodeRequestBody(operation, bodyText, request.headers['content-type']);
  if (decoded.kind === 'stop') return answeredBeforeValidation(pipeline, operation.operationId, params, env) ?? decoded;

  // Before validation, so that a refused request also names the members it sent in vain.
  notes.warnings = collectWarnings(operation, url, decoded.body);

  const valid = validateRequest(operation, params, url, decoded.body);
  if (valid.kind === 'stop') {
    if (valid.error.kind === 'InvalidRequest') trace.requestViolations = valid.error.violations;
    return answeredBeforeValidation(pipeline, operation.operationId, params, env) ?? valid;
  }

  // Prism answers only validated requests: a wrong request is the API's 400/422 whatever the preference.
  const spec = answerFromSpec(pipeline.spec, prefer, { method: request.method, path: routed.apiPath, query: url.searchParams, headers: request.headers, body: decoded.body });
  const domainInput = { operationId: operation.operationId, path: valid.path, query: valid.query, body: decoded.body, url };
  if (spec instanceof Promise) return spec.then((outcome) => answerFromState(pipeline, request, domainInput, env, trace, outcome));
  return answerFromState(pipeline, request, domainInput, env, trace, spec);
}

/** The document's answer when `Prefer` got one; else the domain's, persisted. */
function answerFromState<S extends MockState>(pipeline: ApiPipeline<S>, request: PlainRequest, input: MockRequest, env: DomainEnv, trace: RequestTrace, spec: SpecOutcome): Answered | Stop {
  if (spec.kind === 'answered') {
    trace.prefer = { outcome: 'answered' };
    return spec;
  }
  if (spec.kind === 'ignored') trace.prefer = { outcome: 'ignored', reason: spec.reason };

  const domain = runDomain(pipeline.mock, pipeline.state(), input, env);
  const unsaved = persistChanges(pipeline, request.method, domain);
  if (unsaved) return unsaved;

  if (spec.kind === 'ignored') return { kind: 'answered', response: { ...domain.response, headers: { ...domain.response.headers, 'x-mock-prefer-ignored': spec.reason } } };
  return { kind: 'answered', response: domain.response };
}

/** What the API's service answers before it would refuse the body or a value (`ApiMock.answerBeforeValidation`), if anything. */
function answeredBeforeValidation<S extends MockState>(pipeline: ApiPipeline<S>, operationId: string, path: Readonly<Record<string, unknown>>, env: DomainEnv): Answered | undefined {
  const response = pipeline.mock.answerBeforeValidation?.(pipeline.state(), { operationId, path }, env);
  return response ? { kind: 'answered', response } : undefined;
}

/** A stop in the API's own error format, with what the transport adds. */
function render<S extends MockState>(pipeline: ApiPipeline<S>, stopped: Stop, trace: RequestTrace, env: DomainEnv = pipeline.env()): MockResponse {
  trace.stoppedBy = stopped.error.kind;
  const response = pipeline.mock.renderError(stopped.error, env);
  return stopped.headers ? { ...response, headers: { ...response.headers, ...stopped.headers } } : response;
}
