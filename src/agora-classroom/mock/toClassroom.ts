import type { components } from '../../../generated/agora-classroom.ts';
import type { RoomRow } from './state.ts';

/** A classroom as the get-classroom operation answers it (the document's `Classroom`). */
export type Classroom = components['schemas']['Classroom'];

/** The whiteboard region the mock's classrooms are in (Agora's example prints `us-sv`). */
const BOARD_REGION = 'us-sv';

/**
 * A room in the get-classroom shape (AG-32):
 *
 * - the class state as `state`, `roomProperties.state` and `roomProperties.schedule.state`;
 * - `schedule` with all six members: `startTime` the planned start until the class starts, then the
 *   actual one; `endTime` and `closeTime` the forecast (start + `duration`, end + `closeDelay`) until
 *   they happen, then the actual moments, `null` while unknown; `duration` `null` when none was given;
 * - the mute flags as `0|1`; `roleConfig` (`{}` when none was given);
 * - `roomProperties.widgets` with the whiteboard's `extra` (`boardAppId`, `boardId`, `boardToken`,
 *   `boardRegion`); `processes`, `flexProps` (the custom properties, AG-56), `groups` (AG-58),
 *   `examinationUrl` and `hostingScene` when they exist.
 *
 * @example
 *   toClassroom(room).roomProperties.schedule.closeDelay; // 600
 */
export function toClassroom(room: RoomRow): Classroom {
  const { netlessBoard, ...widgets } = room.widgets;
  const { boardAppId, boardId, boardToken } = room.whiteboard;
  const board = { ...netlessBoard, extra: { ...netlessBoard?.extra, ...(boardAppId === undefined ? {} : { boardAppId }), boardId, boardToken, boardRegion: BOARD_REGION } };
  return {
    roomUuid: room.roomUuid,
    roomName: room.roomName,
    createTime: room.createTime,
    roomProperties: {
      roomType: room.roomType,
      schedule: schedule(room),
      state: room.state,
      widgets: { netlessBoard: board, ...widgets },
      ...(room.processes === undefined ? {} : { processes: room.processes }),
      ...(room.properties === undefined ? {} : { flexProps: room.properties }),
      ...(room.groups === undefined ? {} : { groups: room.groups }),
      ...(room.examinationUrl === undefined ? {} : { examinationUrl: room.examinationUrl }),
      ...(room.hostingScene === undefined ? {} : { hostingScene: room.hostingScene }),
    },
    state: room.state,
    muteChat: room.muteChat,
    muteVideo: room.muteVideo,
    muteAudio: room.muteAudio,
    roleConfig: (room.roleConfig ?? {}) as Classroom['roleConfig'],
  } as Classroom;
}

/** The schedule as the query prints it: what happened, else the forecast, else `null`. */
function schedule(room: RoomRow) {
  const { duration, closeDelay } = room.schedule;
  const planned = room.schedule.startTime === undefined ? null : Math.max(room.schedule.startTime, room.createTime);
  const startTime = room.state === 0 ? planned : room.startTime;
  const endTime = room.endTime ?? (startTime !== null && duration !== undefined ? startTime + duration * 1000 : null);
  const closeTime = room.closeTime ?? (endTime !== null ? endTime + closeDelay * 1000 : null);
  return { state: room.state, startTime, duration: duration ?? null, closeDelay, endTime, closeTime };
}
