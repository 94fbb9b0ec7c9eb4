import { describe, expect, it } from 'vitest';
import { compileOperations } from '../../../../src/core/http/compileOperations.ts';
import { routeRequest } from '../../../../src/core/mock/pipeline/routeRequest.ts';
import { createThingsMock } from '../../fixtures/thingsMock.ts';
import { thingsDocument } from '../../fixtures/thingsDocument.ts';

const api = createThingsMock();
const routes = compileOperations(thingsDocument, 'things-route');
const url = (path: string) => new URL(`http://things.test${path}`);

describe('stage: route', () => {
  it('binds a request to its operation, with raw path values and the path in the document space', () => {
    expect(routeRequest(api, routes, 'GET', url('/v1/things/7'))).toMatchObject({ kind: 'routed', operation: { operationId: 'getThing' }, params: { thingId: '7' }, apiPath: '/things/7' });
  });

  it('stops with RouteNotFound outside the API and on an unknown path', () => {
    expect(routeRequest(api, routes, 'GET', url('/v2/things'))).toEqual({ kind: 'stop', error: { kind: 'RouteNotFound', method: 'GET', path: '/v2/things' } });
    expect(routeRequest(api, routes, 'GET', url('/v1/nothing'))).toEqual({ kind: 'stop', error: { kind: 'RouteNotFound', method: 'GET', path: '/v1/nothing' } });
  });

  it('stops with MethodNotAllowed, listing the methods the path has', () => {
    expect(routeRequest(api, routes, 'PUT', url('/v1/things/1'))).toEqual({
      kind: 'stop',
      error: { kind: 'MethodNotAllowed', method: 'PUT', path: '/v1/things/1', allowed: ['GET', 'DELETE', 'HEAD'] },
    });
  });
});
