import { describe, expect, it } from 'vitest';
import { renderDomainError, renderTransportError } from '../../../src/anyclassroom/mock/renderError.ts';
import { summaryMessage } from '../../../src/anyclassroom/mock/laravelMessages.ts';
import type { RequestViolation, TransportError } from '../../../src/core/mock/types.ts';

const violation = (v: Partial<RequestViolation> & Pick<RequestViolation, 'in' | 'name' | 'keyword'>): RequestViolation => ({ path: '$', message: 'x', params: {}, ...v });
const invalid = (...violations: RequestViolation[]): TransportError => ({ kind: 'InvalidRequest', violations });

describe('renderTransportError', () => {
  it.each<[string, TransportError, number, unknown]>([
    ['Unauthorized', { kind: 'Unauthorized' }, 401, { message: 'Unauthenticated.' }],
    ['MalformedJson (read as empty input)', { kind: 'MalformedJson', detail: 'Unexpected token' }, 422, { message: 'The until time field is required.', errors: { until_time: ['The until time field is required.'] } }],
    ['UnsupportedMediaType', { kind: 'UnsupportedMediaType', contentType: 'text/plain' }, 415, { message: 'Unsupported Media Type' }],
    ['PayloadTooLarge', { kind: 'PayloadTooLarge', limit: 1048576 }, 413, { message: 'The POST data is too large.' }],
    ['RouteNotFound', { kind: 'RouteNotFound', method: 'GET', path: '/api/v1/xyz' }, 404, { message: 'The route api/v1/xyz could not be found.' }],
    ['RouteNotFound (trailing slash, query)', { kind: 'RouteNotFound', method: 'GET', path: '/api/v2/devices/?a=1' }, 404, { message: 'The route api/v2/devices could not be found.' }],
    ['RouteNotFound (root)', { kind: 'RouteNotFound', method: 'GET', path: '/' }, 404, { message: 'The route / could not be found.' }],
    ['ServiceUnavailable', { kind: 'ServiceUnavailable' }, 503, { message: 'Service Unavailable' }],
    ['InternalError', { kind: 'InternalError' }, 500, { message: 'Server Error' }],
  ])('renders %s in Laravel format', (_, error, status, body) => {
    expect(renderTransportError(error)).toMatchObject({ status, body });
  });

  it.each([
    [['GET'], 'GET, HEAD'],
    [['GET', 'POST'], 'GET, HEAD, POST'],
    [['PATCH'], 'PATCH'],
    [['GET', 'HEAD'], 'GET, HEAD'],
  ])('lists %j as "Supported methods: %s" in a 405, with an Allow header', (allowed, listed) => {
    const answer = renderTransportError({ kind: 'MethodNotAllowed', method: 'PUT', path: '/api/v1/devices', allowed });
    expect(answer).toEqual({
      status: 405,
      body: { message: `The PUT method is not supported for route api/v1/devices. Supported methods: ${listed}.` },
      headers: { Allow: listed },
    });
  });

  it.each([
    ['classroomId', 'Classroom not found.'],
    ['token', 'Temporal access not found.'],
    ['anydeskId', 'Device not found.'],
  ])('renders a violation of path parameter %s as the 404 route-model binding gives', (name, message) => {
    const answer = renderTransportError(invalid(violation({ in: 'query', name: 'per_page', keyword: 'maximum', params: { limit: 100 } }), violation({ in: 'path', name, keyword: 'type' })));
    expect(answer).toEqual({ status: 404, body: { message } });
  });

  it.each<[string, RequestViolation, string, string]>([
    ['per_page not an integer', violation({ in: 'query', name: 'per_page', keyword: 'type' }), 'per_page', 'The per page field must be an integer.'],
    ['per_page over 100', violation({ in: 'query', name: 'per_page', keyword: 'maximum', params: { limit: 100 } }), 'per_page', 'The per page field must not be greater than 100.'],
    ['per_page under 1', violation({ in: 'query', name: 'per_page', keyword: 'minimum', params: { limit: 1 } }), 'per_page', 'The per page field must be at least 1.'],
    ['page under 1', violation({ in: 'query', name: 'page', keyword: 'minimum', params: { limit: 1 } }), 'page', 'The page field must be at least 1.'],
    ['until_time missing', violation({ in: 'body', name: 'until_time', keyword: 'required' }), 'until_time', 'The until time field is required.'],
    ['until_time of a wrong type', violation({ in: 'body', name: 'until_time', keyword: 'type' }), 'until_time', 'The until time field must be an integer.'],
    ['from_time not numeric', violation({ in: 'body', name: 'from_time', keyword: 'pattern' }), 'from_time', 'The from time field must be an integer.'],
    ['a body that is not an object', violation({ in: 'body', name: '', keyword: 'type' }), 'until_time', 'The until time field is required.'],
  ])('renders %s as a Laravel 422 field error', (_, v, field, message) => {
    expect(renderTransportError(invalid(v))).toEqual({ status: 422, body: { message, errors: { [field]: [message] } } });
  });

  it('lists fields in rule order, one message each, and counts the rest in the message', () => {
    const answer = renderTransportError(
      invalid(
        violation({ in: 'body', name: 'until_time', keyword: 'type' }),
        violation({ in: 'body', name: 'from_time', keyword: 'type' }),
        violation({ in: 'body', name: 'from_time', keyword: 'pattern' }),
      ),
    );
    expect(answer.body).toEqual({
      message: 'The from time field must be an integer. (and 1 more error)',
      errors: { from_time: ['The from time field must be an integer.'], until_time: ['The until time field must be an integer.'] },
    });
  });
});

describe('renderDomainError', () => {
  it.each([
    [{ kind: 'DeviceNotFound' } as const, 404, { message: 'Device not found.' }],
    [{ kind: 'ClassroomNotFound' } as const, 404, { message: 'Classroom not found.' }],
    [{ kind: 'TemporalAccessNotFound' } as const, 404, { message: 'Temporal access not found.' }],
    [{ kind: 'Forbidden' } as const, 403, { message: 'This action is unauthorized.' }],
    [{ kind: 'AlreadyInvalidatedOrExpired' } as const, 422, { error: 'Temporal access already invalidated or expired' }],
  ])('renders %j', (error, status, body) => {
    expect(renderDomainError(error)).toEqual({ status, body });
  });
});

describe('summaryMessage', () => {
  it.each([
    [{ a: ['First.'] }, 'First.'],
    [{ a: ['First.'], b: ['Second.'] }, 'First. (and 1 more error)'],
    [{ a: ['First.', 'Second.'], b: ['Third.'] }, 'First. (and 2 more errors)'],
  ])('summarises %j as %j', (errors, message) => {
    expect(summaryMessage(errors)).toBe(message);
  });
});
