import type { MockState } from '../../core/mock/types.ts';
import { Store, type Table } from '../../core/store/Store.ts';
import { createDueIndex, type DueIndex } from './dueIndex.ts';
import { createEventIndex, type EventIndex } from './eventIndex.ts';
import type { EventData } from './eventData.ts';
import { roomKey, userKey } from './keys.ts';
import { createPollingQueueIndex, type PollingQueueIndex } from './pollingQueueIndex.ts';
import { createRecordIndex, type RecordIndex } from './recordIndex.ts';
import { recordingDueAt } from './recordingTimers.ts';
import { pendingDropAt, roomDueAt } from './roomSchedule.ts';
import { createUserIndex, type UserIndex } from './userIndex.ts';
import { createWidgetEventIndex, type WidgetEventIndex } from './widgetEventIndex.ts';

export type { EventData } from './eventData.ts';

/** `0` not started, `1` started, `2` ended, `3` closed (AG-3). */
export type ClassState = 0 | 1 | 2 | 3;
/** `0` one-to-one, `2` lecture hall, `4` small classroom, `6` proctoring, `10` cloud classroom (AG-35). */
export type RoomType = 0 | 2 | 4 | 6 | 10;
/** `1` muted for the whole classroom. */
export type MuteState = 0 | 1;
/** `1` recording, `2` ended (AG-6). */
export type RecordingStatus = 1 | 2;
/** `1` individual, `2` composite, `3` web page. */
export type RecordingType = 1 | 2 | 3;
/** `0` invisible, `1` teacher, `2` student, `3` teaching assistant, `4` observer (AG-30). */
export type UserRole = 0 | 1 | 2 | 3 | 4;

/** A free-form JSON object (custom properties, payloads, what a client sent). */
export type JsonObject = { readonly [key: string]: unknown };

/**
 * A class's schedule as given at creation (AG-31): the planned start (ms), the length (s) and the
 * delay (s) between the end and the close, 600 when not given. Without `startTime` the class starts
 * only by hand; without `duration` it ends only by hand.
 */
export interface Schedule {
  readonly startTime?: number;
  readonly duration?: number;
  readonly closeDelay: number;
}

/** Settings of one role: the most users with it online at once, and their default stream. */
export interface RoleSettings {
  readonly limit?: number;
  readonly defaultStream?: { readonly state?: 0 | 1; readonly videoState?: 0 | 1; readonly audioState?: 0 | 1 };
}

/** Per-role settings, keyed by the role number (`"1"` teacher, `"2"` student, ...). */
export type RoleConfig = { readonly [role in '0' | '1' | '2' | '3' | '4']?: RoleSettings };

