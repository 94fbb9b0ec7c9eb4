import type { DomainEnv } from '../../domain/DomainEnv.ts';
import type { StoreChange } from '../../store/Store.ts';
import type { ApiMock, MockRequest, MockResponse, MockState } from '../types.ts';

/** The domain's answer and what it changed, still undoable. */
export interface DomainResult {
  readonly response: MockResponse;
  readonly changes: readonly StoreChange[];
  readonly undo: () => void;
}

/**
 * Stage 8, the domain: the API's `handle` inside one store transaction, so every change it makes is
 * recorded (for the state file) and can be undone (persistence failed; HEAD). A throw undoes the
 * changes and propagates (a bug: the pipeline answers 500).
 *
 * @example
 *   const { response, changes, undo } = runDomain(api, state, request, env);
 */
export function runDomain<S extends MockState>(api: Pick<ApiMock<S>, 'handle'>, state: S, request: MockRequest, env: DomainEnv): DomainResult {
  const { result, changes, undo } = state.store.transaction(() => api.handle(state, request, env));
  return { response: result, changes, undo };
}
