import { AGORA_FACTS } from '../facts.ts';
import type { ClassStateConflictCode } from './domainError.ts';
import type { ClassState } from './state.ts';

/** What asking a class in state `from` to go to state `to` means. */
export type ClassTransition =
  /** `to` lies ahead of `from` (a step may be skipped): the state changes and a cmd-1 event follows. */
  | { readonly kind: 'Change' }
  /** `to` is the current state: success, nothing changes, no event (AG-4). */
  | { readonly kind: 'Unchanged' }
  /** `to` lies behind `from`: 409 with `code`. */
  | { readonly kind: 'Conflict'; readonly code: ClassStateConflictCode };

/**
 * The class state rule of AG-4: the state only moves forward (`0 → 1 → 2 → 3`, steps may be
 * skipped); the current state again is a no-op; going back fails with 30409100 when the class
 * has been started (`1 → 0`) and 30409101 when it has been ended or closed (`2`/`3` → earlier).
 *
 * @example
 *   classTransition(0, 2); // { kind: 'Change' }
 *   classTransition(1, 0); // { kind: 'Conflict', code: 30409100 }
 *   classTransition(3, 1); // { kind: 'Conflict', code: 30409101 }
 */
export function classTransition(from: ClassState, to: ClassState): ClassTransition {
  if (to === from) return { kind: 'Unchanged' };
  if (to > from) return { kind: 'Change' };
  return { kind: 'Conflict', code: from === 1 ? AGORA_FACTS.codes.classAlreadyStarted : AGORA_FACTS.codes.classEnded };
}
