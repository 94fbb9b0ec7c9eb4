import { APP_ID, ROOM_UUID } from './stringRules.ts';
import { readSeedEvents, readSeedRecords } from './readSeedHistory.ts';
import { SeedChecker } from './SeedChecker.ts';
import type { AgoraState, AppState, ClassState, RoleConfig, Room, RoomType } from './state.ts';

const TOP_KEYS = ['description', 'capturedAt', 'apps'];
const APP_KEYS = ['appId', 'boardAppId', 'rooms'];
const ROOM_KEYS = [
  'roomUuid', 'roomName', 'roomType', 'createTime', 'schedule', 'roleConfig', 'muteChat', 'muteVideo', 'muteAudio',
  'state', 'startTime', 'endTime', 'closeTime', 'whiteboard', 'records', 'events',
];

/**
 * Builds the mock's state from a seed data set (`mocks/agora-classroom.seed.json`), checking its
 * shape and its invariants and listing every problem in one error. The format (BEHAVIOUR.md):
 *
 * `{ description?, capturedAt?, apps: [{ appId, boardAppId, rooms: [room] }] }` where a room is
 * `{ roomUuid, roomName, roomType, createTime, schedule {startTime, duration, closeDelay},
 * roleConfig?, muteChat, muteVideo, muteAudio, state, startTime, endTime, closeTime,
 * whiteboard {boardAppId?, boardId, boardToken}, records: [record-list item], events: [event] }`.
 *
 * Seeded events count as already delivered: the polling queue starts empty, and a room's next
 * event gets the sequence after its last seeded one. `capturedAt` (ms) is the instant the data
 * describes; the mock does not read it (set the clock there to see the data as it was).
 *
 * @example
 *   const state = loadSeed(JSON.parse(readFileSync('mocks/agora-classroom.seed.json', 'utf8')));
 */
export function loadSeed(seed: unknown): AgoraState {
  const check = new SeedChecker();
  const top = check.record(seed, '$', TOP_KEYS);
  const apps: AppState[] = [];
  if (top) {
    if (top.description !== undefined) check.string(top.description, '$.description');
    if (top.capturedAt !== undefined) check.integer(top.capturedAt, '$.capturedAt');
    (check.array(top.apps, '$.apps') ?? []).forEach((value, index) => {
      const app = readApp(check, value, `$.apps[${index}]`);
      if (!app) return;
      if (apps.some((a) => a.appId === app.appId)) check.fail(`$.apps[${index}].appId`, `duplicate App ID ${app.appId}`);
      apps.push(app);
    });
  }
  check.throwIfAny('agora-classroom seed');
  return { apps };
}

function readApp(check: SeedChecker, value: unknown, at: string): AppState | undefined {
  const a = check.record(value, at, APP_KEYS);
  if (!a) return undefined;
  const appId = check.string(a.appId, `${at}.appId`, APP_ID)?.toLowerCase();
  const boardAppId = check.string(a.boardAppId, `${at}.boardAppId`, { min: 1 });
  const rooms: Room[] = [];
  (check.array(a.rooms, `${at}.rooms`) ?? []).forEach((raw, index) => {
    const room = readRoom(check, raw, `${at}.rooms[${index}]`, appId ?? '');
    if (!room) return;
    if (rooms.some((r) => r.roomUuid === room.roomUuid)) check.fail(`${at}.rooms[${index}].roomUuid`, `duplicate roomUuid ${JSON.stringify(room.roomUuid)}`);
    rooms.push(room);
  });
  if (appId === undefined || boardAppId === undefined) return undefined;
  return { appId, boardAppId, rooms, pending: [] };
}