/** The classroom's processes as given at creation; `handsUp` drives the stage (AG-61). */
export interface Processes {
  readonly handsUp?: { readonly maxAccept?: number; readonly defaultAcceptRole?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/**
 * One widget of a classroom (`roomProperties.widgets.<widgetUuid>`): its `state`, its own
 * properties (`extra`) and whatever else the widget operations store (`ownerUserUuid`, ...).
 */
export interface RoomWidget {
  readonly state?: 0 | 1;
  readonly extra?: JsonObject;
  readonly [key: string]: unknown;
}

/** The breakout rooms (AG-58): `state` 1 while they exist, `details` by group ID. */
export interface BreakoutRooms {
  readonly state: 0 | 1;
  readonly details: { readonly [groupUuid: string]: { readonly groupName?: string; readonly users: readonly { readonly userUuid: string }[] } };
}

/** A raised hand: who, and what the client attached to the raise (AG-61). */
export interface RaisedHand {
  readonly userUuid: string;
  readonly payload: JsonObject;
}

/** The whiteboard session of a classroom; every recording of the room carries it. */
export interface Whiteboard {
  readonly boardAppId?: string;
  readonly boardId: string;
  readonly boardToken: string;
}

/** Table `apps`, key: the App ID in lower case. One App ID and what is shared by its classrooms. */
export interface AppRow {
  /** Lower case, 32 hex characters. */
  readonly appId: string;
  /** The Netless whiteboard App Identifier shared by the App's classrooms (`boardAppId`). */
  readonly boardAppId: string;
  /** The `serial` of the last event put in the App's polling queue (0 when none), so the queue keeps the order events happened in. */
  readonly lastQueued: number;
}

/**
 * Table `rooms`, key: `roomKey(appId, roomUuid)`. One classroom: what it was created with, its class
 * state and the moments of its life, its custom properties, mute flags, raised hands and stage. Its
 * recordings, users and events are rows of their own tables.
 *
 * A destroyed classroom (AG-41, AG-44) stays as a row with `destroyedAt`, a tombstone that every
 * lookup treats as absent: it keeps `lastSequence` so that a classroom created again under the same
 * `roomUuid` continues its sequence numbers (AG-42).
 */
export interface RoomRow {
  /** The owning App, lower case. */
  readonly appId: string;
  readonly roomUuid: string;
  readonly roomName: string;
  readonly roomType: RoomType;
  readonly createTime: number;
  readonly schedule: Schedule;
  readonly roleConfig?: RoleConfig;
  readonly processes?: Processes;
  /** The custom classroom properties (`flexProps`, AG-56); absent until given at creation or set. */
  readonly properties?: JsonObject;
  /** The classroom's widgets by ID; `netlessBoard` always (its `extra` comes from `whiteboard`). */
  readonly widgets: { readonly [widgetUuid: string]: RoomWidget };
  readonly examinationUrl?: string;
  readonly hostingScene?: JsonObject;
  readonly groups?: BreakoutRooms;
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
  /** Raised hands, in the order they were raised (cmd 1502 `progressUsers`). */
  readonly handsUp: readonly RaisedHand[];
  /** Users on the stage, in the order they came on it (cmd 1501 `acceptedUsers`). */
  readonly stage: readonly string[];
  /** Someone has joined the classroom (AG-44: only a classroom nobody used is destroyed after five days). */
  readonly used: boolean;
  /** When the classroom was destroyed; set on a tombstone only. */
  readonly destroyedAt?: number;
  /** The highest event `sequence` ever given in this room (0 when none), so sequences never repeat. */
  readonly lastSequence: number;
  /** The highest recording `serial` ever given in this room (0 when none). */
  readonly lastRecordSerial: number;
}

/**
 * Table `users`, key: `userKey(roomKey, userUuid)`. One user of a classroom, from their first join
 * on (AG-55): online or not, their custom properties, rewards and any ban from a kick.
 */
export interface UserRow {
  /** The owning App, lower case. */
  readonly appId: string;
  readonly roomUuid: string;
  readonly userUuid: string;
  readonly userName: string;
  readonly role: UserRole;
  /** The RTC uid (digits), kept across entries. */
  readonly streamUuid: string;
  readonly online: boolean;
  readonly userProperties: JsonObject;
  /** The last change of the user (join, leave, kick, properties). */
  readonly updateTime: number;
  /** Rewards received in this classroom (cmd 1101 `totalReward`). */
  readonly totalReward: number;
  /** A kick's ban (AG-57): until that moment (ms), or for good (`null`). */
  readonly ban?: { readonly until: number | null };
}

/**
 * Table `records`, key: `recordKey(roomKey, recordId)`. One recording session: the record-list item
 * (AG-25) as the list returns it, plus its `serial`, the place in the room's start order.
 */
export interface RecordingRow {
  /** 1, 2, … in the order the room's recordings were started. Not `startTime`: the mock clock may be set back. */
  readonly serial: number;
  readonly recordId: string;
  /** The owning App's id as the record carries it. */
  readonly appId: string;
  readonly roomUuid: string;
  readonly startTime: number;
  /** `null` while recording. */
  readonly endTime: number | null;
  readonly resourceId: string;
  readonly sid: string;
  readonly recordUid: string;
  readonly boardAppId?: string;
  readonly boardId: string;
  readonly boardToken: string;
  readonly type: RecordingType;
  readonly status: RecordingStatus;
  readonly url: string;
  readonly recordDetails?: readonly { readonly url: string }[];
  /** `true` while paused by the update operation (AG-52): nothing is written. Absent: not paused. */
  readonly onhold?: boolean;
  /** A web page recording's configuration and progress (`type` 3, AG-51); absent for other recordings. */
  readonly web?: WebRecording;
}

/** Table `events`, key: `eventKey(roomKey, sequence)`. One event of a live room's history. */
export interface EventRow {
  /** The owning App, lower case. */
  readonly appId: string;
  readonly roomUuid: string;
  readonly sequence: number;
  readonly cmd: number;
  readonly version: number;
  readonly data: EventData;
}

/**
 * Table `pending`, key: the event's key. An event not yet delivered by the polling operation; the
 * event itself stays in `events` (the room's list still shows it after delivery). When its room is
 * destroyed the event leaves `events` and the entry keeps it (`retained`) until `dropAt`, one hour
 * after the destruction (AG-43).
 */
export interface PendingRow {
  /** The owning App, lower case. */
  readonly appId: string;
  readonly roomUuid: string;
  readonly sequence: number;
  /** The App's queue order (`AppRow.lastQueued` when it was queued): the order events happened, across rooms. */
  readonly serial: number;
  /** The event of a destroyed room, and when it is dropped unpolled. */
  readonly retained?: { readonly cmd: number; readonly version: number; readonly data: EventData; readonly dropAt: number };
}

/**
 * The Agora mock's state: six tables of immutable rows in one `Store`, and the indexes derived from
 * them (kept by table listeners, so they follow every write, rollback and restore):
 *
 * - `recordIndex`: a room's recordings in start order, and the running one;
 * - `eventIndex`: a room's events by `sequence`, all of them and per `cmd`;
 * - `userIndex`: a room's users, those online, and how many are online per role;
 * - `pollingQueue`: an App's undelivered events in the order they happened;
 * - `due`: every scheduled moment (a class's start, end, close and destruction; a destroyed room's
 *   queued events being dropped), earliest first (`applyDueMoments`).
 *
 * Every operation then costs O(log n + what it returns or changes), whatever the state holds.
 *
 * @example
 *   const state = newAgoraState();
 *   state.store.transaction(() => createClassroom(state, input, env));
 */
export interface AgoraState extends MockState {
  readonly store: Store;
  readonly apps: Table<AppRow>;
  readonly rooms: Table<RoomRow>;
  readonly users: Table<UserRow>;
  readonly records: Table<RecordingRow>;
  readonly events: Table<EventRow>;
  readonly pending: Table<PendingRow>;
  readonly recordIndex: RecordIndex;
  readonly eventIndex: EventIndex;
  readonly userIndex: UserIndex;
  readonly pollingQueue: PollingQueueIndex;
  readonly due: DueIndex;
  /** Per room and widget, its widget events (cmd 1110) by `sequence` (AG-59). */
  readonly widgetEvents: WidgetEventIndex;
}

/**
 * An empty state with every table created (in a fixed order, which a snapshot keeps) and every index
 * wired.
 *
 * @example
 *   const state = newAgoraState();
 *   state.rooms.size; // 0
 */
export function newAgoraState(): AgoraState {
  const store = new Store();
  const apps = store.table<AppRow>('apps');
  const rooms = store.table<RoomRow>('rooms');
  const users = store.table<UserRow>('users');
  const records = store.table<RecordingRow>('records');
  const events = store.table<EventRow>('events');
  const pending = store.table<PendingRow>('pending');
  const due = createDueIndex();
  // Each source of scheduled moments, with the rule that reads a row's next one (`applyDueMoments`
  // has the step for each source).
  due.follow('room', rooms, roomDueAt);
  due.follow('pending', pending, pendingDropAt);
  due.follow('recording', records, recordingDueAt);
  return {
    store,
    apps,
    rooms,
    users,
    records,
    events,
    pending,
    recordIndex: createRecordIndex(records),
    eventIndex: createEventIndex(events),
    userIndex: createUserIndex(users),
    pollingQueue: createPollingQueueIndex(pending),
    due,
    widgetEvents: createWidgetEventIndex(events),
  };
}

/**
 * The App with this id (any case), or `undefined`.
 *
 * @example
 *   findApp(state, 'A1F3C9E27B4D4E8F9C06D5B2E7A13F48')?.boardAppId;
 */
export function findApp(state: AgoraState, appId: string): AppRow | undefined {
  return state.apps.get(appId.toLowerCase());
}

/**
 * The live classroom of this App with this exact `roomUuid` (room ids are case-sensitive), or
 * `undefined` when there is none or it has been destroyed (AG-42).
 *
 * @example
 *   findRoom(state, appId, 'math class 7B')?.state; // 1
 */
export function findRoom(state: AgoraState, appId: string, roomUuid: string): RoomRow | undefined {
  const room = state.rooms.get(roomKey(appId, roomUuid));
  return room && room.destroyedAt === undefined ? room : undefined;
}

/**
 * A user of a live classroom by exact `userUuid`, or `undefined` when they never joined it (AG-55).
 *
 * @example
 *   findUser(state, room, 'student_1')?.online; // true
 */
export function findUser(state: AgoraState, room: Pick<RoomRow, 'appId' | 'roomUuid'>, userUuid: string): UserRow | undefined {
  return state.users.get(userKey(roomKey(room.appId, room.roomUuid), userUuid));
}

/** Why a recording's state changed (cmd-1001 `reason`, Agora's recording guide; AG-51). */
export type RecordingReason = 1 | 2 | 3 | 4 | 5;

/** Where a web page recording started with `publishRtmp` is pushed live (AG-7). */
export interface StreamingUrls {
  readonly rtmp: string;
  readonly flv: string;
  readonly hls: string;
}

/**
 * A web page recording (`mode` `web`, AG-51): the configuration it was started with, defaults
 * applied, and how far it has got. Time counts as recorded while the recording runs, is not on hold
 * and does not wait for the page's ready call; one MP4 file is listed per started 2 hours of it.
 */
export interface WebRecording {
  readonly rootUrl: string;
  /** The full page address, when given (it overrides `rootUrl`). */
  readonly url?: string;
  readonly publishRtmp: boolean;
  readonly videoBitrate: number;
  readonly videoFps: number;
  readonly audioProfile: 0 | 1 | 2;
  readonly videoWidth: number;
  readonly videoHeight: number;
  /** The recording stops by itself this many hours after its start. */
  readonly maxRecordingHour: number;
  /** Seconds to wait for the page's ready call before a retry; absent: nothing waits. */
  readonly retryTimeout?: number;
  /** The query string of the recorded page (`webRecordUrlQuery`). */
  readonly webRecordUrlQuery: string;
  /** Whether the page has reported ready (always `true` when nothing waits). */
  readonly ready: boolean;
  /** Retries done so far (at most 2). */
  readonly retries: number;
  /** When the current wait for the ready call runs out (ms), or `null` when nothing waits. */
  readonly waitUntil: number | null;
  /** Recorded time (ms) before `recordingSince`. */
  readonly recordedMs: number;
  /** When the current recorded stretch began (ms), or `null` while nothing is being written. */
  readonly recordingSince: number | null;
  /** `true` once the recording gave up waiting for the page (`unready` in the list). */
  readonly unready: boolean;
}

