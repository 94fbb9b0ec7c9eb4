import type { AGORA_FACTS } from '../facts.ts';
import type { ClassState } from './state.ts';

type Codes = typeof AGORA_FACTS.codes;

/** The two business codes of a class state that cannot go back (AG-4). */
export type ClassStateConflictCode = Codes['classAlreadyStarted'] | Codes['classEnded'];

/**
 * Every expected failure of the Agora domain, as a value. `renderError.ts` maps each kind to its HTTP
 * status and business code (the API's `{code, msg, ts}`, or the control API's `{error, code?}`);
 * domain functions never build HTTP answers.
 *
 * @example
 *   const outcome: DomainError = { kind: 'RoomNotFound', roomUuid: 'test_class' };
 */
export type DomainError =
  /** 404 / 20404100: no such classroom, or it has been destroyed (AG-42) */
  | { readonly kind: 'RoomNotFound'; readonly roomUuid: string }
  /** 404 / 20404200: the user never joined the classroom (AG-55) */
  | { readonly kind: 'UserNotFound'; readonly roomUuid: string; readonly userUuid: string }
  /** 409 / 409, or 409 / 30409104 when the existing classroom has another `roomType` (create only, AG-18) */
  | { readonly kind: 'RoomExists'; readonly roomUuid: string; readonly roomTypeConflict: boolean }
  /** 409 / 30409100 (started, cannot go back to 0) or 30409101 (ended or closed, cannot go back) */
  | { readonly kind: 'ClassStateConflict'; readonly code: ClassStateConflictCode; readonly from: ClassState; readonly to: ClassState }
  /** 409 / 30409410: stop requested, nothing is recording */
  | { readonly kind: 'RecordingNotStarted'; readonly roomUuid: string }
  /** 409 / 30409411: start requested, a recording is running */
  | { readonly kind: 'RecordingNotEnded'; readonly roomUuid: string; readonly recordId: string }
  /** 410 / 30410100: start requested after the class ended (AG-19) */
  | { readonly kind: 'ClassEnded'; readonly roomUuid: string; readonly state: ClassState }
  /** 400 / 400: a value the document's schemas accept but the operation cannot use (breakout rooms without `groups`) */
  | { readonly kind: 'BadParameter'; readonly name: string; readonly message: string }
  /** Control API 409: a closed classroom (state 3) takes nobody in (AG-40, AG-60) */
  | { readonly kind: 'RoomClosed'; readonly roomUuid: string }
  /** Control API 409: a kick's ban still runs, until `until` (ms) or for good (`null`) (AG-57) */
  | { readonly kind: 'UserBanned'; readonly roomUuid: string; readonly userUuid: string; readonly until: number | null }
  /** Control API 409: `roleConfig."<role>".limit` users with that role are online (AG-60) */
  | { readonly kind: 'RoleFull'; readonly roomUuid: string; readonly role: number; readonly limit: number }
  /** Control API 409: the user must be online for this */
  | { readonly kind: 'UserNotOnline'; readonly roomUuid: string; readonly userUuid: string }
  /** Control API 409: `processes.handsUp.maxAccept` users are on the stage (AG-61) */
  | { readonly kind: 'StageFull'; readonly roomUuid: string; readonly maxAccept: number }
  /** Control API 403 / 30403200: chat is muted and the sender is a student (AG-61) */
  | { readonly kind: 'ChatMuted'; readonly roomUuid: string }
  /** 400 / 30400412: a web page recording (`mode` `web`) without a `rootUrl` (AG-51) */
  | { readonly kind: 'WebRecordingRootUrlEmpty'; readonly roomUuid: string };

/**
 * A domain answer: success (`'Ok'`) with its payload, or one of the expected failures.
 *
 * @example
 *   const outcome: Outcome<{ readonly changed: boolean }> = { kind: 'Ok', changed: false };
 */
export type Outcome<T> = ({ readonly kind: 'Ok' } & T) | DomainError;
