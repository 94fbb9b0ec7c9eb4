import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { setProperties } from './properties.ts';
import { findRoom, type AgoraState, type JsonObject } from './state.ts';

export interface UpdateClassroomPropertiesInput {
  readonly appId: string;
  readonly roomUuid: string;
  /** Keys or dotted paths with their new values (AG-56). */
  readonly properties: JsonObject;
  /** `roomProperties.examinationUrl` of the body (proctoring). */
  readonly examinationUrl?: string | undefined;
}

/**
 * Adds or updates custom classroom properties under the one in-place rule (`setProperties`, AG-56);
 * they show in the classroom query as `roomProperties.flexProps`. A `roomProperties.examinationUrl`
 * in the body sets the exam paper URL. No event (Agora documents none); allowed in every class state
 * until the classroom is destroyed.
 *
 * @example
 *   updateClassroomProperties(state, { appId, roomUuid: 'test_class', properties: { 'key1.subkey5': 'E' } });
 */
export function updateClassroomProperties(state: AgoraState, input: UpdateClassroomPropertiesInput): Outcome<object> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  state.rooms.put(roomKey(room.appId, room.roomUuid), {
    ...room,
    properties: setProperties(room.properties ?? {}, input.properties),
    ...(input.examinationUrl === undefined ? {} : { examinationUrl: input.examinationUrl }),
  });
  return { kind: 'Ok' };
}
