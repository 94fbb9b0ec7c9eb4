import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { deleteProperties } from './properties.ts';
import { findRoom, type AgoraState } from './state.ts';

export interface DeleteClassroomPropertiesInput {
  readonly appId: string;
  readonly roomUuid: string;
  /** Keys or dotted paths (AG-56). */
  readonly properties: readonly string[];
}

/**
 * Deletes custom classroom properties by key or dotted path (`deleteProperties`, AG-56); an entry that
 * names nothing is ignored, and a call that deletes nothing writes nothing. No event.
 *
 * @example
 *   deleteClassroomProperties(state, { appId, roomUuid: 'test_class', properties: ['key1.subkey5'] });
 */
export function deleteClassroomProperties(state: AgoraState, input: DeleteClassroomPropertiesInput): Outcome<object> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  if (room.properties === undefined) return { kind: 'Ok' };
  const properties = deleteProperties(room.properties, input.properties);
  if (properties !== room.properties) state.rooms.put(roomKey(room.appId, room.roomUuid), { ...room, properties });
  return { kind: 'Ok' };
}
