import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { components } from '../../../generated/agora-classroom.ts';

type Schemas = components['schemas'];

export type ClassState = Schemas['ClassState'];
export type RoomType = Schemas['RoomType'];
export type Schedule = Schemas['Schedule'];
export type RoleConfig = Schemas['RoleConfig'];
export type MuteState = Schemas['MuteState'];
/** One recording session, stored exactly as the record list returns it. */
export type Recording = Schemas['Recording'];
/** One classroom event, stored exactly as the event lists return it. */
export type AgoraEvent = Schemas['Event'];
export type RecordingStateData = Schemas['RecordingStateData'];
export type ClassStateEventData = Schemas['ClassStateEventData'];

/** The whiteboard session of a classroom; every recording of the room carries it. */
export interface Whiteboard {
  readonly boardAppId?: string;
  readonly boardId: string;
  readonly boardToken: string;
}

/**
 * One classroom with everything that happened in it. `startTime`/`endTime`/`closeTime` are the
 * moments of the class's life (ms, `null` until they happen); they feed the cmd-1 event `data`.
 */
export interface Room {
  readonly roomUuid: string;
  readonly roomName: string;
  readonly roomType: RoomType;
  readonly createTime: number;
  readonly schedule: Schedule;
  readonly roleConfig?: RoleConfig;
  readonly muteChat: MuteState;
  readonly muteVideo: MuteState;
  readonly muteAudio: MuteState;
  readonly state: ClassState;
  /** When the class started (state 1), or `null`. */
  readonly startTime: number | null;
  /** When the class ended (state 2, or 3 reached directly), or `null`. */
  readonly endTime: number | null;
  /** End + `closeDelay` while ended (a forecast), the moment of closing once closed, else `null`. */
  readonly closeTime: number | null;
  readonly whiteboard: Whiteboard;
  /** Oldest first; only the last one may still be recording (`status` 1). */
  readonly records: readonly Recording[];
  /** In `sequence` order. Emptied one hour after the room closes (see `expireEvents`). */
  readonly events: readonly AgoraEvent[];
  /** The highest `sequence` ever given in this room (0 when none), so sequences never repeat. */
  readonly lastSequence: number;
}

/** An event waiting in the App-wide polling queue, by reference to the room's copy. */
export interface PendingEvent {
  readonly roomUuid: string;
  readonly sequence: number;
}

/** Everything one App ID owns. */
export interface AppState {
  /** Lower-case, 32 hex characters. */
  readonly appId: string;
  /** The Netless whiteboard App Identifier shared by the App's classrooms (`boardAppId`). */
  readonly boardAppId: string;
  readonly rooms: readonly Room[];
  /** Events not yet delivered by the polling operation, in the order they happened. */
  readonly pending: readonly PendingEvent[];
}

/**
 * The Agora mock's whole state: plain JSON data, replaced (never mutated) by every command.
 *
 * @example
 *   const state: AgoraState = { apps: [{ appId: 'a1f3…', boardAppId: '…', rooms: [], pending: [] }] };
 */
export interface AgoraState {
  readonly apps: readonly AppState[];
}

/**
 * An App the state does not hold yet (a configured App ID other than the seeded one): no rooms,
 * nothing pending, a fresh whiteboard App Identifier.
 *
 * @example
 *   const app = findApp(state, appId) ?? emptyApp(appId, env);
 */
export function emptyApp(appId: string, env: Pick<DomainEnv, 'randomHex'>): AppState {
  return { appId: appId.toLowerCase(), boardAppId: `${env.randomHex(32)}/${env.randomHex(15)}`, rooms: [], pending: [] };
}

/** The App with this id (any case), or `undefined`. */
export function findApp(state: AgoraState, appId: string): AppState | undefined {
  const id = appId.toLowerCase();
  return state.apps.find((app) => app.appId === id);
}

/** The state with `app` replacing the App of the same id (or added when new). */
export function putApp(state: AgoraState, app: AppState): AgoraState {
  const index = state.apps.findIndex((a) => a.appId === app.appId);
  if (index < 0) return { apps: [...state.apps, app] };
  const apps = [...state.apps];
  apps[index] = app;
  return { apps };
}

/** The room with this exact `roomUuid` (room ids are case-sensitive), or `undefined`. */
export function findRoom(app: AppState, roomUuid: string): Room | undefined {
  return app.rooms.find((room) => room.roomUuid === roomUuid);
}

/** The App with `room` replacing the room of the same id (or appended when new). */
export function putRoom(app: AppState, room: Room): AppState {
  const index = app.rooms.findIndex((r) => r.roomUuid === room.roomUuid);
  if (index < 0) return { ...app, rooms: [...app.rooms, room] };
  const rooms = [...app.rooms];
  rooms[index] = room;
  return { ...app, rooms };
}

/** The recording still running in a room (`status` 1), or `undefined`. */
export function runningRecording(room: Room): Recording | undefined {
  return room.records.find((record) => record.status === 1);
}
