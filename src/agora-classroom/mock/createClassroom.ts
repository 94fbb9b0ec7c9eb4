import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { components } from '../../../generated/agora-classroom.ts';

import type { Outcome } from './domainError.ts';
import { findRoom, putRoom, type AppState, type Room } from './state.ts';

export type CreateClassroomRequest = components['schemas']['CreateClassroomRequest'];

export interface CreateClassroomInput {
  readonly roomUuid: string;
  /** Already validated against the document's `CreateClassroomRequest` (a closed schema). */
  readonly body: CreateClassroomRequest;
}

/**
 * Creates a classroom in state 0, with the App's whiteboard App Identifier and a fresh whiteboard
 * room. Creation emits no event: Agora documents no event type for it. When the `roomUuid` is
 * taken, the answer is `RoomExists` (409/409, AG-18) and nothing changes.
 *
 * @example
 *   const { app: next, outcome } = createClassroom(app, { roomUuid: 'test_class', body }, env);
 *   outcome.kind; // 'Ok' | 'RoomExists'
 */
export function createClassroom(
  app: AppState,
  input: CreateClassroomInput,
  env: DomainEnv,
): { readonly app: AppState; readonly outcome: Outcome<{ readonly room: Room }> } {
  if (findRoom(app, input.roomUuid)) return { app, outcome: { kind: 'RoomExists', roomUuid: input.roomUuid } };
  const { body } = input;
  const boardId = env.randomHex(32);
  const room: Room = {
    roomUuid: input.roomUuid,
    roomName: body.roomName,
    roomType: body.roomType,
    createTime: env.nowMs,
    schedule: { ...body.roomProperties.schedule },
    ...(body.roleConfig === undefined ? {} : { roleConfig: structuredClone(body.roleConfig) }),
    muteChat: 0,
    muteVideo: 0,
    muteAudio: 0,
    state: 0,
    startTime: null,
    endTime: null,
    closeTime: null,
    whiteboard: {
      boardAppId: app.boardAppId,
      boardId,
      boardToken: `NETLESSROOM_${Buffer.from(`ak=${env.randomHex(16)}&expireAt=0&nonce=${env.uuid()}&role=0&uuid=${boardId}`).toString('base64url')}`,
    },
    records: [],
    events: [],
    lastSequence: 0,
  };
  return { app: putRoom(app, room), outcome: { kind: 'Ok', room } };
}
