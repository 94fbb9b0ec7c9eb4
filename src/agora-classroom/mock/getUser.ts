import type { Outcome } from './domainError.ts';
import { findRoom, findUser, type AgoraState, type RoomRow, type UserRow } from './state.ts';

export interface UserInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly userUuid: string;
}

/**
 * One user of a classroom (AG-55), with the classroom: the classroom first (unknown or destroyed:
 * 20404100), then the user (never joined: 20404200). O(1). Every operation on a user starts here.
 *
 * @example
 *   const outcome = getUser(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1' });
 *   if (outcome.kind === 'Ok') outcome.user.online; // true
 */
export function getUser(state: AgoraState, input: UserInput): Outcome<{ readonly room: RoomRow; readonly user: UserRow }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const user = findUser(state, room, input.userUuid);
  return user ? { kind: 'Ok', room, user } : { kind: 'UserNotFound', roomUuid: room.roomUuid, userUuid: input.userUuid };
}
