import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { base64url, hexToBytes } from './base64url.ts';
import type { RecordingRow, RoomRow } from './state.ts';
import { newWebRecording, type RecordingRequest } from './webRecording.ts';

/**
 * A fresh recording session of a room, started now (`status` 1, `endTime` null), next in the room's
 * start order, with ids shaped like Agora's: `recordId` a 24-hex ObjectId whose first 8 hex digits
 * are the start second, `sid` 32 hex, `resourceId` a base64url token, `recordUid` a 9-digit uid.
 * Without `web` the recording is composite (`type` 2); with a web page recording request (`mode`
 * `web`, AG-51) it is `type` 3 and keeps its configuration (`web`) and whether it starts on hold. The
 * playlist path is `scenario/recording/{appId}/{recordId}/{sid}.m3u8` (AG-50), free of the characters
 * a `roomUuid` may contain.
 *
 * @example
 *   newRecording(room, env).url; // 'scenario/recording/a1f3…/67c56e10…/38f8e3cf….m3u8'
 *   newRecording(room, env, { mode: 'web', webRecordConfig: { rootUrl: 'https://x.example' } }).type; // 3
 */
export function newRecording(room: RoomRow, env: DomainEnv, web?: RecordingRequest): RecordingRow {
  const startTime = env.nowMs;
  const recordId = `${Math.floor(startTime / 1000).toString(16).padStart(8, '0')}${env.randomHex(16)}`;
  const sid = env.randomHex(32);
  const resourceId = base64url(hexToBytes(env.randomHex(96)));
  const recordUid = String(100_000_000 + (Number.parseInt(env.randomHex(8), 16) % 900_000_000));
  return {
    serial: room.lastRecordSerial + 1,
    recordId,
    appId: room.appId,
    roomUuid: room.roomUuid,
    startTime,
    endTime: null,
    resourceId,
    sid,
    recordUid,
    ...(room.whiteboard.boardAppId === undefined ? {} : { boardAppId: room.whiteboard.boardAppId }),
    boardId: room.whiteboard.boardId,
    boardToken: room.whiteboard.boardToken,
    type: web ? 3 : 2,
    status: 1,
    url: `scenario/recording/${room.appId}/${recordId}/${sid}.m3u8`,
    ...(web ? { onhold: web.webRecordConfig?.onhold ?? false, web: newWebRecording(web, room, { recordUid, startTime }) } : {}),
  };
}
