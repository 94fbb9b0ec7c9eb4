import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agoraSeedText } from '../../../scripts/make-agora-seed.ts';
import { AGORA_DEFAULTS, createAgoraClassroomMock } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import { roomKey } from '../../../src/agora-classroom/mock/keys.ts';
import { toClassroom } from '../../../src/agora-classroom/mock/toClassroom.ts';
import { toEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { toRecording } from '../../../src/agora-classroom/mock/toRecording.ts';
import { toUser } from '../../../src/agora-classroom/mock/toUser.ts';
import { createSchemaValidator } from '../../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../../src/core/openapi/loadDocument.ts';
import { SeedError, type SeedProblem } from '../../../src/core/seed/SeedError.ts';
import { APP_ID, CAPTURED_AT, SEED } from '../agoraTestKit.ts';
import { envAt, eventsOf, queueOf, recordsOf, roomOf, seededState, usersOf } from './domainKit.ts';

const schema = (name: string) => ['components', 'schemas', name];
const clone = <T>(value: T): T => structuredClone(value);
const seedRoom = (seed: any, roomUuid: string) => seed.apps[0].rooms.find((r: { roomUuid: string }) => r.roomUuid === roomUuid);

/** The problems `loadSeed` names for a data set (`[]` when it loads). */
function problemsOf(seed: unknown): SeedProblem[] {
  try {
    seededState(seed);
    return [];
  } catch (error) {
    if (error instanceof SeedError) return [...error.problems];
    throw error;
  }
}

/** A problem as `path: expected` (what the tests compare). */
const brief = (problems: readonly SeedProblem[]) => problems.map((p) => `${p.path}: ${p.expected}`);

describe('the default Agora seed (mocks/agora-classroom.seed.json)', () => {
  const state = seededState();
  const rooms = [...state.rooms.values()];

  it('is the output of scripts/make-agora-seed.ts (rerun the script after changing it)', () => {
    expect(readFileSync(new URL('../../../mocks/agora-classroom.seed.json', import.meta.url), 'utf8')).toBe(agoraSeedText());
  });

  it('holds one App, the default App ID, with classrooms in every class state', () => {
    expect([...state.apps.keys()]).toEqual([APP_ID]);
    expect(rooms).toHaveLength(6);
    const byState = [0, 1, 2, 3].map((s) => rooms.filter((r) => r.state === s).map((r) => r.roomUuid));
    expect(byState).toEqual([['physics-101'], ['math class 7B', 'study-marathon-2025', 'english 1on1 (Anna & Leo)'], ['biology-lab-3'], ['history-seminar-12']]);
  });

  it('holds a live class: math class 7B, started without a duration, with a teacher and four students online', () => {
    expect(roomOf(state, 'math class 7B')).toMatchObject({ state: 1, schedule: { closeDelay: 900 }, used: true });
    expect(roomOf(state, 'math class 7B').schedule).not.toHaveProperty('duration');
    expect(usersOf(state, 'math class 7B').map((u) => [u.userUuid, u.role, u.online])).toEqual([
      ['student_1', 2, true],
      ['student_2', 2, true],
      ['student_3', 2, true],
      ['student_4', 2, true],
      ['teacher_okafor', 1, true],
    ]);
    expect(usersOf(state, 'math class 7B').find((u) => u.userUuid === 'student_2')!.totalReward).toBe(1);
  });

  it('has users whose online state is the one its users events leave them in, with totals of users online', () => {
    for (const room of rooms) {
      const online = new Set<string>();
      for (const event of eventsOf(state, room.roomUuid).filter((e) => e.cmd === 20)) {
        const data = event.data as { total: number; onlineUsers: { userUuid: string }[]; offlineUsers: { userUuid: string }[] };
        for (const u of data.onlineUsers) online.add(u.userUuid);
        for (const u of data.offlineUsers) online.delete(u.userUuid);
        expect(data.total, `${room.roomUuid}#${event.sequence}`).toBe(online.size);
      }
      expect(usersOf(state, room.roomUuid).filter((u) => u.online).map((u) => u.userUuid).sort(), room.roomUuid).toEqual([...online].sort());
    }
  });

  it('has two classrooms recording now and 144 recordings, 137 of them in study-marathon-2025', () => {
    expect(rooms.filter((r) => state.recordIndex.running(roomKey(APP_ID, r.roomUuid))).map((r) => r.roomUuid)).toEqual(['math class 7B', 'study-marathon-2025']);
    expect(state.records.size).toBe(144);
    expect(recordsOf(state, 'study-marathon-2025')).toHaveLength(137);
    expect(recordsOf(state, 'study-marathon-2025').at(-1)).toMatchObject({ status: 1, endTime: null });
  });

  it('starts with an empty polling queue and each room sequence after its seeded history', () => {
    expect(queueOf(state)).toEqual([]);
    expect(rooms.map((r) => [r.roomUuid, eventsOf(state, r.roomUuid).length, r.lastSequence])).toEqual([
      ['physics-101', 0, 0],
      ['math class 7B', 10, 10],
      ['study-marathon-2025', 277, 277],
      ['biology-lab-3', 9, 9],
      ['history-seminar-12', 13, 13],
      ['english 1on1 (Anna & Leo)', 3, 3],
    ]);
  });

  it('answers only with data that validates against the document (classrooms, users, recordings, events)', () => {
    const schemas = createSchemaValidator(loadDocument('agora-classroom'), 'agora-classroom');
    const [classroom, user, recording, event] = ['Classroom', 'User', 'Recording', 'Event'].map((n) => schemas.at(schema(n)));
    const problems = rooms.flatMap((room) => [
      ...schemas.violations(classroom!, toClassroom(room)).map((v) => `${room.roomUuid} ${v.path} ${v.message}`),
      ...usersOf(state, room.roomUuid).flatMap((u) => schemas.violations(user!, toUser(u)).map((v) => `${u.userUuid} ${v.path} ${v.message}`)),
      ...[...state.recordIndex.ofRoom(roomKey(APP_ID, room.roomUuid))].flatMap((r) => schemas.violations(recording!, toRecording(r)).map((v) => `${r.recordId} ${v.path} ${v.message}`)),
      ...[...state.eventIndex.ofRoom(roomKey(APP_ID, room.roomUuid))].flatMap((e) => schemas.violations(event!, toEvent(e)).map((v) => `${room.roomUuid}#${e.sequence} ${v.path} ${v.message}`)),
    ]);
    expect(problems).toEqual([]);
  });

  it('lists records and events exactly as the data set has them', () => {
    const seeded = seedRoom(SEED, 'history-seminar-12');
    expect(recordsOf(state, 'history-seminar-12')).toEqual(seeded.records);
    expect(eventsOf(state, 'history-seminar-12')).toEqual(seeded.events);
  });
});

describe('loadSeed', () => {
  it('loads an empty data set into empty tables', () => {
    const state = seededState({ apps: [] });
    expect(Object.values(state.store.snapshot()).every((rows) => rows.length === 0)).toBe(true);
  });

  it('keeps no object of the data set, so changing the data set later changes nothing', () => {
    const seed = clone(SEED) as any;
    const state = seededState(seed);
    seedRoom(seed, 'math class 7B').schedule.closeDelay = 1;
    seedRoom(seed, 'math class 7B').events[0].data.state = 3;
    expect(roomOf(state, 'math class 7B').schedule.closeDelay).not.toBe(1);
    expect(eventsOf(state, 'math class 7B')[0]!.data).not.toMatchObject({ state: 3 });
  });

  it.each([
    ['a non-object', 42, '$: an object'],
    ['a missing apps list', {}, '$.apps: a value (required)'],
    ['an unknown top-level key', { apps: [], app: [] }, '$.app: no such property (not part of the format)'],
    ['an App ID of the wrong length', { apps: [{ appId: 'abc', boardAppId: 'b', rooms: [] }] }, '$.apps[0].appId: a string of at least 32 characters'],
    ['an App ID that is not hex', { apps: [{ appId: 'z'.repeat(32), boardAppId: 'b', rooms: [] }] }, '$.apps[0].appId: a string matching ^[0-9A-Fa-f]{32}$'],
    ['a duplicate App ID (in another case)', { apps: [{ appId: APP_ID, boardAppId: 'b', rooms: [] }, { appId: APP_ID.toUpperCase(), boardAppId: 'b', rooms: [] }] }, '$.apps[1].appId: an App ID that no earlier App has'],
  ])('rejects %s, naming the JSON path of the problem', (_label, seed, expected) => {
    expect(brief(problemsOf(seed))).toContain(expected);
  });

  it('lists every problem of a room in one SeedError, each with its file, JSON path, expectation and value', () => {
    const seed = clone(SEED) as any;
    const room = seedRoom(seed, 'math class 7B');
    room.state = 7;
    room.roomUuid = 'x'.repeat(64);
    room.schedule.closeDelay = -1;
    room.records[0].status = 1;
    room.events[3].sequence = 1;
    let error: unknown;
    try {
      seededState(seed);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SeedError);
    const { problems, message } = error as SeedError;
    expect(message).toMatch(/^invalid agora-classroom seed data set \(\d+ problems\):/);
    expect(problems.every((p) => p.file === 'Agora seed')).toBe(true);
    expect(brief(problems)).toEqual(
      expect.arrayContaining([
        '$.apps[0].rooms[1].roomUuid: a string of at most 63 characters',
        '$.apps[0].rooms[1].state: one of 0, 1, 2, 3',
        '$.apps[0].rooms[1].schedule.closeDelay: a number >= 0',
        '$.apps[0].rooms[1].records[0].status: 2 (only the last, newest record may still be recording)',
        '$.apps[0].rooms[1].events[3].sequence: a sequence greater than the previous event\'s 3',
      ]),
    );
    expect(problems.find((p) => p.path === '$.apps[0].rooms[1].state')).toEqual({ file: 'Agora seed', path: '$.apps[0].rooms[1].state', expected: 'one of 0, 1, 2, 3', actual: '7' });
  });

  it.each([
    ['a started class without its startTime', (r: any) => (r.startTime = null), 'rooms[1].startTime: a timestamp (a class in state 1 has its startTime)'],
    ['a class not started yet with a startTime', (r: any) => ((r.state = 0), (r.records = []), (r.events = [])), 'rooms[1].startTime: null (a class in state 0 has no startTime yet)'],
    ['a record of another room', (r: any) => (r.records[0].roomUuid = 'elsewhere'), 'rooms[1].records[0].roomUuid: the room\'s id "math class 7B"'],
    ['a record of another App', (r: any) => (r.records[0].appId = '0'.repeat(32)), `rooms[1].records[0].appId: the App's id ${APP_ID}`],
    ['an ended recording without endTime', (r: any) => (r.records[0].endTime = null), 'rooms[1].records[0].endTime: a timestamp (an ended recording, status 2, has its endTime)'],
    ['records not oldest first', (r: any) => (r.records[1].startTime = r.records[0].startTime - 1), 'rooms[1].records[1].startTime: a time not before the previous record\'s'],
    ['an empty recordId', (r: any) => (r.records[0].recordId = ''), 'rooms[1].records[0].recordId: a string of at least 1 characters'],
    ['an event of another room', (r: any) => (r.events[0].roomUuid = 'elsewhere'), 'rooms[1].events[0].roomUuid: the room\'s id "math class 7B"'],
    ['a class-state event with an unknown state', (r: any) => (r.events[2].data.state = 7), 'rooms[1].events[2].data.state: one of 0, 1, 2, 3'],
    ['a recording event with an unknown state', (r: any) => (r.events.find((e: any) => e.cmd === 1001).data.state = 3), '.data.state: one of 0, 1, 2'],
    ['an event without a cmd', (r: any) => delete r.events[0].cmd, 'rooms[1].events[0].cmd: a value (required)'],
    ['a duplicate room', (r: any, seed: any) => seed.apps[0].rooms.push(clone(r)), 'rooms[6].roomUuid: a roomUuid that no earlier room of the App has'],
    ['a typo in a room key', (r: any) => (r.roomname = 'x'), 'rooms[1].roomname: no such property (not part of the format)'],
    ['a duplicate user', (r: any) => r.users.push(clone(r.users[0])), 'rooms[1].users[5].userUuid: a userUuid that no earlier user of the room has'],
    ['a user with a string role', (r: any) => (r.users[0].role = 'host'), 'rooms[1].users[0].role: an integer'],
    ['a user with a typo', (r: any) => (r.users[0].username = 'x'), 'rooms[1].users[0].username: no such property (not part of the format)'],
    ['a class past its startTime not started yet at capturedAt', (r: any) => Object.assign(r, { state: 0, startTime: null, records: [], events: [] }), 'rooms[1].state: the state the schedule gives at capturedAt (the class was due to start at'],
  ])('rejects %s', (_label, mutate, expected) => {
    const seed = clone(SEED) as any;
    mutate(seedRoom(seed, 'math class 7B'), seed);
    expect(brief(problemsOf(seed)).some((line) => line.includes(expected))).toBe(true);
  });

  it('names only the problems of an event\'s own type, not those of every event type', () => {
    const seed = clone(SEED) as any;
    seedRoom(seed, 'math class 7B').events[2].data.state = 7;
    expect(brief(problemsOf(seed))).toEqual(['$.apps[0].rooms[1].events[2].data.state: one of 0, 1, 2, 3']);
  });

  it('rejects a recording still running in a class that has ended', () => {
    const seed = clone(SEED) as any;
    const room = seedRoom(seed, 'biology-lab-3');
    room.records[1].status = 1;
    room.records[1].endTime = null;
    expect(brief(problemsOf(seed))).toContain('$.apps[0].rooms[3].records[1].status: 2 (the class has ended, state 2, so nothing can still be recording)');
  });

  it('rejects an online user in a closed classroom (everyone goes offline on close, AG-40)', () => {
    const seed = clone(SEED) as any;
    seedRoom(seed, 'history-seminar-12').users[0].state = 1;
    expect(brief(problemsOf(seed))).toContain('$.apps[0].rooms[4].users[0].state: 0 (a closed classroom, state 3, has nobody online)');
  });

  it('rejects a classroom that the clock has destroyed by capturedAt (closed over an hour before, AG-41)', () => {
    const seed = clone(SEED) as any;
    seedRoom(seed, 'history-seminar-12').closeTime -= 31 * 60_000;
    expect(brief(problemsOf(seed)).some((line) => line.startsWith('$.apps[0].rooms[4].state: a classroom that still exists at capturedAt'))).toBe(true);
  });

  it('rejects a classroom nobody used that is older than five days at capturedAt (AG-44)', () => {
    const seed = clone(SEED) as any;
    seedRoom(seed, 'physics-101').createTime = CAPTURED_AT - 6 * 24 * 3_600_000;
    expect(brief(problemsOf(seed)).some((line) => line.startsWith('$.apps[0].rooms[0].state: a classroom that still exists at capturedAt'))).toBe(true);
  });

  it('loads a data set without capturedAt whatever its moments', () => {
    const { capturedAt: _dropped, ...seed } = clone(SEED) as any;
    seedRoom(seed, 'history-seminar-12').closeTime -= 31 * 60_000;
    expect(problemsOf(seed)).toEqual([]);
  });

  it('holds one App at most: the mock serves one (AG-46)', () => {
    const seed = { apps: [{ appId: APP_ID, boardAppId: 'b', rooms: [] }, { appId: '0'.repeat(32), boardAppId: 'b', rooms: [] }] };
    expect(brief(problemsOf(seed))).toContain('$.apps: at most 1 items');
  });

  it('gives the seeded classrooms, their records and events to the configured App, whatever App ID the data set names (AG-46)', () => {
    const own = 'AAAABBBBCCCCDDDDEEEEFFFF00001111';
    const state = seededState(SEED, createAgoraClassroomMock({ token: 't', appId: own }));
    expect([...state.apps.keys()]).toEqual([own.toLowerCase()]);
    expect(roomOf(state, 'math class 7B', own.toLowerCase()).appId).toBe(own.toLowerCase());
    expect(recordsOf(state, 'study-marathon-2025', own.toLowerCase())[0]!.appId).toBe(own.toLowerCase());
    expect(eventsOf(state, 'study-marathon-2025', own.toLowerCase())).toHaveLength(277);
    expect(state.rooms.get(roomKey(APP_ID, 'math class 7B'))).toBeUndefined();
  });

  it('writes nothing when the data set has a problem', () => {
    const api = createAgoraClassroomMock(AGORA_DEFAULTS);
    const state = api.newState();
    const seed = clone(SEED) as any;
    seedRoom(seed, 'physics-101').state = 9;
    expect(() => api.loadSeed(state, seed, envAt(CAPTURED_AT))).toThrow(SeedError);
    expect(state.rooms.size + state.apps.size + state.users.size + state.records.size + state.events.size).toBe(0);
  });
});
