import type { StoreChange, StoreSnapshot } from './Store.ts';

/** One API's state as a persistence port hands it back at start-up. */
export interface SavedState {
  /** The API's table format version it was saved with (`ApiMock.stateVersion`). */
  readonly stateVersion: number;
  /** The last full picture of the tables... */
  readonly snapshot: StoreSnapshot;
  /** ...and every change committed after it, in order (restore with `store.restore(snapshot, changes)`). */
  readonly changes: readonly StoreChange[];
  /** The clock (Unix ms) when it was frozen at the last write, else `null`. */
  readonly frozenClockMs: number | null;
}

/**
 * Where a mock keeps its state across restarts (`--state-file`). The server calls `append` after a
 * transaction commits and before the answer is sent; a throw means "not saved", and the server undoes
 * the transaction and answers 503. Implementations must make an acknowledged `append` survive the
 * process being killed (`kill -9`).
 *
 * @example
 *   persistence.append('anyclassroom', { stateVersion: 1, changes, frozenClockMs: null });
 */
export interface StatePersistence {
  /** Where the state is kept, for messages (a file path). */
  readonly location: string;
  /** The saved state of one API, or `undefined` on a first start. */
  load(api: string): SavedState | undefined;
  /**
   * Records one committed transaction of an API (`changes` may be empty when only the clock moved).
   * Its cost must not grow with the size of the state.
   */
  append(api: string, entry: { readonly stateVersion: number; readonly changes: readonly StoreChange[]; readonly frozenClockMs: number | null }): void;
  /** Replaces an API's whole saved state (after a reset to the seed). */
  replace(api: string, entry: { readonly stateVersion: number; readonly snapshot: StoreSnapshot; readonly frozenClockMs: number | null }): void;
}
