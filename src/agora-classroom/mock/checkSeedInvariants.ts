import type { SeedProblems } from '../../core/seed/createSeedChecker.ts';
import { DEFAULT_CLOSE_DELAY_S, nextRoomStep } from './roomSchedule.ts';
import type { RoomRow } from './state.ts';

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const itemsAt = (value: unknown, key: string): readonly unknown[] => (isObject(value) && Array.isArray(value[key]) ? value[key] : []);
const numberOrNull = (value: unknown): number | null | undefined => (typeof value === 'number' || value === null ? value : undefined);

/**
 * The rules of a seed data set that its JSON Schema cannot state, checked in the same pass so that
 * one run names every problem (the schema's and these). Reads the data defensively: a value the
 * schema already found wrong is skipped here, not reported twice.
 *
 * - App IDs are unique (any case), and `roomUuid`s unique within an App;
 * - a room's moments fit its class state: `startTime` set exactly from state 1 on (in states 2 and 3
 *   either: a class can be ended without having started), `endTime` and `closeTime` from state 2 on,
 *   and in order;
 * - a room's records name its App and room, have unique `recordId`s, are listed oldest first; an
 *   ended one (`status` 2) has an `endTime` not before its start, a running one (`status` 1) none,
 *   only the last one may be running, and not in a class that has ended;
 * - a room's events name the room and their `sequence`s strictly increase;
 * - a room's users have unique `userUuid`s, and nobody is online in a closed classroom (AG-40);
 * - at `capturedAt`, when given, every room is as its schedule leaves it on the mock clock: nothing
 *   the clock would already have done is still to come (a class past its `startTime` has started, one
 *   past its `duration` has ended, ...), and no room is one the clock would have destroyed
 *   (AG-37..AG-44), since the seed describes that instant.
 *
 * @example
 *   const problems = checker.check(seed, file);
 *   checkSeedInvariants(seed, problems);
 *   problems.throwIfAny();
 */
export function checkSeedInvariants(seed: unknown, problems: SeedProblems): void {
  const appIds = new Set<string>();
  itemsAt(seed, 'apps').forEach((app, a) => {
    if (!isObject(app)) return;
    const at = `$.apps[${a}]`;
    const appId = typeof app.appId === 'string' ? app.appId.toLowerCase() : undefined;
    if (appId !== undefined) {
      if (appIds.has(appId)) problems.add(`${at}.appId`, 'an App ID that no earlier App has', app.appId);
      appIds.add(appId);
    }
    const roomUuids = new Set<string>();
    itemsAt(app, 'rooms').forEach((room, r) => {
      if (!isObject(room)) return;
      const here = `${at}.rooms[${r}]`;
      if (typeof room.roomUuid === 'string') {
        if (roomUuids.has(room.roomUuid)) problems.add(`${here}.roomUuid`, 'a roomUuid that no earlier room of the App has', room.roomUuid);
        roomUuids.add(room.roomUuid);
      }
      checkLifecycle(room, here, problems);
      checkRecords(room, appId, here, problems);
      checkEvents(room, here, problems);
      checkUsers(room, here, problems);
      if (isObject(seed) && typeof seed.capturedAt === 'number') checkScheduleAt(room, seed.capturedAt, here, problems);
    });
  });
}

/** The class's moments must fit its state: each is set once its moment has happened. */
function checkLifecycle(room: Json, at: string, problems: SeedProblems): void {
  const state = room.state;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return;
  const start = numberOrNull(room.startTime);
  const end = numberOrNull(room.endTime);
  const close = numberOrNull(room.closeTime);
  const need = (name: string, value: number | null | undefined, wanted: boolean) => {
    if (value === undefined) return;
    if (wanted && value === null) problems.add(`${at}.${name}`, `a timestamp (a class in state ${state} has its ${name})`, value);
    if (!wanted && value !== null) problems.add(`${at}.${name}`, `null (a class in state ${state} has no ${name} yet)`, value);
  };
  if (state <= 1) need('startTime', start, state === 1);
  need('endTime', end, state >= 2);
  need('closeTime', close, state >= 2);
  if (typeof start === 'number' && typeof end === 'number' && end < start) problems.add(`${at}.endTime`, `a time not before startTime ${start}`, end);
  if (typeof end === 'number' && typeof close === 'number' && close < end) problems.add(`${at}.closeTime`, `a time not before endTime ${end}`, close);
}

