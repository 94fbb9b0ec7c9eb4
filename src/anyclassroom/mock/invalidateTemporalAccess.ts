import type { DomainEnv } from '../../core/domain/DomainEnv.ts';

import { ANYCLASSROOM_FACTS } from '../facts.ts';
import type { Outcome } from './domainError.ts';
import { toLaravelTimestamp } from './laravelTimestamp.ts';
import { ownAccount, type AnyClassroomState } from './state.ts';

const MARK_MS = ANYCLASSROOM_FACTS.invalidationMarkSeconds * 1000;

/**
 * The 30-second mark an invalidation requested at `nowMs` takes effect at, strictly after now (Unix
 * seconds): 18:30:15 -> 18:30:30, 18:30:35 -> 18:31:00, 18:30:30 -> 18:31:00.
 *
 * @example
 *   nextInvalidationMark(Date.UTC(2026, 0, 1, 18, 30, 15)) === Date.UTC(2026, 0, 1, 18, 30, 30) / 1000; // true
 */
export function nextInvalidationMark(nowMs: number): number {
  return ((Math.floor(nowMs / MARK_MS) + 1) * MARK_MS) / 1000;
}

/**
 * Invalidates a temporal access link (`PATCH /temporal-access/{token}/invalidate`, seed notes 1-3):
 * - the link stops working at the next 30-second mark: `until_time` becomes the mark, or stays when it
 *   was earlier; `updated_at` is now; the signed `url` is not changed. The answer's
 *   `session_expires_at` is the mark either way (the document types it as a multiple of 30);
 * - a retry before the link stops (now < `until_time`) answers the same mark and changes nothing;
 * - once now >= `until_time` (expired, or invalidated and past its mark): `AlreadyInvalidatedOrExpired`;
 * - whether the device has 2FA changes nothing here: AnyClassroom's note is about AnyDesk ending an
 *   open session, which the mock does not model (DECISIONS AC-23).
 * Lookup: an unknown token (compared case-insensitively, as a UUID: the table's keys are lower case)
 * is `TemporalAccessNotFound`, a link of another account's device `Forbidden`. A change writes one
 * row: the link.
 *
 * @example
 *   invalidateTemporalAccess(state, { token }, { ...env, nowMs: Date.UTC(2026, 0, 1, 18, 30, 15) });
 *   // { kind: 'Ok', sessionExpiresAt: <18:30:30 in Unix seconds> }
 */
export function invalidateTemporalAccess(state: AnyClassroomState, input: { readonly token: string }, env: DomainEnv): Outcome<{ readonly sessionExpiresAt: number }> {
  const link = state.links.get(input.token.toLowerCase());
  if (!link) return { kind: 'TemporalAccessNotFound' };
  if (state.devices.get(link.anydeskId)?.account !== ownAccount(state)) return { kind: 'Forbidden' };

  if (env.nowMs >= link.untilTime * 1000) return { kind: 'AlreadyInvalidatedOrExpired' };
  if (link.sessionExpiresAt !== null) return { kind: 'Ok', sessionExpiresAt: link.sessionExpiresAt };

  const mark = nextInvalidationMark(env.nowMs);
  state.links.put(link.token, { ...link, untilTime: Math.min(link.untilTime, mark), sessionExpiresAt: mark, updatedAt: toLaravelTimestamp(env.nowMs) });
  return { kind: 'Ok', sessionExpiresAt: mark };
}
