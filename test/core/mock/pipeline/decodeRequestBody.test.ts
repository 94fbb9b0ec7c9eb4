import { describe, expect, it } from 'vitest';
import { decodeRequestBody } from '../../../../src/core/mock/pipeline/decodeRequestBody.ts';

const takesBody = { acceptsBody: true };

describe('stage: content type and JSON', () => {
  it('parses a JSON body, +json types included', () => {
    expect(decodeRequestBody(takesBody, '{"name":"x"}', 'application/vnd.things+json')).toEqual({ kind: 'decoded', body: { name: 'x' } });
  });

  it('reads an absent body as empty input ({}) so validation names what is missing', () => {
    expect(decodeRequestBody(takesBody, '', undefined)).toEqual({ kind: 'decoded', body: {} });
  });

  it('hands an operation without a body undefined', () => {
    expect(decodeRequestBody({ acceptsBody: false }, '', 'text/plain')).toEqual({ kind: 'decoded', body: undefined });
  });

  it('stops with 415 for a body that is not JSON, naming its media type', () => {
    expect(decodeRequestBody(takesBody, 'name=x', 'application/x-www-form-urlencoded; charset=utf-8')).toEqual({
      kind: 'stop',
      error: { kind: 'UnsupportedMediaType', contentType: 'application/x-www-form-urlencoded' },
    });
  });

  it('stops with MalformedJson for a body that does not parse or holds 1e400', () => {
    expect(decodeRequestBody(takesBody, '{"name":', 'application/json')).toMatchObject({ kind: 'stop', error: { kind: 'MalformedJson' } });
    expect(decodeRequestBody(takesBody, '{"n":1e400}', 'application/json')).toMatchObject({ kind: 'stop', error: { kind: 'MalformedJson', detail: expect.stringContaining('out of range') } });
  });
});
