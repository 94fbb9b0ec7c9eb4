import { deleteOwnedWidgets } from './deleteOwnedWidgets.ts';
import type { EventDraft, EventUser, HandEntry } from './eventData.ts';
import { roomKey, userKey } from './keys.ts';
import type { AgoraState, RoomRow, UserRow } from './state.ts';

/**
 * A user as a users event (cmd 20) names them, with how they came or went (`type`) at `at`.
 *
 * @example
 *   eventUser(user, 2, now); // { userUuid, userName, role: 2, streamUuid, type: 2, updateTime: now, userProperties: {} }
 */
export function eventUser(user: UserRow, type: 1 | 2, at: number): EventUser {
  return { userUuid: user.userUuid, userName: user.userName, role: user.role, streamUuid: user.streamUuid, type, updateTime: at, userProperties: user.userProperties };
}

/**
 * Takes online users offline at `at`, for one reason (`type` 1 left, 2 removed: a kick or the
 * classroom closing, AG-30), and returns the events that says, for the caller to record with the
 * room it returns:
 *
 * - one users event (cmd 20) with all of them in `offlineUsers` and the number still online as
 *   `total` (AG-62);
 * - their raised hands lowered (one cmd 1502), when any was raised;
 * - their places on the stage given up (one cmd 1501), when any had one.
 *
 * Used by leaving (AG-60), kicking (AG-57) and closing (AG-40). Users who are not online are skipped;
 * no user online: no event. Widgets the users own are deleted with them, one cmd 1110 each
 * (`deleteOwnedWidgets`, AG-59), after the stage.
 *
 * @example
 *   const { room: after, drafts } = takeOffline(state, room, [user], 1, env.nowMs);
 *   recordEvents(state, after, drafts);
 */
export function takeOffline(state: AgoraState, room: RoomRow, users: readonly UserRow[], type: 1 | 2, at: number): { readonly room: RoomRow; readonly drafts: EventDraft[] } {
  const leaving = users.filter((user) => user.online);
  if (leaving.length === 0) return { room, drafts: [] };
  const key = roomKey(room.appId, room.roomUuid);
  for (const user of leaving) state.users.put(userKey(key, user.userUuid), { ...user, online: false, updateTime: at });
  const drafts: EventDraft[] = [
    { cmd: 20, data: { total: state.userIndex.onlineCount(key), onlineUsers: [], offlineUsers: leaving.map((user) => eventUser(user, type, at)) } },
  ];
  const gone = new Set(leaving.map((user) => user.userUuid));
  let after = room;
  const lowered = room.handsUp.filter((hand) => gone.has(hand.userUuid));
  if (lowered.length > 0) {
    after = { ...after, handsUp: room.handsUp.filter((hand) => !gone.has(hand.userUuid)) };
    drafts.push({ cmd: 1502, data: { progressUsers: after.handsUp.map(handEntry), addProgressUsers: [], removeProgressUsers: lowered.map(handEntry) } });
  }
  const offStage = room.stage.filter((userUuid) => gone.has(userUuid));
  if (offStage.length > 0) {
    after = { ...after, stage: room.stage.filter((userUuid) => !gone.has(userUuid)) };
    drafts.push({ cmd: 1501, data: { acceptedUsers: after.stage.map(userRef), addAcceptedUsers: [], removeAcceptedUsers: offStage.map(userRef) } });
  }
  const widgets = deleteOwnedWidgets(after, gone);
  drafts.push(...widgets.drafts);
  return { room: widgets.room, drafts };
}

/** A raised hand as cmd 1502 lists it. */
export const handEntry = (hand: { readonly userUuid: string; readonly payload: HandEntry['payload'] }): HandEntry => ({ userUuid: hand.userUuid, payload: hand.payload });

/** A user as cmd 1501 lists them. */
export const userRef = (userUuid: string) => ({ userUuid });
