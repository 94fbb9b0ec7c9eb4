import { describe, expect, it } from 'vitest';
import { authenticateRequest } from '../../../../src/core/mock/pipeline/authenticateRequest.ts';
import { createThingsMock } from '../../fixtures/thingsMock.ts';

describe('stage: authenticate', () => {
  const api = createThingsMock();

  it('lets a request with the API credentials through', () => {
    expect(authenticateRequest(api, { 'x-key': 'secret' }, {})).toBeNull();
  });

  it('stops with the failure the API names', () => {
    expect(authenticateRequest(api, { 'x-key': 'guess' }, {})).toEqual({ kind: 'stop', error: { kind: 'Unauthorized' } });
  });

  it('hands the API the raw path values', () => {
    const seen: unknown[] = [];
    authenticateRequest({ authenticate: (_headers, raw) => (seen.push(raw), null) }, {}, { thingId: '07' });
    expect(seen).toEqual([{ thingId: '07' }]);
  });
});
