import { describe, expect, it } from 'vitest';
import { createAnyClassroomClient } from '../../src/anyclassroom/client/createAnyClassroomClient.ts';
import {
  AnyClassroomAlreadyInvalidatedError,
  AnyClassroomError,
  AnyClassroomForbiddenError,
  AnyClassroomNotFoundError,
  AnyClassroomRequestRejectedError,
  AnyClassroomServerError,
  AnyClassroomUnauthenticatedError,
  AnyClassroomValidationError,
} from '../../src/anyclassroom/client/errors.ts';
import { unwrapAnyClassroom } from '../../src/anyclassroom/client/unwrapAnyClassroom.ts';
import { isValidationErrorOf } from '../../src/anyclassroom/client/validationFields.ts';
import { fakeFetch, json } from './support/fakeFetch.ts';

const device = { anydesk_id: '123456789', anydesk_alias: 'a@ad', anydesk_password: 'p', has_2fa: true, status: 'enabled', classroom: null, latest_temporal_access: [] };

describe('createAnyClassroomClient', () => {
  it('sends X-Token-AC and Accept: application/json to the production host by default', async () => {
    const server = fakeFetch(() => json(200, { data: device }));
    const client = createAnyClassroomClient({ token: 'secret', fetch: server.fetch });
    await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '123456789' } } });
    const [request] = server.seen;
    expect(request?.url.href).toBe('https://app.anyclassroom.com/api/v1/devices/123456789');
    expect(request?.headers.get('X-Token-AC')).toBe('secret');
    expect(request?.headers.get('Accept')).toBe('application/json');
    expect(request?.headers.get('Content-Type')).toBeNull();
  });

  it('sends a body as JSON with Content-Type: application/json', async () => {
    const server = fakeFetch(() => json(201, { data: {} }));
    const client = createAnyClassroomClient({ token: 't', baseUrl: 'http://127.0.0.1:9/api/v1', fetch: server.fetch });
    await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: 'sog-elite-14-1@ad' } }, body: { from_time: '1596642000', until_time: 1596643000 } });
    const [request] = server.seen;
    expect(request?.method).toBe('POST');
    expect(request?.url.pathname).toBe('/api/v1/devices/sog-elite-14-1%40ad/temporal');
    expect(request?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ from_time: '1596642000', until_time: 1596643000 });
  });

  it('asks a token function for the token before every request', async () => {
    const server = fakeFetch(() => json(200, { data: device }));
    let n = 0;
    const client = createAnyClassroomClient({ token: async () => `token-${++n}`, fetch: server.fetch });
    await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    expect(server.seen.map((r) => r.headers.get('X-Token-AC'))).toEqual(['token-1', 'token-2']);
  });

  it('lets one call override a header it sets', async () => {
    const server = fakeFetch(() => json(200, { data: device }));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } }, headers: { 'X-Token-AC': 'other' } });
    expect(server.seen[0]?.headers.get('X-Token-AC')).toBe('other');
  });

  it('rejects before sending when the token is empty (a bug, not a server answer)', async () => {
    const server = fakeFetch(() => json(200, {}));
    const client = createAnyClassroomClient({ token: '', fetch: server.fetch });
    await expect(client.GET('/classrooms')).rejects.toThrow(TypeError);
    expect(server.seen).toHaveLength(0);
  });

  it('returns { error } for an HTTP error and does not throw', async () => {
    const server = fakeFetch(() => json(404, { message: 'Device not found.' }));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const result = await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ message: 'Device not found.' });
  });
});

describe('unwrapAnyClassroom', () => {
  const cases = [
    [400, { message: 'Bad Request' }, AnyClassroomRequestRejectedError, 'BadRequest'],
    [401, { message: 'Unauthenticated.' }, AnyClassroomUnauthenticatedError, 'Unauthenticated'],
    [403, { message: 'This action is unauthorized.' }, AnyClassroomForbiddenError, 'Forbidden'],
    [404, { message: 'Device not found.' }, AnyClassroomNotFoundError, 'NotFound'],
    [413, { message: 'The POST data is too large.' }, AnyClassroomRequestRejectedError, 'PayloadTooLarge'],
    [415, { message: 'Unsupported Media Type' }, AnyClassroomRequestRejectedError, 'UnsupportedMediaType'],
    [422, { message: 'The until time field is required.', errors: { until_time: ['The until time field is required.'] } }, AnyClassroomValidationError, 'ValidationFailed'],
    [422, { error: 'Temporal access already invalidated or expired' }, AnyClassroomAlreadyInvalidatedError, 'AlreadyInvalidatedOrExpired'],
    [500, { message: 'Server Error' }, AnyClassroomServerError, 'ServerError'],
    [503, { message: 'Service Unavailable' }, AnyClassroomServerError, 'ServiceUnavailable'],
    [418, { message: 'I am a teapot' }, AnyClassroomError, 'Unexpected'],
  ] as const;

  it.each(cases)('throws for %i %j a %o carrying status, code and body', async (status, body, ErrorClass, code) => {
    const server = fakeFetch(() => json(status, body));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch, retry: false });
    const error = await client.GET('/classrooms').then((r) => unwrapAnyClassroom(r)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status, code, body });
    expect((error as Error).message).toContain(String(status));
  });

  it('returns the data of a success', async () => {
    const server = fakeFetch(() => json(200, { data: device }));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const { data } = unwrapAnyClassroom(await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } }));
    expect(data.anydesk_id).toBe('123456789');
  });

  it('types the 422 field errors of the operation it was tagged with', async () => {
    const body = { message: 'The from time field must be less than 1596643000.', errors: { from_time: ['The from time field must be less than 1596643000.'] } };
    const server = fakeFetch(() => json(422, body));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const result = await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '1' } }, body: { from_time: 2, until_time: 1 } });
    let caught: unknown;
    try {
      unwrapAnyClassroom(result, 'createTemporalAccess');
    } catch (error) {
      caught = error;
    }
    expect(isValidationErrorOf(caught, 'createTemporalAccess')).toBe(true);
    expect(isValidationErrorOf(caught, 'listDevices')).toBe(false);
    if (isValidationErrorOf(caught, 'createTemporalAccess')) {
      expect(caught.fields.from_time).toEqual(['The from time field must be less than 1596643000.']);
      expect(caught.fields.until_time).toBeUndefined();
    }
  });
});
