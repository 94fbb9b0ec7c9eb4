import type { Outcome } from './domainError.ts';
import type { EventDraft } from './eventData.ts';
import { getUser, type UserInput } from './getUser.ts';
import { hasRoomOnStage } from './joinRoom.ts';
import { withHandLowered } from './lowerHand.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, EventRow } from './state.ts';
import { userRef } from './takeOffline.ts';

/**
 * An online user is taken on the stage (the control API's stage, AG-61): a raised hand is lowered
 * first (cmd 1502), then a stage event (cmd 1501) with the user in `addAcceptedUsers` and everyone on
 * the stage in `acceptedUsers`. A user already on it changes nothing and produces no event. With
 * `processes.handsUp.maxAccept`, taking one more user than that is refused (409, the stage is full);
 * without it the stage has no limit. The user must be online (409).
 *
 * @example
 *   acceptToStage(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1' });
 */
export function acceptToStage(state: AgoraState, input: UserInput): Outcome<{ readonly events: readonly EventRow[] }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  if (!user.online) return { kind: 'UserNotOnline', roomUuid: room.roomUuid, userUuid: user.userUuid };
  if (room.stage.includes(user.userUuid)) return { kind: 'Ok', events: [] };
  if (!hasRoomOnStage(room)) return { kind: 'StageFull', roomUuid: room.roomUuid, maxAccept: room.processes?.handsUp?.maxAccept ?? 0 };
  const drafts: EventDraft[] = [];
  let after = room;
  const lowered = withHandLowered(room, user.userUuid);
  if (lowered) {
    after = lowered.room;
    drafts.push(lowered.event);
  }
  const stage = [...after.stage, user.userUuid];
  drafts.push({ cmd: 1501, data: { acceptedUsers: stage.map(userRef), addAcceptedUsers: [userRef(user.userUuid)], removeAcceptedUsers: [] } });
  return { kind: 'Ok', events: recordEvents(state, { ...after, stage }, drafts) };
}
