import fc from 'fast-check';
import type { JsonSchema } from '../openapi/types.ts';
import { describeRequest } from './describeRequest.ts';
import type { DocumentOperation } from './documentOperations.ts';
import { hostileNumberText, hostileRawSegment, hostileString, percentEncode } from './hostileValues.ts';
import { invalidPart, joinParts, validPart, type Part } from './parts.ts';
import { requestBodies, unexpectedBodies } from './requestBodies.ts';
import { contentTypeHeaders, credentialHeaders, extraHeaders, type HeaderLine } from './requestHeaders.ts';
import { schemaValues } from './schemaValues.ts';
import type { FuzzRequest, FuzzTarget } from './types.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/** Off-route targets for any API: the root, the control API's own paths, file-system traversal, `*`. */
const ANY_API_OFF_ROUTE_TARGETS = ['/', '/favicon.ico', '/__mock', '/__mock/', '/__mock/nope', '/%2e%2e/%2e%2e/etc/passwd', '*'];

/**
 * Requests for one operation of a document, valid and invalid, as a fast-check arbitrary. Each part
 * is drawn on its own, mostly valid so that a request usually reaches deep into the mock with one
 * or two things wrong:
 *
 * - base path: the API's own (`/api/v1`, Agora's region prefixes) or a foreign one;
 * - method: the operation's, or another;
 * - path parameters: valid (schema values, or the target's hints: existing ids), or hostile (raw
 *   traversal and malformed escapes, long or odd Unicode, numbers and wrong types);
 * - query parameters: absent, valid, hostile, repeated, plus stray keys (`__proto__`) and stray syntax;
 * - headers: credentials (missing, empty, duplicated, huge...), content type, extras;
 * - body: see `requestBodies` (JSON operations) and `unexpectedBodies` (the others).
 *
 * @example
 *   const requests = operationRequests(target, documentOperations(target.document)[0]!);
 *   await fc.assert(fc.asyncProperty(requests, async (r) => { ... }));
 */
export function operationRequests(target: FuzzTarget, op: DocumentOperation): fc.Arbitrary<FuzzRequest> {
  const valuesOf = (name: string, schema: JsonSchema | undefined) => {
    const fromSchema = schemaValues(target.document, schema, target.hints);
    const hint = target.hints[name];
    return hint ? fc.oneof({ weight: 7, arbitrary: hint }, { weight: 1, arbitrary: fromSchema }) : fromSchema;
  };
  const pathModel: Record<string, fc.Arbitrary<Part<string>>> = {};
  for (const p of op.parameters) if (p.in === 'path') pathModel[p.name] = pathSegments(p.name, valuesOf(p.name, p.schema));
  const queryParts = op.parameters.filter((p) => p.in === 'query').map((p) => queryPairs(p.name, valuesOf(p.name, p.schema)));
  const hasBody = op.bodySchema !== undefined;

  return fc
    .record({
      base: basePaths(target),
      method: fc.oneof({ weight: 24, arbitrary: validPart(fc.constant(op.method)) }, { weight: 1, arbitrary: invalidPart(fc.constantFrom(...METHODS.filter((m) => m !== op.method)), 'method') }),
      path: fc.record(pathModel),
      query: fc.tuple(...queryParts, strayQuery()),
      credentials: credentialHeaders(target.credentialSets, target.maxHeaderBytes),
      contentType: contentTypeHeaders(target.maxHeaderBytes),
      extra: extraHeaders(target.maxHeaderBytes),
      body: hasBody ? requestBodies(schemaValues(target.document, op.bodySchema, target.hints)) : unexpectedBodies(),
      // A fifth of the bodies go chunked (no Content-Length): the other framing a body reader must handle.
      chunked: fc.nat({ max: 4 }).map((n) => n === 0),
    })
    .map(({ base, method, path, query, credentials, contentType, extra, body, chunked }) => {
      const route = op.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => path[name]?.value ?? '');
      const pairs = query.flatMap((q) => q.value);
      const contentParts = body.value === undefined ? [] : [contentType];
      const parts: Part<unknown>[] = [base, method, ...Object.values(path), ...query, credentials, ...contentParts, extra, body];
      return fuzzRequest({
        api: target.api,
        operationId: op.operationId,
        method: method.value,
        target: `${base.value}${route}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`,
        headers: [...credentials.value, ...(body.value === undefined ? [] : contentType.value), ...extra.value],
        body: body.value,
        framing: chunked ? 'chunked' : 'length',
        mutations: joinParts(parts).mutations,
      });
    });
}

/**
 * Requests aimed outside every operation of the API: unknown paths, traversal towards the control
 * API or the file system, absolute-form and asterisk request targets, any method. The targets of the
 * API's own shape come from the target (`FuzzTarget.offRouteTargets`).
 *
 * @example
 *   fc.sample(offRouteRequests(target), 3);
 */
