import type { components } from '../../../generated/agora-classroom.ts';
import type { RoomRow } from './state.ts';

/** A classroom as the get-classroom operation answers it (the document's `Classroom`). */
export type Classroom = components['schemas']['Classroom'];

/**
 * A room in the get-classroom shape (AG-32): the current class state appears both as `state` and
 * `roomProperties.state`; `roleConfig` only when it was given at creation.
 *
 * @example
 *   toClassroom(room).roomProperties.schedule.duration; // 600
 */
export function toClassroom(room: RoomRow): Classroom {
  return {
    roomUuid: room.roomUuid,
    roomName: room.roomName,
    createTime: room.createTime,
    roomProperties: { roomType: room.roomType, schedule: { ...room.schedule }, state: room.state, ...(room.widgets === undefined ? {} : { widgets: room.widgets }) },
    state: room.state,
    muteChat: room.muteChat,
    muteVideo: room.muteVideo,
    muteAudio: room.muteAudio,
    ...(room.roleConfig === undefined ? {} : { roleConfig: room.roleConfig as Classroom['roleConfig'] }),
  };
}
