import { describe, expect, it } from 'vitest';
import { contentTypeOf, serializeResponse } from '../../../../src/core/mock/pipeline/serializeResponse.ts';

describe('stage: serialisation', () => {
  it('writes the body as JSON with a JSON Content-Type', () => {
    expect(serializeResponse({ status: 201, body: { id: 1 }, headers: { 'X-Total': '1' } })).toEqual({
      status: 201,
      headers: { 'X-Total': '1', 'Content-Type': 'application/json' },
      payload: '{"id":1}',
    });
  });

  it("keeps a body's own Content-Type", () => {
    expect(serializeResponse({ status: 200, body: { a: 1 }, headers: { 'Content-Type': 'application/problem+json' } }).headers).toEqual({ 'Content-Type': 'application/problem+json' });
  });

  it('sends no body and no Content-Type for an answer without a body', () => {
    expect(serializeResponse({ status: 204 })).toEqual({ status: 204, headers: {}, payload: '' });
    expect(contentTypeOf({ status: 204 })).toBeUndefined();
  });
});
