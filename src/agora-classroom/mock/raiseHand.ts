import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, EventRow, JsonObject, RaisedHand } from './state.ts';
import { handEntry } from './takeOffline.ts';

/**
 * An online user raises a hand (the control API's hands, AG-61): hand-raising event (cmd 1502) with
 * the user in `addProgressUsers`, with the `payload` the client attached (`{}` without one), and
 * every raised hand in `progressUsers`. A hand already raised changes nothing and produces no event.
 * The user must be online (409).
 *
 * @example
 *   raiseHand(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1', payload: { question: 'May I answer?' } });
 */
export function raiseHand(state: AgoraState, input: UserInput & { readonly payload?: JsonObject | undefined }): Outcome<{ readonly events: readonly EventRow[] }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  if (!user.online) return { kind: 'UserNotOnline', roomUuid: room.roomUuid, userUuid: user.userUuid };
  if (room.handsUp.some((hand) => hand.userUuid === user.userUuid)) return { kind: 'Ok', events: [] };
  const raised: RaisedHand = { userUuid: user.userUuid, payload: input.payload ?? {} };
  const handsUp = [...room.handsUp, raised];
  return {
    kind: 'Ok',
    events: recordEvents(state, { ...room, handsUp }, [{ cmd: 1502, data: { progressUsers: handsUp.map(handEntry), addProgressUsers: [handEntry(raised)], removeProgressUsers: [] } }]),
  };
}
