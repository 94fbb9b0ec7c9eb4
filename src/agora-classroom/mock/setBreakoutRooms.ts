import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { findRoom, type AgoraState, type BreakoutRooms } from './state.ts';

export interface SetBreakoutRoomsInput {
  readonly appId: string;
  readonly roomUuid: string;
  /** `1` create (replacing any), `0` remove all. */
  readonly state: 0 | 1;
  /** The body's `groups` (required with `state` 1; ignored with 0). */
  readonly groups?: readonly { readonly groupUuid?: string; readonly groupName?: string; readonly users: readonly { readonly userUuid: string }[] }[] | undefined;
}

/**
 * Creates or removes a classroom's breakout rooms (AG-58). `state` 1 replaces them with the body's
 * groups (a `groupUuid` assigned as a UUID when absent; users are not checked against the
 * classroom); without `groups` it is a bad request (400). `state` 0 removes them all. They show in
 * the classroom query as `roomProperties.groups` = `{state, details: {<groupUuid>: {groupName,
 * users}}}`. No event (Agora documents none).
 *
 * @example
 *   setBreakoutRooms(state, { appId, roomUuid: 'test_class', state: 1, groups: [{ groupName: 'Group 01', users: [{ userUuid: 'user1' }] }] }, env);
 */
export function setBreakoutRooms(state: AgoraState, input: SetBreakoutRoomsInput, env: Pick<DomainEnv, 'uuid'>): Outcome<object> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  let groups: BreakoutRooms;
  if (input.state === 1) {
    if (input.groups === undefined) return { kind: 'BadParameter', name: 'groups', message: 'creating breakout rooms (state 1) needs a body with "groups"' };
    const details = Object.fromEntries(
      input.groups.map((group) => [
        group.groupUuid ?? env.uuid(),
        { ...(group.groupName === undefined ? {} : { groupName: group.groupName }), users: group.users.map((user) => ({ userUuid: user.userUuid })) },
      ]),
    );
    groups = { state: 1, details };
  } else {
    groups = { state: 0, details: {} };
  }
  state.rooms.put(roomKey(room.appId, room.roomUuid), { ...room, groups });
  return { kind: 'Ok' };
}
