import type { FuzzRequest } from '../types.ts';
import type { DocumentRouter } from './documentRouter.ts';
import type { AnsweredBy, Expectation, ExpectedOutcome } from './Expectation.ts';
import type { OracleOperation, OracleRules, RefusedPart } from './OracleRules.ts';
import { bodyBytes, headBytes, headerReadings, isJsonContentType, queryValues, repeatsHeader } from './readRequest.ts';

/** What the oracle knows of one operation of a document. */
export interface ModelOperation extends OracleOperation {
  readonly acceptsBody: boolean;
  /** The query parameters it declares (exact names). */
  readonly queryNames: readonly string[];
  /**
   * Judges path, query and body against the document: `refused`, what it refuses under every
   * reading; `doubtful`, what it refuses under one reading the sources leave open only (`+5` for an
   * integer).
   */
  judge(apiPath: string, params: Readonly<Record<string, string>>, query: Readonly<Record<string, string>>, body: unknown): { refused: RefusedPart[]; doubtful: RefusedPart[] };
}

/** The oracle's view of one running API: its document (routes, operations), its rules, the server's limits. */
export interface OracleModel {
  readonly router: DocumentRouter;
  readonly operations: ReadonlyMap<string, ModelOperation>;
  readonly rules: OracleRules;
  /** Lower-case names of the credential headers the document's security schemes use. */
  readonly credentialHeaders: readonly string[];
  /** The mock-control document, served under `/__mock/` on the same port, and which of its operations this port serves. */
  readonly control: { readonly router: DocumentRouter; readonly operations: ReadonlyMap<string, ModelOperation>; readonly served: ReadonlySet<string> };
  /** The server's limits: the request head (431) and the body (413), in bytes. */
  readonly limits: { readonly head: number; readonly body: number };
  /** `Host` as the fuzzer sends it (it counts in the head). */
  readonly host: string;
}

/**
 * The head size is judged to within this many bytes: what a parser counts varies (Node 20 answered
 * 431 from 16,417 bytes by `headBytes` at a 16 KiB limit, a long target or a long header alike).
 */
const HEAD_MARGIN = 128;
/** Statuses whose causes the oracle checks itself: a request that reached the domain never gets them. */
const NOT_FROM_THE_DOMAIN = new Set([401, 405, 408, 413, 415, 431]);
const MAX_READINGS = 32;

/**
 * What a generated request deserves, by the documents and the API's decisions, in the order the API
 * checks (AC-32 and its Agora counterpart, AG-63): a head over the limit 431; a body declared over
 * the limit 413; no route 404, a wrong method 405; a chunked body over the limit 413 (an operation
 * that reads one); credentials refused 401; a body that is not JSON 415; JSON that does not parse (the API's rule);
 * a value the document refuses (the API's 400 or 422, or what an earlier lookup answers); otherwise
 * a success or a domain error the operation declares. Where the sources leave a reading open (a
 * header or query parameter sent twice, a trailing slash, a head near the limit), every reading's
 * answer is allowed and the point is named in `open`.
 *
 * @example
 *   expectAnswer(model, request); // { outcomes: [{ statuses: [401], answeredBy: { document: 'api', operationId: 'listDevices' }, reason: 'credentials refused' }], open: [] }
 */
