import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOracle, type FuzzOracle } from '../../src/core/fuzz/oracle/createOracle.ts';
import type { OracleRules } from '../../src/core/fuzz/oracle/OracleRules.ts';
import type { FuzzAnswer, FuzzRequest, FuzzTarget } from '../../src/core/fuzz/types.ts';
import type { OpenApiDocument } from '../../src/core/openapi/types.ts';
import { thingsDocument } from '../core/fixtures/thingsDocument.ts';

/**
 * The oracle on its own: crafted requests and answers for the core's `things` document, served under
 * `/v1` with `x-key: secret`, errors `{message}` (`Problem`), a refused value answered 422. Each
 * case pins a verdict: an answer the request did not deserve is caught, the right one passes.
 */
const doc: OpenApiDocument & Record<string, unknown> = {
  ...thingsDocument,
  paths: {
    ...thingsDocument.paths,
    // A required body whose members are all optional, as Agora's PATCH of a recording takes.
    '/things/{thingId}/pause': {
      patch: {
        operationId: 'pauseThing',
        parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'integer' } }],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { onhold: { type: 'boolean' } } } } } },
        responses: { '200': { description: 'paused' }, '422': { $ref: '#/components/responses/Problem' } },
      },
    },
    // An optional object body, as Agora's kick and widget operations take.
    '/things/{thingId}/touch': {
      post: {
        operationId: 'touchThing',
        parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'integer' } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { cause: { type: 'object' } } } } } },
        responses: { '200': { description: 'touched' }, '422': { $ref: '#/components/responses/Problem' } },
      },
    },
  },
  servers: [{ url: 'https://things.test/v1' }],
  'x-error-outside-operations': { $ref: '#/components/schemas/Problem' },
  security: [{ Key: [] }],
  components: { ...thingsDocument.components, securitySchemes: { Key: { type: 'apiKey', in: 'header', name: 'x-key' } } },
};

const rules: OracleRules = {
  credentials: (header) => header('x-key') === 'secret',
  bodyLimitBeforeRouting: false,
  trailingSlash: 'open',
  malformedJson: 'refused',
  refusalStatus: 422,
  refusal: () => [422],
  mediaTypeRefusal: () => [415],
  domainRefusals: {},
};

const target: FuzzTarget = {
  api: 'things',
  document: doc,
  origin: 'http://127.0.0.1:4999',
  basePaths: ['/v1'],
  foreignBasePaths: ['/v2'],
  offRouteTargets: [],
  credentialSets: [{ 'x-key': 'secret' }],
  hints: {},
  knownGood: { method: 'GET', target: '/v1/things', headers: { 'x-key': 'secret' } },
  maxHeaderBytes: 1024,
  oracle: rules,
  controlOperations: ['resetMock', 'getMockClock', 'setMockClock'],
};

let oracle: FuzzOracle;
beforeAll(async () => {
  oracle = await createOracle(target, { head: 4096, body: 256 });
});

const KEY: [string, string] = ['x-key', 'secret'];
const JSON_TYPE: [string, string] = ['Content-Type', 'application/json'];
const request = (method: string, path: string, headers: [string, string][] = [KEY], body?: string): FuzzRequest => ({
  api: 'things',
  operationId: null,
  method,
  target: path,
  headers,
  body,
  mutations: [],
});
const answer = (status: number, body?: unknown, headers: Record<string, string> = {}): Extract<FuzzAnswer, { kind: 'answer' }> => ({
  kind: 'answer',
  status,
  headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  body: body === undefined ? '' : JSON.stringify(body),
  ms: 1,
});
const verdict = (r: FuzzRequest, a: ReturnType<typeof answer>) => oracle.judge(r, a).problems.map((p) => p.kind);
const PAGE = { data: [{ id: 1, name: 'one' }], total: 1 };
const PROBLEM = { message: 'no' };