export function offRouteRequests(target: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const bases = [...target.basePaths, ...target.foreignBasePaths];
  const targets = fc.oneof(
    fc.constantFrom(...ANY_API_OFF_ROUTE_TARGETS, ...target.offRouteTargets),
    fc
      .tuple(fc.constantFrom(...bases), fc.array(fc.oneof(hostileRawSegment(), hostileString({ maxLength: 500 }).map(percentEncode)), { minLength: 1, maxLength: 6 }))
      .map(([base, segments]) => `${base}/${segments.join('/')}`),
  );
  return fc
    .record({
      method: fc.constantFrom(...METHODS),
      target: targets,
      credentials: credentialHeaders(target.credentialSets, target.maxHeaderBytes),
      extra: extraHeaders(target.maxHeaderBytes),
      body: unexpectedBodies(),
    })
    .map(({ method, target: requestTarget, credentials, extra, body }) =>
      fuzzRequest({
        api: target.api,
        operationId: null,
        method,
        target: requestTarget,
        headers: [...credentials.value, ...(body.value === undefined ? [] : ([['Content-Type', 'application/json']] as HeaderLine[])), ...extra.value],
        body: body.value,
        framing: 'length',
        mutations: ['route', ...credentials.mutations, ...extra.mutations, ...body.mutations],
      }),
    );
}

/** Attaches a bounded description for fast-check's counterexample output (not enumerable: not part of the data). */
function fuzzRequest(request: FuzzRequest): FuzzRequest {
  return Object.defineProperty(request, fc.toStringMethod, { value: () => describeRequest(request), enumerable: false });
}

function basePaths(target: FuzzTarget): fc.Arbitrary<Part<string>> {
  return fc.oneof(
    { weight: 24, arbitrary: validPart(fc.constantFrom(...target.basePaths)) },
    { weight: 1, arbitrary: invalidPart(fc.constantFrom(...target.foreignBasePaths), 'base-path') },
  );
}

/** One path segment: a valid value percent-encoded, or a hostile one. */
function pathSegments(name: string, values: fc.Arbitrary<unknown>): fc.Arbitrary<Part<string>> {
  return fc.oneof(
    { weight: 16, arbitrary: validPart(values.map((v) => percentEncode(String(v)))) },
    { weight: 1, arbitrary: invalidPart(hostileRawSegment(), `path:${name}:raw`) },
    { weight: 2, arbitrary: invalidPart(hostileString({ maxLength: 3000 }).map(percentEncode), `path:${name}:string`) },
    {
      weight: 1,
      arbitrary: invalidPart(fc.oneof(hostileNumberText(), fc.constantFrom('[]', '{}', 'true', 'null', '[object Object]')).map(percentEncode), `path:${name}:type`),
    },
  );
}

/** The `name=value` pairs of one query parameter: none, a valid value, a hostile one, or odd syntax. */
function queryPairs(name: string, values: fc.Arbitrary<unknown>): fc.Arbitrary<Part<string[]>> {
  const pair = (value: string) => [`${name}=${value}`];
  return fc.oneof(
    { weight: 4, arbitrary: validPart(fc.constant<string[]>([])) },
    { weight: 4, arbitrary: validPart(values.map((v) => pair(percentEncode(String(v))))) },
    { weight: 2, arbitrary: invalidPart(fc.oneof(hostileString({ maxLength: 3000 }), hostileNumberText()).map((v) => pair(percentEncode(v))), `query:${name}:hostile`) },
    {
      weight: 1,
      arbitrary: invalidPart(
        fc.constantFrom<string[]>([name], [`${name}=`], [`${name}=1`, `${name}=abc`], [`${name}=abc`, `${name}=1`], [`${name}[]=1`], [`${name}=%ZZ`], [`${name}=%ED%A0%80`], [`${name}[__proto__]=1`]),
        `query:${name}:syntax`,
      ),
    },
  );
}

/** Query members no operation declares: mostly none, else prototype keys, hostile pairs, stray syntax. */
function strayQuery(): fc.Arbitrary<Part<string[]>> {
  const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[polluted]', 'constructor[prototype][polluted]'), hostileString({ maxLength: 100 }));
  return fc.oneof(
    { weight: 16, arbitrary: validPart(fc.constant<string[]>([])) },
    {
      weight: 2,
      arbitrary: invalidPart(
        fc.array(fc.tuple(key, hostileString({ maxLength: 200 })), { minLength: 1, maxLength: 4 }).map((pairs) => pairs.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)),
        'query:stray',
      ),
    },
    { weight: 1, arbitrary: invalidPart(fc.constantFrom<string[]>(['&'], ['', '', '='], ['='], ['%'], ['%ZZ=1'], ['a[]=1', 'a[]=2'], ['?'], ['#frag'], [';'], ['+=+']), 'query:syntax') },
  );
}
