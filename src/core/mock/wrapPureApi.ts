import type { DomainEnv } from '../domain/DomainEnv.ts';
import { Store, type Table } from '../store/Store.ts';
import type { ApiMock, MockRequest, MockResponse, MockState } from './types.ts';

/** A state kept as one immutable value in a one-row table (an API not yet moved to its own tables). */
export interface PureState<P> extends MockState {
  current(): P;
}

/** An API whose behaviour is `(state, request, env) -> { state, response }` over one immutable value. */
export interface PureApi<P> extends Omit<ApiMock, 'newState' | 'loadSeed' | 'handle' | 'stateVersion'> {
  initialState(seed: unknown): P;
  handle(state: P, request: MockRequest, env: DomainEnv): { readonly state: P; readonly response: MockResponse };
}

/**
 * Serves an API written as pure functions over one immutable state value through the store-based
 * `ApiMock`: the value is the single row of table `state`. Transitional: each write still costs what
 * copying the value costs.
 *
 * @example
 *   const api = wrapPureApi({ name: 'x', document, toApiPath, initialState, authenticate, handle, renderError });
 */
export function wrapPureApi<P>(pure: PureApi<P>): ApiMock<PureState<P>> {
  const rootOf = (state: PureState<P>): Table<P> => state.store.table<P>('state');
  return {
    name: pure.name,
    document: pure.document,
    stateVersion: 1,
    toApiPath: (pathname) => pure.toApiPath(pathname),
    newState() {
      const store = new Store();
      const table = store.table<P>('state');
      return {
        store,
        current: () => {
          const value = table.get('root');
          if (value === undefined) throw new Error(`${pure.name}: the state was never loaded`);
          return value;
        },
      };
    },
    loadSeed(state, seed) {
      rootOf(state).put('root', pure.initialState(seed));
    },
    authenticate: (headers, rawPath) => pure.authenticate(headers, rawPath),
    handle(state, request, env) {
      const before = state.current();
      const result = pure.handle(before, request, env);
      if (result.state !== before) rootOf(state).put('root', result.state);
      return result.response;
    },
    renderError: (error, env) => pure.renderError(error, env),
  };
}
