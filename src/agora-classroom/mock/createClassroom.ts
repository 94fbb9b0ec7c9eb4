import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { base64url } from './base64url.ts';
import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { DEFAULT_CLOSE_DELAY_S } from './roomSchedule.ts';
import { findApp, type AgoraState, type AppRow, type JsonObject, type Processes, type RoleConfig, type RoomRow, type RoomType, type RoomWidget } from './state.ts';

/**
 * What a classroom is created with: the create-classroom body, validated against the document, with
 * `roomType` as the integer (AG-35). Everything but the name and the type is optional (AG-31).
 */
export interface NewClassroom {
  readonly roomName: string;
  readonly roomType: RoomType;
  readonly schedule?: { readonly startTime?: number; readonly duration?: number; readonly closeDelay?: number };
  readonly roleConfig?: RoleConfig;
  readonly processes?: Processes;
  /** The initial custom properties (`roomProperties.flexProps`). */
  readonly flexProps?: JsonObject;
  /** The initial state of the built-in widgets (`roomProperties.widgets.{netlessBoard,easemobIM}.state`). */
  readonly widgets?: { readonly [widgetUuid: string]: { readonly state?: 0 | 1 } };
  readonly examinationUrl?: string;
  readonly hostingScene?: JsonObject;
}

export interface CreateClassroomInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly classroom: NewClassroom;
}

/**
 * Creates a classroom in state 0 (AG-31, AG-47), keeping everything it was given: the schedule with
 * `closeDelay` 600 when absent, `roleConfig`, `processes`, `flexProps` as its custom properties,
 * `examinationUrl`, `hostingScene`, and the widgets: the whiteboard on unless given (with the App's
 * whiteboard App Identifier and a fresh whiteboard room), the chat widget only when given. Creation
 * emits no event; the clock then drives the class (`applyDueMoments`): a `startTime` already passed
 * starts it at once.
 *
 * When a live classroom has the `roomUuid`, the answer is `RoomExists` (409 with code 409, or 30409104
 * when its `roomType` differs, AG-18) and nothing changes. A destroyed classroom's `roomUuid` is free:
 * the new classroom continues its sequence numbers (AG-42). The first classroom of an App the state
 * does not hold yet (an empty seed) also writes the App, with a fresh whiteboard App Identifier.
 *
 * @example
 *   const outcome = createClassroom(state, { appId, roomUuid: 'test_class', classroom: { roomName: 'test_class', roomType: 4 } }, env);
 *   outcome.kind; // 'Ok' | 'RoomExists'
 */
export function createClassroom(state: AgoraState, input: CreateClassroomInput, env: DomainEnv): Outcome<{ readonly room: RoomRow }> {
  const key = roomKey(input.appId, input.roomUuid);
  const existing = state.rooms.get(key);
  if (existing && existing.destroyedAt === undefined) {
    return { kind: 'RoomExists', roomUuid: input.roomUuid, roomTypeConflict: existing.roomType !== input.classroom.roomType };
  }
  let app = findApp(state, input.appId);
  if (!app) {
    app = newApp(input.appId, env);
    state.apps.put(app.appId, app);
  }
  const { classroom } = input;
  const boardId = env.randomHex(32);
  const token = new TextEncoder().encode(`ak=${env.randomHex(16)}&expireAt=0&nonce=${env.uuid()}&role=0&uuid=${boardId}`);
  const { startTime, duration, closeDelay } = classroom.schedule ?? {};
  const room: RoomRow = {
    appId: app.appId,
    roomUuid: input.roomUuid,
    roomName: classroom.roomName,
    roomType: classroom.roomType,
    createTime: env.nowMs,
    schedule: { ...(startTime === undefined ? {} : { startTime }), ...(duration === undefined ? {} : { duration }), closeDelay: closeDelay ?? DEFAULT_CLOSE_DELAY_S },
    ...optional('roleConfig', classroom.roleConfig),
    ...optional('processes', classroom.processes),
    ...optional('properties', classroom.flexProps),
    widgets: initialWidgets(classroom.widgets),
    ...optional('examinationUrl', classroom.examinationUrl),
    ...optional('hostingScene', classroom.hostingScene),
    muteChat: 0,
    muteVideo: 0,
    muteAudio: 0,
    state: 0,
    startTime: null,
    endTime: null,
    closeTime: null,
    whiteboard: { boardAppId: app.boardAppId, boardId, boardToken: `NETLESSROOM_${base64url(token)}` },
    handsUp: [],
    stage: [],
    used: false,
    lastSequence: existing?.lastSequence ?? 0,
    lastRecordSerial: existing?.lastRecordSerial ?? 0,
  };
  state.rooms.put(key, room);
  return { kind: 'Ok', room };
}

/** `{ [name]: value }` copied, or nothing when the value is absent (rows hold no `undefined` members). */
function optional<K extends string, V>(name: K, value: V | undefined): { [key in K]?: V } {
  return value === undefined ? {} : ({ [name]: structuredClone(value) } as { [key in K]: V });
}

/**
 * The whiteboard on (`state` 1, as Agora's classroom example shows) unless its state is given; the
 * chat widget only when given (AG-31). Other members of `widgets` are not documented for creation:
 * accepted and ignored (MK-2).
 */
function initialWidgets(given: NewClassroom['widgets']): { readonly [widgetUuid: string]: RoomWidget } {
  const board = given?.netlessBoard?.state;
  const chat = given?.easemobIM;
  return {
    netlessBoard: { state: board ?? 1 },
    ...(chat === undefined ? {} : { easemobIM: chat.state === undefined ? {} : { state: chat.state } }),
  };
}

/** An App with no classrooms and nothing queued, and a fresh whiteboard App Identifier. */
function newApp(appId: string, env: Pick<DomainEnv, 'randomHex'>): AppRow {
  return { appId: appId.toLowerCase(), boardAppId: `${env.randomHex(32)}/${env.randomHex(15)}`, lastQueued: 0 };
}
