import type { Outcome } from './domainError.ts';
import { ownAccount, type AnyClassroomState, type LinkRow } from './state.ts';

/**
 * Finds a temporal access link by its token, compared case-insensitively (a UUID; Laravel's default
 * MySQL collation ignores case: DECISIONS AC-35): one map lookup, the table's keys being lower case.
 * An unknown token, or one that is not a UUID, is `TemporalAccessNotFound`; a link of another
 * account's device is `Forbidden` (AC-33).
 *
 * @example
 *   findTemporalAccess(state, { token: '66B8AE29-CA3E-4505-A7A5-C2075B1366DE' }); // { kind: 'Ok', link, has2fa: true }
 */
export function findTemporalAccess(state: AnyClassroomState, input: { readonly token: string }): Outcome<{ readonly link: LinkRow; readonly has2fa: boolean }> {
  const link = state.links.get(input.token.toLowerCase());
  if (!link) return { kind: 'TemporalAccessNotFound' };
  const device = state.devices.get(link.anydeskId);
  if (device?.account !== ownAccount(state)) return { kind: 'Forbidden' };
  return { kind: 'Ok', link, has2fa: device.has2fa };
}
