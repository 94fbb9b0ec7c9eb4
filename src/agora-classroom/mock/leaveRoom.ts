import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { recordEvents } from './recordEvents.ts';
import { findUser, type AgoraState, type EventRow, type UserRow } from './state.ts';
import { takeOffline } from './takeOffline.ts';

/**
 * A user leaves a classroom, as when the client leaves, closes or loses the network (the control
 * API's leave, AG-60): users event (cmd 20) with the user in `offlineUsers`, `type` 1; a raised hand
 * is lowered (cmd 1502) and the user leaves the stage (cmd 1501) (`takeOffline`). The user stays in
 * the classroom's records, offline. A user who is not online cannot leave (409).
 *
 * @example
 *   leaveRoom(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_7' }, env);
 */
export function leaveRoom(state: AgoraState, input: UserInput, env: Pick<DomainEnv, 'nowMs'>): Outcome<{ readonly user: UserRow; readonly events: readonly EventRow[] }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  if (!user.online) return { kind: 'UserNotOnline', roomUuid: room.roomUuid, userUuid: user.userUuid };
  const offline = takeOffline(state, room, [user], 1, env.nowMs);
  const events = recordEvents(state, offline.room, offline.drafts);
  return { kind: 'Ok', user: findUser(state, room, user.userUuid)!, events };
}
