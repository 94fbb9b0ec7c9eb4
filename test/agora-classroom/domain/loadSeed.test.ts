import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agoraSeedText } from '../../scripts/make-agora-seed.ts';
import { loadSeed } from '../../src/agora-classroom/mock/loadSeed.ts';
import { toClassroom } from '../../src/agora-classroom/mock/toClassroom.ts';
import { createSchemaValidator } from '../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';
import { APP_ID, SEED } from './agoraTestKit.ts';

const schema = (name: string) => ['components', 'schemas', name];
const clone = <T>(value: T): T => structuredClone(value);
const seedRoom = (seed: any, roomUuid: string) => seed.apps[0].rooms.find((r: { roomUuid: string }) => r.roomUuid === roomUuid);

describe('the default Agora seed (mocks/agora-classroom.seed.json)', () => {
  const state = loadSeed(SEED);
  const app = state.apps[0]!;

  it('is the output of scripts/make-agora-seed.ts (rerun the script after changing it)', () => {
    expect(readFileSync(new URL('../../mocks/agora-classroom.seed.json', import.meta.url), 'utf8')).toBe(agoraSeedText());
  });

  it('holds one App, the default App ID, with classrooms in every class state', () => {
    expect(state.apps.map((a) => a.appId)).toEqual([APP_ID]);
    expect(app.rooms).toHaveLength(7);
    const byState = [0, 1, 2, 3].map((s) => app.rooms.filter((r) => r.state === s).map((r) => r.roomUuid));
    expect(byState).toEqual([
      ['physics-101'],
      ['math class 7B', 'study-marathon-2025', 'english 1on1 (Anna & Leo)'],
      ['biology-lab-3'],
      ['history-seminar-12', 'chemistry-intro'],
    ]);
  });

  it('has two classrooms recording now and 146 recordings, 137 of them in study-marathon-2025', () => {
    expect(app.rooms.filter((r) => r.records.some((rec) => rec.status === 1)).map((r) => r.roomUuid)).toEqual(['math class 7B', 'study-marathon-2025']);
    expect(app.rooms.reduce((n, r) => n + r.records.length, 0)).toBe(146);
    expect(app.rooms.find((r) => r.roomUuid === 'study-marathon-2025')!.records).toHaveLength(137);
  });

  it('starts with an empty polling queue and each room sequence after its seeded history', () => {
    expect(app.pending).toEqual([]);
    expect(app.rooms.map((r) => [r.roomUuid, r.events.length, r.lastSequence])).toEqual([
      ['physics-101', 0, 0],
      ['math class 7B', 10, 10],
      ['study-marathon-2025', 277, 277],
      ['biology-lab-3', 9, 9],
      ['history-seminar-12', 12, 12],
      ['english 1on1 (Anna & Leo)', 3, 3],
      ['chemistry-intro', 0, 0],
    ]);
  });

  it('answers only with data that validates against the document (classrooms, recordings, events)', () => {
    const schemas = createSchemaValidator(loadDocument('agora-classroom'), 'agora-classroom');
    const [classroom, recording, event] = ['Classroom', 'Recording', 'Event'].map((n) => schemas.at(schema(n)));
    const problems = app.rooms.flatMap((room) => [
      ...schemas.violations(classroom!, toClassroom(room)).map((v) => `${room.roomUuid} ${v.path} ${v.message}`),
      ...room.records.flatMap((r) => schemas.violations(recording!, r).map((v) => `${r.recordId} ${v.path} ${v.message}`)),
      ...room.events.flatMap((e) => schemas.violations(event!, e).map((v) => `${room.roomUuid}#${e.sequence} ${v.path} ${v.message}`)),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('loadSeed', () => {
  it('loads an empty data set', () => {
    expect(loadSeed({ apps: [] })).toEqual({ apps: [] });
  });

  it.each([
    ['a non-object', 42, '$: must be an object (got 42)'],
    ['a missing apps list', {}, '$.apps: must be an array (got nothing)'],
    ['an unknown top-level key', { apps: [], app: [] }, '$: unknown property "app"'],
    ['an App ID of the wrong length', { apps: [{ appId: 'xyz', boardAppId: 'b', rooms: [] }] }, '$.apps[0].appId: must have 32 to 32 characters (got 3)'],
    ['an App ID that is not hex', { apps: [{ appId: 'z'.repeat(32), boardAppId: 'b', rooms: [] }] }, '$.apps[0].appId: must match'],
  ])('rejects %s with the path of the problem', (_label, seed, message) => {
    expect(() => loadSeed(seed)).toThrow(message);
  });

  it('lists every problem of a room in one error, each with its JSON path', () => {
    const seed = clone(SEED) as any;
    const room = seedRoom(seed, 'math class 7B');
    room.state = 7;
    room.roomUuid = 'x'.repeat(64);
    room.schedule.duration = 0;
    room.records[0].status = 1;
    room.events[3].sequence = 1;
    let message = '';
    try {
      loadSeed(seed);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid agora-classroom seed \(\d+ problems\):/);
    for (const expected of [
      '$.apps[0].rooms[1].roomUuid: must have 1 to 63 characters (got 64)',
      '$.apps[0].rooms[1].state: must be one of 0, 1, 2, 3 (got 7)',
      '$.apps[0].rooms[1].schedule.duration: must be an integer from 1 to 86400 (got 0)',
      '$.apps[0].rooms[1].records[0].status: only the last (newest) record may still be recording',
      '$.apps[0].rooms[1].events[3].sequence: must be greater than the previous event\'s 3',
    ]) {
      expect(message).toContain(expected);
    }
  });

  it.each([
    ['a started class without its startTime', (r: any) => (r.startTime = null), 'rooms[1].startTime: a class in state 1 needs its startTime'],
    ['a record of another room', (r: any) => (r.records[0].roomUuid = 'elsewhere'), 'rooms[1].records[0].roomUuid: must be the room\'s id'],
    ['a record of another App', (r: any) => (r.records[0].appId = '0'.repeat(32)), 'rooms[1].records[0].appId: must be the App\'s id'],
    ['an ended recording without endTime', (r: any) => (r.records[0].endTime = null), 'rooms[1].records[0].endTime: an ended recording (status 2) needs its endTime'],
    ['an event of another room', (r: any) => (r.events[0].roomUuid = 'elsewhere'), 'rooms[1].events[0].roomUuid: must be the room\'s id'],
    ['a class-state event without closeTime', (r: any) => delete r.events[2].data.closeTime, 'rooms[1].events[2].data.closeTime: must be an integer'],
    ['a duplicate room', (r: any, seed: any) => seed.apps[0].rooms.push(clone(r)), 'rooms[7].roomUuid: duplicate roomUuid "math class 7B"'],
    ['a typo in a room key', (r: any) => (r.roomname = 'x'), 'rooms[1]: unknown property "roomname"'],
  ])('rejects %s', (_label, mutate, message) => {
    const seed = clone(SEED) as any;
    mutate(seedRoom(seed, 'math class 7B'), seed);
    expect(() => loadSeed(seed)).toThrow(message);
  });

  it('rejects a recording still running in a class that has ended', () => {
    const seed = clone(SEED) as any;
    const room = seedRoom(seed, 'biology-lab-3');
    room.records[1].status = 1;
    room.records[1].endTime = null;
    expect(() => loadSeed(seed)).toThrow('rooms[3].records[1].status: the class has ended (state 2), so nothing can still be recording');
  });
});
