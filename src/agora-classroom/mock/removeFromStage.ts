import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, EventRow } from './state.ts';
import { userRef } from './takeOffline.ts';

/**
 * A user is taken off the stage (the control API's stage, AG-61): stage event (cmd 1501) with the
 * user in `removeAcceptedUsers`. A user who is not on it changes nothing and produces no event.
 *
 * @example
 *   removeFromStage(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1' });
 */
export function removeFromStage(state: AgoraState, input: UserInput): Outcome<{ readonly events: readonly EventRow[] }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  if (!room.stage.includes(user.userUuid)) return { kind: 'Ok', events: [] };
  const stage = room.stage.filter((userUuid) => userUuid !== user.userUuid);
  return {
    kind: 'Ok',
    events: recordEvents(state, { ...room, stage }, [{ cmd: 1501, data: { acceptedUsers: stage.map(userRef), addAcceptedUsers: [], removeAcceptedUsers: [userRef(user.userUuid)] } }]),
  };
}
