import { describe, expect, it } from 'vitest';
import { compileOperations } from '../../../src/core/http/compileOperations.ts';
import { thingsDocument } from '../fixtures/thingsDocument.ts';

const routes = compileOperations(thingsDocument, 'things-compiled');
const op = (operationId: string) => routes.operations.find((o) => o.operationId === operationId)!;

describe('routing', () => {
  it('finds the operation and the raw path values', () => {
    const found = routes.route('GET', '/things/7');
    expect(found.kind === 'match' && [found.match.operation.operationId, found.match.params]).toEqual(['getThing', { thingId: '7' }]);
  });

  it('answers HEAD with the GET operation and lists HEAD among the allowed methods', () => {
    const head = routes.route('HEAD', '/things');
    expect(head.kind === 'match' && head.match.operation.operationId).toBe('listThings');
    expect(routes.route('PUT', '/things')).toEqual({ kind: 'methodNotAllowed', allowed: ['GET', 'POST', 'HEAD'] });
  });

  it('tells an unknown path from a wrong method, and ignores a trailing slash', () => {
    expect(routes.route('GET', '/nothing')).toEqual({ kind: 'notFound' });
    expect(routes.route('GET', '/things/').kind).toBe('match');
  });

  // Found by the fuzz oracle: `/devices//temporal` reached createTemporalAccess and answered 401, not 404 (AC-32).
  it('gives a path parameter no empty segment: /things// matches nothing', () => {
    expect(routes.route('DELETE', '/things//')).toEqual({ kind: 'notFound' });
    expect(routes.route('DELETE', '/things/%20').kind).toBe('match');
  });
});

describe('the compiled operation', () => {
  it('exposes its merged parameters and its declared responses in document order', () => {
    expect(op('deleteThing').parameters).toEqual([expect.objectContaining({ name: 'thingId', schema: { type: 'string', pattern: '^[a-z0-9-]+$' } })]);
    expect(op('listThings').responses.map((r) => r.key)).toEqual(['200', '401', '4XX', '5XX']);
    expect(op('listThings').responses[0]).toMatchObject({ contentTypes: ['application/json'], headers: [{ name: 'X-Total', required: true }] });
  });

  it('selects the declared response for a status: exact, then the range, then default', () => {
    expect(op('listThings').responseFor(422)?.key).toBe('4XX');
    expect(op('getThing').responseFor(500)?.key).toBe('default');
    expect(op('listThings').responseFor(302)).toBeUndefined();
  });
});

describe('request validation', () => {
  it('coerces path and query text to the schema types and applies query defaults', () => {
    const path: Record<string, unknown> = { thingId: '7' };
    expect(op('getThing').validateRequest(path, {}, undefined)).toEqual([]);
    expect(path.thingId).toBe(7);
    const query: Record<string, unknown> = {};
    expect(op('listThings').validateRequest({}, query, undefined)).toEqual([]);
    expect(query).toEqual({ per_page: 10 });
  });

  it('returns every violation, each naming its location, parameter and keyword', () => {
    expect(op('listThings').validateRequest({}, { per_page: '500', tag: 'far-too-long' }, undefined)).toEqual([
      expect.objectContaining({ in: 'query', name: 'per_page', path: '$.per_page', keyword: 'maximum' }),
      expect.objectContaining({ in: 'query', name: 'tag', path: '$.tag', keyword: 'maxLength' }),
    ]);
  });

  it.each(['1.0', '0x10', '1e1', ' 2'])('refuses the integer %j: integers are written as decimal integers', (text) => {
    expect(op('getThing').validateRequest({ thingId: text }, {}, undefined)).toEqual([expect.objectContaining({ in: 'path', name: 'thingId', keyword: 'type' })]);
  });

  it('refuses a number beyond a double', () => {
    expect(op('listThings').validateRequest({}, { per_page: '1e400' }, undefined)).toContainEqual(expect.objectContaining({ in: 'query', name: 'per_page', message: 'must be a finite number' }));
  });

  it('validates the body from a $ref request body, naming the property, and requires it when the document does', () => {
    expect(op('createThing').acceptsBody).toBe(true);
    expect(op('getThing').acceptsBody).toBe(false);
    expect(op('createThing').validateRequest({}, {}, { name: '', 'odd key': 'yes' })).toEqual([
      expect.objectContaining({ in: 'body', name: 'name', path: '$.name', keyword: 'minLength' }),
      expect.objectContaining({ in: 'body', name: 'odd key', path: '$["odd key"]', keyword: 'type' }),
    ]);
    expect(op('createThing').validateRequest({}, {}, {})).toEqual([expect.objectContaining({ in: 'body', name: 'name', path: '$', keyword: 'required' })]);
    expect(op('createThing').validateRequest({}, {}, undefined)).toEqual([expect.objectContaining({ in: 'body', keyword: 'required', message: 'request body is required' })]);
  });
});

