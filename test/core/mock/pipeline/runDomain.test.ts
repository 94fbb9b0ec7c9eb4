import { describe, expect, it } from 'vitest';
import { createDomainEnv } from '../../../../src/core/domain/DomainEnv.ts';
import { runDomain } from '../../../../src/core/mock/pipeline/runDomain.ts';
import { createThingsMock, thingsSeed, type ThingsState } from '../../fixtures/thingsMock.ts';

const api = createThingsMock();
const seeded = (): ThingsState => {
  const state = api.newState();
  api.loadSeed(state, thingsSeed, createDomainEnv(0));
  return state;
};
const request = { operationId: 'createThing', path: {}, query: {}, body: { name: 'three' }, url: new URL('http://h/v1/things') };

describe('stage: domain', () => {
  it('runs the API inside one transaction and returns its answer with the changes', () => {
    const state = seeded();
    const { response, changes } = runDomain(api, state, request, createDomainEnv(0));
    expect(response).toEqual({ status: 201, body: { id: 3, name: 'three' } });
    expect(changes).toEqual([{ table: 'things', key: '3', value: { id: 3, name: 'three' } }]);
  });

  it('can undo what it did', () => {
    const state = seeded();
    runDomain(api, state, request, createDomainEnv(0)).undo();
    expect(state.things.size).toBe(2);
  });

  it('undoes every change of a handler that throws, and lets the throw through', () => {
    const state = seeded();
    const failing = createThingsMock({
      handle: (s) => {
        s.things.put('9', { id: 9, name: 'half-done' });
        throw new Error('bug');
      },
    });
    expect(() => runDomain(failing, state, request, createDomainEnv(0))).toThrow('bug');
    expect(state.things.has('9')).toBe(false);
  });
});
