import type { DomainEnv } from '../../core/domain/DomainEnv.ts';

import { ANYCLASSROOM_FACTS } from '../facts.ts';
import type { Outcome } from './domainError.ts';
import { findTemporalAccess } from './findTemporalAccess.ts';
import { toLaravelTimestamp } from './laravelTimestamp.ts';
import { signTemporalAccess, type LinkSigning } from './signTemporalAccessUrl.ts';
import type { AnyClassroomState, LinkRow } from './state.ts';

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
 * A link's window after an invalidation accepted at `nowMs` on a device with 2FA (DECISIONS AC-30),
 * with mark `m` = `nextInvalidationMark(nowMs)`:
 * - it stops at the mark, or at its own `until_time` when that comes first: `until = min(until, m)`;
 * - a link that would not have opened before the mark (`from >= m`) never opens: its window becomes
 *   the second before the request (`until` = the request's second, `from` one less), so it reads as
 *   expired rather than as a link that seems to open later (`until < from` would mislead a client).
 * Either way `from < until` still holds. Seed replays of `invalidated_at` use it too.
 *
 * @example
 *   invalidatedWindow({ fromTime: 100, untilTime: 1000 }, 115_000); // { fromTime: 100, untilTime: 120 }
 *   invalidatedWindow({ fromTime: 500, untilTime: 1000 }, 115_000); // { fromTime: 114, untilTime: 115 }
 */
export function invalidatedWindow(link: Pick<LinkRow, 'fromTime' | 'untilTime'>, nowMs: number): { readonly fromTime: number; readonly untilTime: number } {
  const mark = nextInvalidationMark(nowMs);
  if (link.fromTime >= mark) {
    const second = Math.floor(nowMs / 1000);
    return { fromTime: second - 1, untilTime: second };
  }
  return { fromTime: link.fromTime, untilTime: Math.min(link.untilTime, mark) };
}

/**
 * Invalidates a temporal access link (`PATCH /temporal-access/{token}/invalidate`, seed notes 1-3):
 * - a link already invalidated (by an earlier accepted call, before or after its mark) or expired
 *   (now >= `until_time`): `AlreadyInvalidatedOrExpired` (Note 2, DECISIONS AC-23);
 * - on a device with 2FA: the link's window is cut (`invalidatedWindow`: `until_time` at the next
 *   30-second mark or earlier, a link not yet open cancelled), its URL signed again with the new
 *   `until_time` as `expires`, `updated_at` set to now, and the link marked invalidated. The answer's
 *   `session_expires_at` is the new `until_time` (AC-8, AC-30);
 * - on a device without 2FA nothing is invalidated automatically (Note 3, AC-31): the answer's
 *   `session_expires_at` is the link's unchanged `until_time`, nothing is written, and a later call
 *   answers the same until the link expires.
 * Lookup: an unknown token (compared case-insensitively, AC-35) is `TemporalAccessNotFound`, a link of
 * another account's device `Forbidden`. A change writes one row: the link.
 *
 * @example
 *   invalidateTemporalAccess(state, { token, signing }, { ...env, nowMs: Date.UTC(2026, 0, 1, 18, 30, 15) });
 *   // { kind: 'Ok', sessionExpiresAt: <18:30:30 in Unix seconds> }
 */
export function invalidateTemporalAccess(
  state: AnyClassroomState,
  input: { readonly token: string; readonly signing: LinkSigning },
  env: DomainEnv,
): Outcome<{ readonly sessionExpiresAt: number }> {
  const found = findTemporalAccess(state, input);
  if (found.kind !== 'Ok') return found;
  const { link, has2fa } = found;

  if (link.invalidated === true || env.nowMs >= link.untilTime * 1000) return { kind: 'AlreadyInvalidatedOrExpired' };
  if (!has2fa) return { kind: 'Ok', sessionExpiresAt: link.untilTime };

  const { fromTime, untilTime } = invalidatedWindow(link, env.nowMs);
  const signature = untilTime === link.untilTime ? link.signature : signTemporalAccess({ ...input.signing, token: link.token, expires: untilTime });
  const row: LinkRow = {
    token: link.token,
    id: link.id,
    anydeskId: link.anydeskId,
    fromTime,
    untilTime,
    signature,
    createdAt: link.createdAt,
    updatedAt: toLaravelTimestamp(env.nowMs),
    invalidated: true,
  };
  state.links.put(link.token, row);
  return { kind: 'Ok', sessionExpiresAt: untilTime };
}