describe('the fuzz oracle: what a request deserves, and whether the answer is that', () => {
  it('accepts a valid request answered with a declared success on the document', () => {
    expect(verdict(request('GET', '/v1/things?per_page=5'), answer(200, PAGE, { 'x-total': '1' }))).toEqual([]);
  });

  it('catches a request without credentials that was answered 200 (an authentication bypass)', () => {
    expect(verdict(request('GET', '/v1/things', []), answer(200, PAGE, { 'x-total': '1' }))).toEqual(['wrong-status']);
    expect(verdict(request('GET', '/v1/things', []), answer(401, PROBLEM))).toEqual([]);
  });

  it('catches a value the document refuses that was accepted, and a valid one that was refused', () => {
    expect(verdict(request('GET', '/v1/things?per_page=500'), answer(200, PAGE, { 'x-total': '1' }))).toEqual(['wrong-status']);
    expect(verdict(request('GET', '/v1/things?per_page=500'), answer(422, PROBLEM))).toEqual([]);
    expect(verdict(request('GET', '/v1/things?per_page=50'), answer(422, PROBLEM))).toEqual(['wrong-status']);
  });

  it('reads integers as decimal text: 0x10 and 1e1 are refused although a coercing validator takes them', () => {
    for (const text of ['0x10', '1e1', '1.0', '']) expect(oracle.expect(request('GET', `/v1/things?per_page=${text}`)).outcomes.map((o) => o.statuses)).toEqual([[422]]);
  });

  it('orders the checks: route before credentials, credentials before values', () => {
    expect(oracle.expect(request('GET', '/v1/nothing', [])).outcomes).toEqual([expect.objectContaining({ statuses: [404], answeredBy: { document: 'api', operationId: null } })]);
    expect(oracle.expect(request('PATCH', '/v1/things', [])).outcomes).toEqual([expect.objectContaining({ statuses: [405], allow: ['GET', 'POST', 'HEAD'] })]);
    expect(oracle.expect(request('GET', '/v1/things?per_page=500', [])).outcomes.map((o) => o.statuses)).toEqual([[401]]);
  });

  it('wants 405 answers to list the path\'s methods in Allow', () => {
    expect(verdict(request('PATCH', '/v1/things'), answer(405, PROBLEM, { allow: 'GET, HEAD, POST' }))).toEqual([]);
    expect(verdict(request('PATCH', '/v1/things'), answer(405, PROBLEM, { allow: 'GET' }))).toEqual(['off-document']);
  });

  it('checks answers outside every operation against the API error schema, and operation answers against the operation', () => {
    expect(verdict(request('GET', '/v1/nothing'), answer(404, { error: 'not the format' }))).toEqual(['off-document']);
    expect(verdict(request('GET', '/v1/things/1'), answer(200, { id: 1 }))).toEqual(['off-document']);
    expect(verdict(request('GET', '/v1/things/1'), answer(200, { id: 1, name: 'one' }))).toEqual([]);
  });

  it('wants 415 for a body not sent as JSON, then the API refusal for JSON that does not parse', () => {
    expect(oracle.expect(request('POST', '/v1/things', [KEY, ['Content-Type', 'text/plain']], '{"name":"a"}')).outcomes.map((o) => o.statuses)).toEqual([[415]]);
    expect(oracle.expect(request('POST', '/v1/things', [KEY, JSON_TYPE], '{"name":')).outcomes.map((o) => o.statuses)).toEqual([[422]]);
    // createThing declares 201, 4XX and default: a valid body may meet any 4xx of its domain, but not the refusal 422 or a 415.
    const valid = oracle.expect(request('POST', '/v1/things', [KEY, JSON_TYPE], '{"name":"a"}')).outcomes.flatMap((o) => o.statuses);
    expect(valid).toEqual(expect.arrayContaining([201, 404, 409]));
    expect(valid).not.toEqual(expect.arrayContaining([422]));
    expect(valid).not.toEqual(expect.arrayContaining([415]));
  });

  // Prism takes a JSON null body for no body; the schema (an object) refuses it.
  it('refuses a JSON null body where the schema wants an object, and takes no body where it is optional', () => {
    expect(oracle.expect(request('POST', '/v1/things/1/touch', [KEY, JSON_TYPE], 'null')).outcomes.map((o) => o.statuses)).toEqual([[422]]);
    expect(oracle.expect(request('POST', '/v1/things/1/touch', [KEY])).outcomes.map((o) => o.statuses)).toEqual([[200]]);
  });

  it('reads an absent body as {}, as the mocks do: a required body whose members are all optional takes none; a sent one is still judged', () => {
    expect(verdict(request('PATCH', '/v1/things/1/pause'), answer(200))).toEqual([]);
    expect(verdict(request('PATCH', '/v1/things/1/pause'), answer(422, PROBLEM))).toEqual(['wrong-status']);
    expect(verdict(request('PATCH', '/v1/things/1/pause', [KEY, JSON_TYPE], '{"onhold": "yes"}'), answer(200))).toEqual(['wrong-status']);
  });

  it('wants 413 for a body over the limit, and 431 for a head over the limit', () => {
    expect(oracle.expect(request('POST', '/v1/things', [KEY, JSON_TYPE], `{"name":"${'x'.repeat(300)}"}`)).outcomes.map((o) => o.statuses)).toEqual([[413]]);
    expect(oracle.expect(request('GET', '/v1/things', [KEY, ['X-Big', 'a'.repeat(6000)]])).outcomes.map((o) => o.statuses)).toEqual([[431]]);
  });

  it('with the body size checked before routing, wants 413 for a declared length on any path, but measures a chunked body only where it is read', async () => {
    const first = await createOracle({ ...target, oracle: { ...rules, bodyLimitBeforeRouting: true } }, { head: 4096, body: 256 });
    const big = `{"name":"${'x'.repeat(300)}"}`;
    expect(first.expect(request('DELETE', '/v1/nowhere', [KEY, JSON_TYPE], big)).outcomes.map((o) => [o.statuses, o.answeredBy.operationId])).toEqual([[[413], null]]);
    const chunked = { ...request('GET', '/v1/nowhere', [KEY, JSON_TYPE], big), framing: 'chunked' as const };
    expect(first.expect(chunked).outcomes.map((o) => o.statuses)).toEqual([[404]]);
  });

  it('accepts every reading of what the sources leave open, and names it', () => {
    const twice = oracle.expect(request('GET', '/v1/things', [KEY, ['x-key', 'other']]));
    expect(twice.open).toEqual(['a header sent twice']);
    expect(twice.outcomes.flatMap((o) => o.statuses)).toEqual(expect.arrayContaining([200, 401]));
    const slash = oracle.expect(request('GET', '/v1/things/'));
    expect(slash.open).toEqual(['a trailing slash']);
  });

  it('wants x-mock-warnings to name exactly the undeclared query parameters once the body is decoded, and nothing before (MK-2)', () => {
    const warned = (header?: string): Record<string, string> => (header === undefined ? {} : { 'x-mock-warnings': header });
    const page = (header?: string) => answer(200, PAGE, { 'x-total': '1', ...warned(header) });
    expect(verdict(request('GET', '/v1/things?per_page=1&colour=red&colour=blue&Tag=x'), page('unknown-query colour, unknown-query Tag'))).toEqual([]);
    expect(verdict(request('GET', '/v1/things?per_page=1&colour=red'), page())).toEqual(['off-document']);
    expect(verdict(request('GET', '/v1/things?per_page=1'), page('unknown-query per_page'))).toEqual(['off-document']);
    expect(verdict(request('GET', '/v1/things?colour=red', []), answer(401, PROBLEM, warned('unknown-query colour')))).toEqual(['off-document']);
    expect(verdict(request('GET', '/v1/things?a%20b=1'), page('unknown-query a b'))).toEqual(['off-document']);
    expect(verdict(request('GET', '/v1/things?a%20b=1'), page('unknown-query a%20b'))).toEqual([]);
  });

  it('judges requests that reach the control API by the mock-control document', () => {
    expect(verdict(request('GET', '/v1/things/%2e%2e/%2e%2e/__mock/clock', []), answer(200, { now: 1, frozen: false }))).toEqual([]);
    expect(verdict(request('GET', '/__mock/nope', []), answer(404, { error: 'No control endpoint /__mock/nope.' }))).toEqual([]);
    expect(verdict(request('POST', '/__mock/rooms/r1/users', [], '{}'), answer(200, {}))).toEqual(['wrong-status']);
  });

  it('never expects a 5xx, whatever the request', () => {
    const any = fc.record({ method: fc.constantFrom('GET', 'POST', 'DELETE'), path: fc.constantFrom('/v1/things', '/v1/things/1', '/x', '/v1/things/abc') });
    fc.assert(fc.property(any, ({ method, path }) => oracle.expect(request(method, path)).outcomes.every((o) => o.statuses.every((s) => s < 500))));
  });
});
