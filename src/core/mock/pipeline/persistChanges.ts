import type { StatePersistence } from '../../store/StatePersistence.ts';
import { stop, type Stop } from './PlainRequest.ts';
import type { DomainResult } from './runDomain.ts';

/** Where and how one API's committed changes are saved. */
export interface PersistenceTarget {
  readonly persistence: StatePersistence | undefined;
  readonly api: string;
  readonly stateVersion: number;
  /** The clock (Unix ms) when frozen, else `null`: saved with the changes. */
  frozenClockMs(): number | null;
  log(entry: Record<string, unknown>): void;
}

/**
 * Stage 9, persistence: a HEAD changes nothing (RFC 9110: a HEAD on the polling endpoint must not
 * consume the events), so its changes are undone; other changes are appended to the state file
 * before the answer goes out. Not saved means not done: when the append throws, the changes are
 * undone and the client is told to retry (503, `Retry-After: 1`).
 *
 * @example
 *   const failed = persistChanges(target, 'POST', domain); // null when saved (or nothing to save)
 */
export function persistChanges(target: PersistenceTarget, method: string, domain: Pick<DomainResult, 'changes' | 'undo'>): Stop | null {
  if (method === 'HEAD') {
    domain.undo();
    return null;
  }
  if (domain.changes.length === 0 || !target.persistence) return null;
  try {
    target.persistence.append(target.api, { stateVersion: target.stateVersion, changes: domain.changes, frozenClockMs: target.frozenClockMs() });
    return null;
  } catch (error) {
    domain.undo();
    target.log({ level: 'error', msg: 'cannot write the state file; the change was not applied', error: (error as Error).message });
    return stop({ kind: 'ServiceUnavailable' }, { headers: { 'Retry-After': '1' } });
  }
}
