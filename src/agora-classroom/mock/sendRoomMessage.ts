import type { Outcome } from './domainError.ts';
import { getUser } from './getUser.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, EventRow } from './state.ts';

export interface SendRoomMessageInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly fromUserUuid: string;
  readonly message: string;
}

/**
 * A room chat message from an online user (the control API's messages, AG-61): chat event (cmd 3)
 * with `fromUser` (`userUuid`, `userName`, integer `role`), `message` and `type` 1 (text). The
 * sender must have joined (20404200) and be online (409); while the classroom's `muteChat` is 1 a
 * student's message is refused with 30403200 (teachers and assistants can still send).
 *
 * @example
 *   sendRoomMessage(state, { appId, roomUuid: 'math class 7B', fromUserUuid: 'teacher_okafor', message: 'Good morning!' });
 */
export function sendRoomMessage(state: AgoraState, input: SendRoomMessageInput): Outcome<{ readonly events: readonly EventRow[] }> {
  const found = getUser(state, { appId: input.appId, roomUuid: input.roomUuid, userUuid: input.fromUserUuid });
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  if (!user.online) return { kind: 'UserNotOnline', roomUuid: room.roomUuid, userUuid: user.userUuid };
  if (room.muteChat === 1 && user.role === 2) return { kind: 'ChatMuted', roomUuid: room.roomUuid };
  const fromUser = { userUuid: user.userUuid, userName: user.userName, role: user.role };
  return { kind: 'Ok', events: recordEvents(state, room, [{ cmd: 3, data: { fromUser, message: input.message, type: 1 } }]) };
}
