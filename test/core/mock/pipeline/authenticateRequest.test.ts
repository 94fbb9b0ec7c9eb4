import { describe, expect, it } from 'vitest';
import { authenticateRequest } from '../../../../src/core/mock/pipeline/authenticateRequest.ts';
import { createThingsMock } from '../../fixtures/thingsMock.ts';

/** A mock clock's reading. */
const ENV = { nowMs: 1_700_000_000_000 };

describe('stage: authenticate', () => {
  const api = createThingsMock();

  it('lets a request with the API credentials through', () => {
    expect(authenticateRequest(api, { 'x-key': 'secret' }, {}, ENV)).toBeNull();
  });

  it('stops with the failure the API names', () => {
    expect(authenticateRequest(api, { 'x-key': 'guess' }, {}, ENV)).toEqual({ kind: 'stop', error: { kind: 'Unauthorized' } });
  });

  it('hands the API the raw path values and the mock clock (for credentials that expire)', () => {
    const seen: unknown[] = [];
    authenticateRequest({ authenticate: (_headers, raw, env) => (seen.push(raw, env.nowMs), null) }, {}, { thingId: '07' }, ENV);
    expect(seen).toEqual([{ thingId: '07' }, 1_700_000_000_000]);
  });
});
