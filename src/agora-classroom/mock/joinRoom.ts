import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import type { EventDraft } from './eventData.ts';
import { roomKey, userKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import { findRoom, findUser, type AgoraState, type EventRow, type JsonObject, type RoomRow, type UserRow } from './state.ts';
import { eventUser, userRef } from './takeOffline.ts';

export interface JoinRoomInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly userUuid: string;
  readonly userName: string;
  /** `1` teacher, `2` student, `3` teaching assistant. */
  readonly role: 1 | 2 | 3;
  readonly streamUuid?: string | undefined;
  readonly userProperties?: JsonObject | undefined;
}

/**
 * A user joins a classroom, as through Agora's client SDK (the control API's join, AG-60):
 *
 * - the user comes online: users event (cmd 20) with the user in `onlineUsers`, `type` 1 on the
 *   first entry into this classroom and 2 on every later one (a user already online reconnects:
 *   `type` 2, no offline event); `total` is the number online after it (AG-62);
 * - `userName`, `role`, and `streamUuid` and `userProperties` when given, replace what was stored;
 *   `streamUuid` is assigned (digits) on the first join without one, then kept (AG-55);
 * - a student joining a classroom with `processes.handsUp.defaultAcceptRole` `audience` is put on
 *   the stage while it has room (cmd 1501, AG-61);
 * - a join counts as use: the classroom is no longer destroyed five days after creation (AG-44).
 *
 * Refused: an unknown or destroyed classroom (20404100); a closed one (state 3); a user whose kick
 * ban still runs; a role whose `roleConfig` `limit` of online users is reached.
 *
 * @example
 *   joinRoom(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_7', userName: 'Tom', role: 2 }, env);
 */
export function joinRoom(state: AgoraState, input: JoinRoomInput, env: DomainEnv): Outcome<{ readonly user: UserRow; readonly events: readonly EventRow[] }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  if (room.state === 3) return { kind: 'RoomClosed', roomUuid: room.roomUuid };
  const now = env.nowMs;
  const key = roomKey(room.appId, room.roomUuid);
  const existing = findUser(state, room, input.userUuid);
  const ban = existing?.ban;
  if (ban && (ban.until === null || ban.until > now)) return { kind: 'UserBanned', roomUuid: room.roomUuid, userUuid: input.userUuid, until: ban.until };
  const limit = room.roleConfig?.[String(input.role) as '1' | '2' | '3']?.limit;
  if (limit !== undefined) {
    const alreadyCounted = existing?.online === true && existing.role === input.role ? 1 : 0;
    if (state.userIndex.onlineCount(key, input.role) - alreadyCounted >= limit) return { kind: 'RoleFull', roomUuid: room.roomUuid, role: input.role, limit };
  }

  const user: UserRow = {
    appId: room.appId,
    roomUuid: room.roomUuid,
    userUuid: input.userUuid,
    userName: input.userName,
    role: input.role,
    streamUuid: input.streamUuid ?? existing?.streamUuid ?? newStreamUuid(env),
    online: true,
    userProperties: input.userProperties ?? existing?.userProperties ?? {},
    updateTime: now,
    totalReward: existing?.totalReward ?? 0,
  };
  state.users.put(userKey(key, user.userUuid), user);
  const drafts: EventDraft[] = [{ cmd: 20, data: { total: state.userIndex.onlineCount(key), onlineUsers: [eventUser(user, existing ? 2 : 1, now)], offlineUsers: [] } }];
  let after: RoomRow = { ...room, used: true };
  if (input.role === 2 && room.processes?.handsUp?.defaultAcceptRole === 'audience' && !room.stage.includes(user.userUuid) && hasRoomOnStage(room)) {
    after = { ...after, stage: [...room.stage, user.userUuid] };
    drafts.push({ cmd: 1501, data: { acceptedUsers: after.stage.map(userRef), addAcceptedUsers: [userRef(user.userUuid)], removeAcceptedUsers: [] } });
  }
  return { kind: 'Ok', user, events: recordEvents(state, after, drafts) };
}

/**
 * Whether one more user fits on the stage: without `processes.handsUp.maxAccept` the stage has no
 * limit (AG-61).
 *
 * @example
 *   hasRoomOnStage(room); // false when maxAccept users are on it
 */
export function hasRoomOnStage(room: RoomRow): boolean {
  const max = room.processes?.handsUp?.maxAccept;
  return max === undefined || room.stage.length < max;
}

/** An RTC uid: a positive 32-bit integer in digits, as Agora's `streamUuid`s are. */
function newStreamUuid(env: Pick<DomainEnv, 'randomHex'>): string {
  return String(1 + (Number.parseInt(env.randomHex(8), 16) % 4_294_967_295));
}
