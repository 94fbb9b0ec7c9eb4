import { describe, expect, it } from 'vitest';
import { readRequestBody } from '../../../../src/core/mock/pipeline/readRequestBody.ts';
import { plainRequest } from '../../fixtures/plainRequest.ts';

const takesBody = { acceptsBody: true };

describe('stage: body', () => {
  it('reads the body of an operation that takes one', async () => {
    expect(await readRequestBody(plainRequest('POST', '/', { body: '{"name":"x"}' }), takesBody, 100)).toEqual({ kind: 'read', text: '{"name":"x"}' });
  });

  it('never reads the body of an operation that takes none', async () => {
    const request = plainRequest('GET', '/', { body: 'ignored' });
    // Synchronously: a request without a body costs no promise.
    expect(readRequestBody(request, { acceptsBody: false }, 100)).toEqual({ kind: 'read', text: '' });
    expect(request.bodyReads()).toBe(0);
  });

  it('stops with 413 over the limit and asks for the connection to be closed', async () => {
    expect(await readRequestBody(plainRequest('POST', '/', { body: 'x'.repeat(11) }), takesBody, 10)).toEqual({
      kind: 'stop',
      error: { kind: 'PayloadTooLarge', limit: 10 },
      closeConnection: true,
    });
  });

  it('gives up without an answer when the client goes away mid-body', async () => {
    expect(await readRequestBody(plainRequest('POST', '/', { bodyResult: { kind: 'aborted' } }), takesBody, 10)).toEqual({ kind: 'clientGone' });
  });
});