describe('response validation', () => {
  const page = { data: [{ id: 1, name: 'one' }], total: 1 };

  it('accepts an answer as declared, headers included', () => {
    expect(op('listThings').validateResponse(200, 'application/json; charset=utf-8', page, { 'x-total': '1' })).toEqual([]);
  });

  it('flags an undeclared status, an undeclared content type and a missing body', () => {
    expect(op('listThings').validateResponse(302, undefined, undefined)).toEqual([expect.objectContaining({ kind: 'status' })]);
    expect(op('getThing').validateResponse(200, 'text/html', '<p>')).toEqual([expect.objectContaining({ kind: 'contentType', params: { declared: ['application/json'] } })]);
    expect(op('getThing').validateResponse(200, undefined, undefined)).toEqual([expect.objectContaining({ kind: 'missingBody' })]);
    expect(op('deleteThing').validateResponse(204, undefined, undefined)).toEqual([]);
  });

  it('reports every schema violation of the body with its path and segments', () => {
    expect(op('getThing').validateResponse(200, 'application/json', { id: '1', name: 'x', 'odd key': 2 })).toEqual([
      expect.objectContaining({ kind: 'schema', path: '$.id', segments: ['id'] }),
      expect.objectContaining({ kind: 'schema', path: '$["odd key"]', segments: ['odd key'] }),
    ]);
  });

  it('checks declared headers, case-insensitively: a required one must be there and match its schema (text coerced)', () => {
    expect(op('listThings').validateResponse(200, 'application/json', page, {})).toEqual([
      expect.objectContaining({ kind: 'header', header: 'X-Total', message: 'required header X-Total is absent', params: { missingProperty: 'x-total' } }),
    ]);
    expect(op('listThings').validateResponse(200, 'application/json', page, { 'X-TOTAL': 'many' })).toEqual([
      expect.objectContaining({ kind: 'header', header: 'X-Total', path: '$', message: 'header X-Total must be integer', params: { type: 'integer' } }),
    ]);
    expect(op('createThing').validateResponse(503, 'application/json', { message: 'busy' }, { 'Retry-After': '0' })).toEqual([
      expect.objectContaining({ kind: 'header', header: 'Retry-After', params: expect.objectContaining({ comparison: '>=', limit: 1 }) }),
    ]);
  });

  it('reports a bad list item at its position as sent, once the items before it were remembered (MK-12)', () => {
    const [one, two] = [Object.freeze({ id: 1, name: 'one' }), Object.freeze({ id: 2, name: 'two' })];
    expect(op('listThings').validateResponse(200, 'application/json', { data: [one, two], total: 2 })).toEqual([]);
    expect(op('listThings').validateResponse(200, 'application/json', { data: [one, two], total: 2 })).toEqual([]);
    const bad = Object.freeze({ id: 3, name: '' });
    expect(op('listThings').validateResponse(200, 'application/json', { data: [one, two, bad], total: 3 })).toEqual([
      expect.objectContaining({ kind: 'schema', path: '$.data[2].name', segments: ['data', '2', 'name'] }),
    ]);
    expect(op('listThings').validateResponse(200, 'application/json', { data: [two, one], total: 'two' })).toEqual([expect.objectContaining({ path: '$.total' })]);
  });

  it('leaves headers unchecked when none are given, and never checks Content-Type as a header', () => {
    expect(op('listThings').validateResponse(200, 'application/json', page)).toEqual([]);
  });
});

describe('start-up cost', () => {
  it('sets up ajv for the document on the first validator compiled, not when the operations are compiled', () => {
    // Two schemas with one $id: ajv refuses the document when it is added to an ajv instance.
    const doc = structuredClone(thingsDocument) as unknown as { components: { schemas: Record<string, unknown> } };
    doc.components.schemas.Twin1 = { $id: 'https://example.invalid/twin', type: 'string' };
    doc.components.schemas.Twin2 = { $id: 'https://example.invalid/twin', type: 'number' };
    const lazyRoutes = compileOperations(doc as unknown as typeof thingsDocument, 'things-lazy');
    const found = lazyRoutes.route('GET', '/things/7');
    expect(found.kind).toBe('match');
    expect(() => lazyRoutes.operations.forEach((o) => o.warmUp())).toThrowError(/twin/);
  });
});
