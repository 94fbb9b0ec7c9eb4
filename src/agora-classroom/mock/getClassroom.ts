import type { Outcome } from './domainError.ts';
import { findRoom, type AgoraState, type RoomRow } from './state.ts';

/**
 * One classroom of an App, by its exact `roomUuid`: O(1).
 *
 * @example
 *   const outcome = getClassroom(state, { appId, roomUuid: 'math class 7B' });
 *   if (outcome.kind === 'Ok') outcome.room.state; // 1
 */
export function getClassroom(state: AgoraState, input: { readonly appId: string; readonly roomUuid: string }): Outcome<{ readonly room: RoomRow }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  return room ? { kind: 'Ok', room } : { kind: 'RoomNotFound', roomUuid: input.roomUuid };
}