function readRoom(check: SeedChecker, value: unknown, at: string, appId: string): Room | undefined {
  const r = check.record(value, at, ROOM_KEYS);
  if (!r) return undefined;
  const problemsBefore = check.problems.length;
  const roomUuid = check.string(r.roomUuid, `${at}.roomUuid`, ROOM_UUID);
  check.string(r.roomName, `${at}.roomName`, { min: 1, max: 64 });
  check.oneOf<RoomType>(r.roomType as RoomType, `${at}.roomType`, [0, 2, 4, 10]);
  check.integer(r.createTime, `${at}.createTime`);
  const schedule = check.record(r.schedule, `${at}.schedule`, ['startTime', 'duration', 'closeDelay']);
  if (schedule) {
    check.integer(schedule.startTime, `${at}.schedule.startTime`);
    check.integer(schedule.duration, `${at}.schedule.duration`, 1, 86_400);
    check.integer(schedule.closeDelay, `${at}.schedule.closeDelay`);
  }
  if (r.roleConfig !== undefined) readRoleConfig(check, r.roleConfig, `${at}.roleConfig`);
  for (const key of ['muteChat', 'muteVideo', 'muteAudio'] as const) check.oneOf(r[key], `${at}.${key}`, [0, 1]);
  const state = check.oneOf<ClassState>(r.state as ClassState, `${at}.state`, [0, 1, 2, 3]);
  const startTime = check.nullableInteger(r.startTime, `${at}.startTime`);
  const endTime = check.nullableInteger(r.endTime, `${at}.endTime`);
  const closeTime = check.nullableInteger(r.closeTime, `${at}.closeTime`);
  if (state !== undefined) checkLifecycle(check, at, state, startTime, endTime, closeTime);
  const board = check.record(r.whiteboard, `${at}.whiteboard`, ['boardAppId', 'boardId', 'boardToken']);
  if (board) {
    if (board.boardAppId !== undefined) check.string(board.boardAppId, `${at}.whiteboard.boardAppId`);
    check.string(board.boardId, `${at}.whiteboard.boardId`, { min: 1 });
    check.string(board.boardToken, `${at}.whiteboard.boardToken`, { min: 1 });
  }
  const records = readSeedRecords(check, r.records, `${at}.records`, { appId, roomUuid: roomUuid ?? '', state });
  const events = readSeedEvents(check, r.events, `${at}.events`, roomUuid ?? '');
  if (check.problems.length > problemsBefore) return undefined;
  const room = { ...r, records, events, lastSequence: events.at(-1)?.sequence ?? 0 } as unknown as Room;
  return structuredClone(room);
}

/** The class's moments must fit its state: each is set once its moment has happened. */
function checkLifecycle(check: SeedChecker, at: string, state: ClassState, start: number | null | undefined, end: number | null | undefined, close: number | null | undefined) {
  const need = (name: string, value: number | null | undefined, wanted: boolean) => {
    if (value === undefined) return;
    if (wanted && value === null) check.fail(`${at}.${name}`, `a class in state ${state} needs its ${name}`);
    if (!wanted && value !== null) check.fail(`${at}.${name}`, `must be null while the class is in state ${state}`);
  };
  // In states 2 and 3 `startTime` may be either: a class can be ended without having started (0 -> 2).
  if (state <= 1) need('startTime', start, state === 1);
  need('endTime', end, state >= 2);
  need('closeTime', close, state >= 2);
  if (typeof start === 'number' && typeof end === 'number' && end < start) check.fail(`${at}.endTime`, 'must not be before startTime');
  if (typeof end === 'number' && typeof close === 'number' && close < end) check.fail(`${at}.closeTime`, 'must not be before endTime');
}

function readRoleConfig(check: SeedChecker, value: unknown, at: string): RoleConfig | undefined {
  const config = check.record(value, at, ['1', '2', '3']);
  if (!config) return undefined;
  if (Object.keys(config).length === 0) check.fail(at, 'must name at least one role (or be left out)');
  for (const [role, settings] of Object.entries(config)) {
    const s = check.record(settings, `${at}.${role}`, ['limit']);
    if (s) check.integer(s.limit, `${at}.${role}.limit`);
  }
  return config as RoleConfig;
}