export function expectAnswer(model: OracleModel, request: FuzzRequest): Expectation {
  const open = new Set<string>();
  const outcomes: ExpectedOutcome[] = [];
  const outside = (statuses: number[], reason: string, document: AnsweredBy['document'] = 'api', allow?: readonly string[]): ExpectedOutcome => ({
    statuses,
    answeredBy: { document, operationId: null },
    reason,
    ...(allow ? { allow } : {}),
  });

  const head = headBytes(request, model.host);
  if (head > model.limits.head + HEAD_MARGIN) return { outcomes: [outside([431], 'request head over the limit')], open: [] };
  if (head > model.limits.head - HEAD_MARGIN) {
    outcomes.push(outside([431], 'request head near the limit'));
    open.add('request head near the limit');
  }

  const url = parseTarget(request.target);
  const size = bodyBytes(request.body);
  const bodyFirst = model.rules.bodyLimitBeforeRouting && request.framing !== 'chunked' && size > model.limits.body;
  if (bodyFirst) {
    outcomes.push(outside([413], 'body over the limit, refused before routing'));
    return { outcomes, open: [...open] };
  }
  if (!url || !decodes(url.pathname)) {
    // No source says what an unreadable escape in the path answers: the mocks answer 400, a router that matches raw segments 404.
    open.add('a path whose escapes decode to no text');
    outcomes.push(outside([400, 404], 'unreadable path'));
    return { outcomes, open: [...open] };
  }

  const onControl = url.pathname.startsWith('/__mock/');
  const document = onControl ? 'control' : 'api';
  const router = onControl ? model.control.router : model.router;
  const operations = onControl ? model.control.operations : model.operations;
  const names = [...model.credentialHeaders, 'content-type', ...(model.rules.methodOverrideHeader ? [model.rules.methodOverrideHeader] : [])];
  if (repeatsHeader(request.headers, names)) open.add('a header sent twice');
  const query = queryValues(url);

  let readings = 0;
  // The control API is the core's router on every port (a trailing slash ignored), not the API's framework.
  for (const pathname of pathReadings(url.pathname, onControl ? CONTROL_PATH_RULES : model.rules, open)) {
    for (const headers of headerReadings(request.headers, names)) {
      const header = (name: string) => headers[name];
      for (const method of methodReadings(request.method, header, model.rules, open)) {
        if (readings++ >= MAX_READINGS) break;
        const apiPath = router.toApiPath(pathname);
        if (apiPath === null) {
          outcomes.push(outside([404], 'no base path of the API'));
          continue;
        }
        const route = router.route(method, apiPath);
        if (route.kind === 'notFound') outcomes.push(outside([404], 'unknown route', document));
        else if (route.kind === 'methodNotAllowed') outcomes.push(outside([405], 'method not allowed', document, route.allowed));
        else if (route.kind === 'brokenEscape') {
          open.add('a path whose escapes decode to no text');
          outcomes.push(outside([400, 404], 'unreadable path parameter', document));
        } else if (onControl && !model.control.served.has(route.operationId)) {
          outcomes.push(outside([404], 'control operation not served on this port', document));
        } else {
          const op = operations.get(route.operationId)!;
          if (Object.values(route.params).some((v) => v.includes('/'))) {
            // Laravel matches routes on the decoded path: an escaped slash may end the route.
            open.add('an escaped slash in a path segment');
            outcomes.push(outside([404], 'escaped slash', document));
          }
          const by: AnsweredBy = { document, operationId: op.operationId };
          for (const o of operationOutcomes(model, op, route.apiPath, route.params, header, query, request, size, onControl, open)) outcomes.push({ ...o, answeredBy: by });
        }
      }
    }
  }
  return { outcomes: dedupe(outcomes), open: [...open] };
}