function checkRecords(room: Json, appId: string | undefined, at: string, problems: SeedProblems): void {
  const records = itemsAt(room, 'records');
  const ids = new Set<string>();
  let previousStart: number | undefined;
  records.forEach((record, index) => {
    if (!isObject(record)) return;
    const here = `${at}.records[${index}]`;
    if (typeof record.recordId === 'string') {
      if (ids.has(record.recordId)) problems.add(`${here}.recordId`, 'a recordId that no earlier record of the room has', record.recordId);
      ids.add(record.recordId);
    }
    if (appId !== undefined && typeof record.appId === 'string' && record.appId.toLowerCase() !== appId) problems.add(`${here}.appId`, `the App's id ${appId}`, record.appId);
    if (typeof room.roomUuid === 'string' && record.roomUuid !== room.roomUuid) problems.add(`${here}.roomUuid`, `the room's id ${JSON.stringify(room.roomUuid)}`, record.roomUuid);
    const start = typeof record.startTime === 'number' ? record.startTime : undefined;
    if (start !== undefined) {
      if (previousStart !== undefined && start < previousStart) problems.add(`${here}.startTime`, `a time not before the previous record's ${previousStart} (records are listed oldest first)`, start);
      previousStart = start;
    }
    const end = record.endTime === undefined ? null : numberOrNull(record.endTime);
    if (record.status === 2) {
      if (end === null) problems.add(`${here}.endTime`, 'a timestamp (an ended recording, status 2, has its endTime)', record.endTime ?? null);
      else if (end !== undefined && start !== undefined && end < start) problems.add(`${here}.endTime`, `a time not before startTime ${start}`, end);
    }
    if (record.status === 1) {
      if (typeof end === 'number') problems.add(`${here}.endTime`, 'null (a running recording, status 1, has no endTime)', end);
      if (index !== records.length - 1) problems.add(`${here}.status`, '2 (only the last, newest record may still be recording)', 1);
      if (room.state === 2 || room.state === 3) problems.add(`${here}.status`, `2 (the class has ended, state ${room.state}, so nothing can still be recording)`, 1);
    }
  });
}

function checkEvents(room: Json, at: string, problems: SeedProblems): void {
  let previous: number | undefined;
  itemsAt(room, 'events').forEach((event, index) => {
    if (!isObject(event)) return;
    const here = `${at}.events[${index}]`;
    if (typeof room.roomUuid === 'string' && event.roomUuid !== room.roomUuid) problems.add(`${here}.roomUuid`, `the room's id ${JSON.stringify(room.roomUuid)}`, event.roomUuid);
    if (typeof event.sequence === 'number') {
      if (previous !== undefined && event.sequence <= previous) problems.add(`${here}.sequence`, `a sequence greater than the previous event's ${previous}`, event.sequence);
      previous = event.sequence;
    }
  });
}

function checkUsers(room: Json, at: string, problems: SeedProblems): void {
  const ids = new Set<string>();
  itemsAt(room, 'users').forEach((user, index) => {
    if (!isObject(user)) return;
    const here = `${at}.users[${index}]`;
    if (typeof user.userUuid === 'string') {
      if (ids.has(user.userUuid)) problems.add(`${here}.userUuid`, 'a userUuid that no earlier user of the room has', user.userUuid);
      ids.add(user.userUuid);
    }
    if (room.state === 3 && user.state === 1) problems.add(`${here}.state`, '0 (a closed classroom, state 3, has nobody online)', 1);
  });
}

/** The room must be as the clock leaves it at `capturedAt`: nothing scheduled before then still to come. */
function checkScheduleAt(room: Json, capturedAt: number, at: string, problems: SeedProblems): void {
  const schedule = room.schedule;
  const state = room.state;
  if (!isObject(schedule) || (state !== 0 && state !== 1 && state !== 2 && state !== 3) || typeof room.createTime !== 'number') return;
  const optionalNumber = (value: unknown) => (typeof value === 'number' ? value : undefined);
  const moment = (value: unknown) => (typeof value === 'number' ? value : null);
  const row = {
    state,
    createTime: room.createTime,
    schedule: { startTime: optionalNumber(schedule.startTime), duration: optionalNumber(schedule.duration), closeDelay: optionalNumber(schedule.closeDelay) ?? DEFAULT_CLOSE_DELAY_S },
    startTime: moment(room.startTime),
    endTime: moment(room.endTime),
    closeTime: moment(room.closeTime),
    used: state !== 0 || itemsAt(room, 'users').length > 0,
  } as unknown as RoomRow;
  const step = nextRoomStep(row);
  if (!step || step.at > capturedAt) return;
  const when = new Date(step.at).toISOString();
  problems.add(
    `${at}.state`,
    step.kind === 'destroy'
      ? `a classroom that still exists at capturedAt (the clock destroys this one at ${when}: drop it from the data set, AG-41, AG-44)`
      : `the state the schedule gives at capturedAt (the class was due to ${step.kind} at ${when}, AG-37..AG-39)`,
    state,
  );
}
