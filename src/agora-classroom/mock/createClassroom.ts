import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { base64url } from './base64url.ts';
import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { findApp, type AgoraState, type AppRow, type RoleConfig, type RoomRow, type RoomType, type Schedule } from './state.ts';

/** What a classroom is created with (the create-classroom body, already validated against the document). */
export interface NewClassroom {
  readonly roomName: string;
  readonly roomType: RoomType;
  readonly schedule: Schedule;
  readonly roleConfig?: RoleConfig;
}

export interface CreateClassroomInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly classroom: NewClassroom;
}

/**
 * Creates a classroom in state 0, with the App's whiteboard App Identifier and a fresh whiteboard
 * room. Creation emits no event: Agora documents no event type for it. When the `roomUuid` is
 * taken, the answer is `RoomExists` (409/409, AG-18) and nothing changes. The first classroom of an
 * App the state does not hold yet (a configured App ID other than the seeded one) also writes the
 * App, with a fresh whiteboard App Identifier.
 *
 * @example
 *   const outcome = createClassroom(state, { appId, roomUuid: 'test_class', classroom }, env);
 *   outcome.kind; // 'Ok' | 'RoomExists'
 */
export function createClassroom(state: AgoraState, input: CreateClassroomInput, env: DomainEnv): Outcome<{ readonly room: RoomRow }> {
  const key = roomKey(input.appId, input.roomUuid);
  if (state.rooms.has(key)) return { kind: 'RoomExists', roomUuid: input.roomUuid };
  let app = findApp(state, input.appId);
  if (!app) {
    app = newApp(input.appId, env);
    state.apps.put(app.appId, app);
  }
  const { classroom } = input;
  const boardId = env.randomHex(32);
  const token = new TextEncoder().encode(`ak=${env.randomHex(16)}&expireAt=0&nonce=${env.uuid()}&role=0&uuid=${boardId}`);
  const room: RoomRow = {
    appId: app.appId,
    roomUuid: input.roomUuid,
    roomName: classroom.roomName,
    roomType: classroom.roomType,
    createTime: env.nowMs,
    schedule: { ...classroom.schedule },
    ...(classroom.roleConfig === undefined ? {} : { roleConfig: structuredClone(classroom.roleConfig) }),
    muteChat: 0,
    muteVideo: 0,
    muteAudio: 0,
    state: 0,
    startTime: null,
    endTime: null,
    closeTime: null,
    whiteboard: { boardAppId: app.boardAppId, boardId, boardToken: `NETLESSROOM_${base64url(token)}` },
    lastSequence: 0,
    lastRecordSerial: 0,
  };
  state.rooms.put(key, room);
  return { kind: 'Ok', room };
}

/** An App with no classrooms and nothing queued, and a fresh whiteboard App Identifier. */
function newApp(appId: string, env: Pick<DomainEnv, 'randomHex'>): AppRow {
  return { appId: appId.toLowerCase(), boardAppId: `${env.randomHex(32)}/${env.randomHex(15)}`, lastQueued: 0 };
}