/** The answers of one operation to one reading of the request, from the body limit on. */
function operationOutcomes(
  model: OracleModel,
  op: ModelOperation,
  apiPath: string,
  params: Readonly<Record<string, string>>,
  header: (name: string) => string | undefined,
  query: ReadonlyMap<string, string[]>,
  request: FuzzRequest,
  size: number,
  onControl: boolean,
  open: Set<string>,
): Omit<ExpectedOutcome, 'answeredBy'>[] {
  const { rules } = model;
  if (op.acceptsBody && size > model.limits.body) return [{ statuses: [413], reason: 'body over the limit' }];
  const out: Omit<ExpectedOutcome, 'answeredBy'>[] = [];
  if (!onControl) {
    const verdict = rules.credentials(header, params);
    if (verdict === false) return [{ statuses: [401], reason: 'credentials refused' }];
    if (verdict === 'open') {
      open.add('credentials the sources do not settle');
      out.push({ statuses: [401], reason: 'credentials refused' });
    }
  }
  // The control API's errors are its own 400 (MK-5); the API's are its refusal status.
  const refusalStatus = onControl ? 400 : rules.refusalStatus;
  let body: unknown;
  // MK-2: from the decoded body on, the answer names the undeclared query parameters (the control API names nothing).
  let warnings: ExpectedOutcome['warnings'] = onControl ? undefined : { unknownQuery: [...query.keys()].filter((name) => name !== '' && !op.queryNames.includes(name)) };
  if (op.acceptsBody && request.body !== undefined && request.body.length > 0) {
    if (!isJsonContentType(header('content-type'))) return [...out, { statuses: onControl ? [415] : [...rules.mediaTypeRefusal(op)], reason: 'body not sent as JSON' }];
    body = parseJson(request.body);
    if (body === MALFORMED) {
      if (onControl || rules.malformedJson === 'refused') return [...out, { statuses: [refusalStatus], reason: 'body is not valid JSON' }];
      body = {};
      // Read as empty input (AC-7): whether that counts as a decoded body for MK-2 is not said.
      if (warnings) warnings = 'unchecked';
    }
  }
  // The mocks read an absent body as empty input (`decodeRequestBody`: `{}`), so the schema decides
  // it: a required body whose members are all optional (Agora's PATCH of a recording) takes none.
  if (!onControl && op.acceptsBody && body === undefined) body = {};
  const warned = warnings ? { warnings } : {};
  const queryOptions = queryReadings(query, open);
  for (const values of queryOptions) {
    const { refused, doubtful } = op.judge(apiPath, params, values, op.acceptsBody ? body : undefined);
    const refusedHere = refused.length > 0 ? refused : doubtful;
    if (refusedHere.length > 0) {
      const statuses = onControl ? [refusalStatus] : rules.refusal(op, refusedHere);
      out.push({ statuses: [...statuses], reason: `refused: ${refusedHere.map((r) => `${r.in} ${r.name || '(body)'}`).join(', ')}`, ...warned });
      if (refused.length > 0) continue;
      for (const d of doubtful) open.add(d.detail);
    }
    out.push({ statuses: domainStatuses(op, refusalStatus, onControl ? [] : (rules.domainRefusals[op.operationId] ?? [])), reason: 'valid', ...warned });
  }
  return out;
}

/** A valid request's answers: what the operation declares, less what only a refused request gets. */
function domainStatuses(op: OracleOperation, refusalStatus: number, domainRefusals: readonly number[]): number[] {
  return op.declared.filter((s) => (!NOT_FROM_THE_DOMAIN.has(s) && s < 500 && s !== refusalStatus) || domainRefusals.includes(s));
}

/** The path as routed: a trailing slash is trimmed (Laravel) or left open. */
const CONTROL_PATH_RULES: Pick<OracleRules, 'trailingSlash'> = { trailingSlash: 'ignored' };

function pathReadings(pathname: string, rules: Pick<OracleRules, 'trailingSlash'>, open: Set<string>): string[] {
  if (pathname === '/' || !pathname.endsWith('/')) return [pathname];
  const trimmed = pathname.replace(/\/+$/, '') || '/';
  if (rules.trailingSlash === 'ignored') return [trimmed];
  open.add('a trailing slash');
  return [pathname, trimmed];
}

/** The request's method, and the one a method-override header asks for when the framework honours it on a POST. */
function methodReadings(method: string, header: (name: string) => string | undefined, rules: OracleRules, open: Set<string>): string[] {
  const override = rules.methodOverrideHeader ? header(rules.methodOverrideHeader) : undefined;
  if (method !== 'POST' || !override) return [method];
  open.add('a method override header');
  return [method, override.toUpperCase()];
}

/** One value per query parameter: the first, and the last when it differs (PHP keeps the last, most Java servers the first). */
function queryReadings(query: ReadonlyMap<string, string[]>, open: Set<string>): Record<string, string>[] {
  const first: Record<string, string> = {};
  const last: Record<string, string> = {};
  for (const [name, values] of query) {
    first[name] = values[0]!;
    last[name] = values[values.length - 1]!;
  }
  if (Object.keys(first).every((k) => first[k] === last[k])) return [first];
  open.add('a query parameter sent twice');
  return [first, last];
}

const MALFORMED = Symbol('malformed');

/** JSON as the APIs read it; a number beyond a double is not a number they can hold (the project's JSON rule). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('number out of range');
      return value;
    });
  } catch {
    return MALFORMED;
  }
}

function parseTarget(target: string): URL | null {
  try {
    return new URL(target, 'http://fuzz.invalid');
  } catch {
    return null;
  }
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function dedupe(outcomes: readonly ExpectedOutcome[]): ExpectedOutcome[] {
  const seen = new Map<string, ExpectedOutcome>();
  for (const o of outcomes) seen.set(JSON.stringify([o.statuses, o.answeredBy, o.reason, o.allow, o.warnings]), o);
  return [...seen.values()];
}
