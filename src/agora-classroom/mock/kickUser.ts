import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { roomKey, userKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, EventRow, UserRow } from './state.ts';
import { takeOffline } from './takeOffline.ts';

export interface KickUserInput extends UserInput {
  /** The body's `dirty`: `state` 1/`true` bans for `duration` seconds, or for good without it (AG-57). */
  readonly dirty?: { readonly state?: 0 | 1 | boolean; readonly duration?: number } | undefined;
}

/**
 * Kicks a user out of a classroom (AG-57):
 *
 * - `dirty.state` `1` or `true` bans the user from joining for `duration` seconds from now on the
 *   mock clock, or for good without `duration`; `0`, `false` or no `dirty` removes the user once and
 *   lifts any earlier ban (a later kick replaces an earlier ban);
 * - an online user goes offline: users event (cmd 20, `type` 2), a raised hand lowered (cmd 1502),
 *   off the stage (cmd 1501) (`takeOffline`);
 * - an offline user only gets the ban.
 *
 * A user who never joined answers 20404200, an unknown or destroyed classroom 20404100.
 *
 * @example
 *   kickUser(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1', dirty: { state: 1, duration: 600 } }, env);
 */
export function kickUser(state: AgoraState, input: KickUserInput, env: Pick<DomainEnv, 'nowMs'>): Outcome<{ readonly events: readonly EventRow[] }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room } = found;
  const now = env.nowMs;
  const banned = input.dirty?.state === 1 || input.dirty?.state === true;
  const { ban: _lifted, ...user } = found.user;
  const kicked: UserRow = {
    ...user,
    ...(banned ? { ban: { until: input.dirty?.duration === undefined ? null : now + Math.round(input.dirty.duration * 1000) } } : {}),
    updateTime: now,
  };
  state.users.put(userKey(roomKey(room.appId, room.roomUuid), kicked.userUuid), kicked);
  const offline = takeOffline(state, room, [kicked], 2, now);
  return { kind: 'Ok', events: recordEvents(state, offline.room, offline.drafts) };
}
