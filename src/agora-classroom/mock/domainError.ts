import type { AGORA_FACTS } from '../facts.ts';
import type { ClassState } from './state.ts';

type Codes = typeof AGORA_FACTS.codes;

/** The two business codes of a class state that cannot go back (AG-4). */
export type ClassStateConflictCode = Codes['classAlreadyStarted'] | Codes['classEnded'];

/**
 * Every expected failure of the Agora domain, as a value. `renderError.ts` maps each kind to its HTTP
 * status and business code; domain functions never build HTTP answers.
 *
 * @example
 *   const outcome: DomainError = { kind: 'RoomNotFound', roomUuid: 'test_class' };
 */
export type DomainError =
  /** 404 / 20404100 */
  | { readonly kind: 'RoomNotFound'; readonly roomUuid: string }
  /** 404 / 20404200: the user never joined the classroom (AG-55) */
  | { readonly kind: 'UserNotFound'; readonly roomUuid: string; readonly userUuid: string }
  /** 409 / 409 (create only) */
  | { readonly kind: 'RoomExists'; readonly roomUuid: string }
  /** 409 / 30409100 (started, cannot go back to 0) or 30409101 (ended or closed, cannot go back) */
  | { readonly kind: 'ClassStateConflict'; readonly code: ClassStateConflictCode; readonly from: ClassState; readonly to: ClassState }
  /** 409 / 30409410: stop requested, nothing is recording */
  | { readonly kind: 'RecordingNotStarted'; readonly roomUuid: string }
  /** 409 / 30409411: start requested, a recording is running */
  | { readonly kind: 'RecordingNotEnded'; readonly roomUuid: string; readonly recordId: string }
  /** 410 / 30410100: start requested after the class ended (AG-19) */
  | { readonly kind: 'ClassEnded'; readonly roomUuid: string; readonly state: ClassState }
  /** 400 / 400: a value the document's schemas accept but the domain cannot use (an unknown `nextId`) */
  | { readonly kind: 'BadParameter'; readonly name: string; readonly message: string }
  /** 400 / 30400412: a web page recording (`mode` `web`) without a `rootUrl` (AG-51) */
  | { readonly kind: 'WebRecordingRootUrlEmpty'; readonly roomUuid: string };

/**
 * A domain answer: success (`'Ok'`) with its payload, or one of the expected failures.
 *
 * @example
 *   const outcome: Outcome<{ readonly changed: boolean }> = { kind: 'Ok', changed: false };
 */
export type Outcome<T> = ({ readonly kind: 'Ok' } & T) | DomainError;
