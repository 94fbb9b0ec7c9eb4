import type { DomainEnv } from '../../core/domain/DomainEnv.ts';

import type { DomainError } from './domainError.ts';
import { toLaravelTimestamp } from './laravelTimestamp.ts';
import type { AnyClassroomState } from './state.ts';

export type InvalidateOutcome = { readonly kind: 'Invalidated'; readonly sessionExpiresAt: number } | DomainError;

/**
 * The 30-second mark an invalidation requested at `nowMs` takes effect at, strictly after now (Unix
 * seconds): 18:30:15 -> 18:30:30, 18:30:35 -> 18:31:00, 18:30:30 -> 18:31:00.
 *
 * @example
 *   nextInvalidationMark(Date.UTC(2026, 0, 1, 18, 30, 15)) === Date.UTC(2026, 0, 1, 18, 30, 30) / 1000; // true
 */
export function nextInvalidationMark(nowMs: number): number {
  return (Math.floor(nowMs / 30_000) + 1) * 30;
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
 * Lookup: an unknown token (compared case-insensitively, as a UUID) is `TemporalAccessNotFound`, a link
 * of another account's device `Forbidden`.
 *
 * @example
 *   invalidateTemporalAccess(state, { token }, { ...env, nowMs: Date.UTC(2026, 0, 1, 18, 30, 15) });
 *   // { state, outcome: { kind: 'Invalidated', sessionExpiresAt: <18:30:30 in Unix seconds> } }
 */
export function invalidateTemporalAccess(
  state: AnyClassroomState,
  input: { readonly token: string },
  env: DomainEnv,
): { state: AnyClassroomState; outcome: InvalidateOutcome } {
  const token = input.token.toLowerCase();
  const index = state.temporalAccesses.findIndex((t) => t.token === token);
  const link = state.temporalAccesses[index];
  if (!link) return { state, outcome: { kind: 'TemporalAccessNotFound' } };
  const device = state.devices.find((d) => d.anydesk_id === link.anydesk_id);
  if (device?.account !== state.account) return { state, outcome: { kind: 'Forbidden' } };

  if (env.nowMs >= link.until_time * 1000) return { state, outcome: { kind: 'AlreadyInvalidatedOrExpired' } };
  if (link.session_expires_at !== null) return { state, outcome: { kind: 'Invalidated', sessionExpiresAt: link.session_expires_at } };

  const mark = nextInvalidationMark(env.nowMs);
  const updated = { ...link, until_time: Math.min(link.until_time, mark), session_expires_at: mark, updated_at: toLaravelTimestamp(env.nowMs) };
  const temporalAccesses = state.temporalAccesses.map((t, i) => (i === index ? updated : t));
  return { state: { ...state, temporalAccesses }, outcome: { kind: 'Invalidated', sessionExpiresAt: mark } };
}
