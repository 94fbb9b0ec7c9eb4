import type { Outcome } from './domainError.ts';
import type { EventDraft } from './eventData.ts';
import { getUser, type UserInput } from './getUser.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, EventRow, RoomRow } from './state.ts';
import { handEntry } from './takeOffline.ts';

/**
 * A user's hand goes down (the control API's hands, AG-61): hand-raising event (cmd 1502) with the
 * user in `removeProgressUsers` (with the payload of the raise). A hand that is not raised changes
 * nothing and produces no event.
 *
 * @example
 *   lowerHand(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1' });
 */
export function lowerHand(state: AgoraState, input: UserInput): Outcome<{ readonly events: readonly EventRow[] }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const lowered = withHandLowered(found.room, found.user.userUuid);
  return { kind: 'Ok', events: lowered ? recordEvents(state, lowered.room, [lowered.event]) : [] };
}

/**
 * The room with the user's hand lowered, and the cmd-1502 event that says so; `undefined` when the
 * hand is not raised. Taking a user on the stage lowers their hand first (AG-61).
 *
 * @example
 *   const lowered = withHandLowered(room, 'student_1');
 */
export function withHandLowered(room: RoomRow, userUuid: string): { readonly room: RoomRow; readonly event: EventDraft } | undefined {
  const hand = room.handsUp.find((h) => h.userUuid === userUuid);
  if (!hand) return undefined;
  const handsUp = room.handsUp.filter((h) => h !== hand);
  return { room: { ...room, handsUp }, event: { cmd: 1502, data: { progressUsers: handsUp.map(handEntry), addProgressUsers: [], removeProgressUsers: [handEntry(hand)] } } };
}
