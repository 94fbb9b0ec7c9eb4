import { describe, expect, it } from 'vitest';
import { deleteClassroomProperties } from '../../../src/agora-classroom/mock/deleteClassroomProperties.ts';
import { deleteUserProperties } from '../../../src/agora-classroom/mock/deleteUserProperties.ts';
import { getUser } from '../../../src/agora-classroom/mock/getUser.ts';
import { joinRoom } from '../../../src/agora-classroom/mock/joinRoom.ts';
import { kickUser } from '../../../src/agora-classroom/mock/kickUser.ts';
import { setBreakoutRooms } from '../../../src/agora-classroom/mock/setBreakoutRooms.ts';
import { toClassroom } from '../../../src/agora-classroom/mock/toClassroom.ts';
import { toUser } from '../../../src/agora-classroom/mock/toUser.ts';
import { updateClassroomProperties } from '../../../src/agora-classroom/mock/updateClassroomProperties.ts';
import { updateUserProperties } from '../../../src/agora-classroom/mock/updateUserProperties.ts';
import { APP_ID, CAPTURED_AT, MIN } from '../agoraTestKit.ts';
import { brief, envAt, eventsOf, inTransaction, join, onlineIn, roomOf, seededState } from './domainKit.ts';

const MATH = 'math class 7B';
const T = CAPTURED_AT;
const user = (state: ReturnType<typeof seededState>, userUuid: string, roomUuid = MATH) => {
  const outcome = getUser(state, { appId: APP_ID, roomUuid, userUuid });
  if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
  return outcome.user;
};

describe('getUser (AG-55)', () => {
  it('returns a user who joined, online, with an integer role, the RTC uid, properties and updateTime', () => {
    const state = seededState();
    expect(toUser(user(state, 'teacher_okafor'))).toEqual({ userUuid: 'teacher_okafor', userName: 'Mr. David Okafor', role: 1, streamUuid: '10002', state: 1, userProperties: {}, updateTime: T - 22 * MIN });
  });

  it('keeps a user who left, offline', () => {
    expect(toUser(user(seededState(), 'student_5', 'study-marathon-2025'))).toMatchObject({ state: 0 });
  });

  it.each([
    ['a user who never joined the classroom', MATH, 'student_7', { kind: 'UserNotFound', roomUuid: MATH, userUuid: 'student_7' }],
    ['a user of another classroom', MATH, 'teacher_chen', { kind: 'UserNotFound', roomUuid: MATH, userUuid: 'teacher_chen' }],
    ['an unknown classroom (checked first)', 'nope', 'teacher_okafor', { kind: 'RoomNotFound', roomUuid: 'nope' }],
  ])('answers not found for %s', (_label, roomUuid, userUuid, expected) => {
    expect(getUser(seededState(), { appId: APP_ID, roomUuid, userUuid })).toEqual(expected);
  });
});

describe('user and classroom custom properties (AG-56)', () => {
  it('sets a user\'s properties with the in-place rule, moves updateTime, emits no event, and shows them in the query and later users events', () => {
    const state = seededState();
    updateUserProperties(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', properties: { seat: { row: 1, col: 2 } } }, envAt(T));
    updateUserProperties(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', properties: { 'seat.col': 3, badge: 'gold' } }, envAt(T + MIN));
    expect(toUser(user(state, 'student_1'))).toMatchObject({ userProperties: { seat: { row: 1, col: 3 }, badge: 'gold' }, updateTime: T + MIN });
    expect(eventsOf(state, MATH)).toHaveLength(10);
    deleteUserProperties(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', properties: ['seat.row', 'badge'] }, envAt(T + 2 * MIN));
    expect(user(state, 'student_1').userProperties).toEqual({ seat: { col: 3 } });
    kickUser(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1' }, envAt(T + 3 * MIN));
    expect(eventsOf(state, MATH).at(-1)!.data).toMatchObject({ offlineUsers: [{ userUuid: 'student_1', userProperties: { seat: { col: 3 } } }] });
  });

  it('answers UserNotFound and writes nothing for a user who never joined', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => updateUserProperties(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'ghost', properties: { a: 1 } }, envAt(T)));
    expect([result.kind, changes]).toEqual(['UserNotFound', []]);
  });

  it('sets classroom properties over the seeded flexProps and shows them as roomProperties.flexProps; deleting by path keeps the rest', () => {
    const state = seededState();
    updateClassroomProperties(state, { appId: APP_ID, roomUuid: MATH, properties: { 'quiz.round': 2, board: 'on' }, examinationUrl: 'https://exam.example/1' });
    expect(toClassroom(roomOf(state, MATH)).roomProperties).toMatchObject({ flexProps: { unit: 'Linear equations', quiz: { round: 2 }, board: 'on' }, examinationUrl: 'https://exam.example/1' });
    deleteClassroomProperties(state, { appId: APP_ID, roomUuid: MATH, properties: ['quiz.round', 'unit'] });
    expect(toClassroom(roomOf(state, MATH)).roomProperties.flexProps).toEqual({ quiz: {}, board: 'on' });
    expect(eventsOf(state, MATH)).toHaveLength(10);
  });

  it('writes nothing when a delete names nothing', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => deleteClassroomProperties(state, { appId: APP_ID, roomUuid: MATH, properties: ['nope'] }));
    expect([result, changes]).toEqual([{ kind: 'Ok' }, []]);
  });
});

describe('kickUser (AG-57)', () => {
  it('takes an online user offline with a cmd-20 event of type 2, lowers the hand and takes the user off the stage', () => {
    const state = seededState();
    state.rooms.put(`${APP_ID}/${MATH}`, { ...roomOf(state, MATH), handsUp: [{ userUuid: 'student_1', payload: { q: 1 } }], stage: ['student_1', 'student_2'] });
    const outcome = kickUser(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1' }, envAt(T));
    expect(outcome.kind).toBe('Ok');
    const events = eventsOf(state, MATH).slice(10);
    expect(brief(events)).toEqual(['20', '1502', '1501']);
    expect(events[0]!.data).toEqual({
      total: 4,
      onlineUsers: [],
      offlineUsers: [{ userUuid: 'student_1', userName: 'Liam Park', role: 2, streamUuid: '20001', type: 2, updateTime: T, userProperties: {} }],
    });
    expect(events[1]!.data).toEqual({ progressUsers: [], addProgressUsers: [], removeProgressUsers: [{ userUuid: 'student_1', payload: { q: 1 } }] });
    expect(events[2]!.data).toEqual({ acceptedUsers: [{ userUuid: 'student_2' }], addAcceptedUsers: [], removeAcceptedUsers: [{ userUuid: 'student_1' }] });
    expect(onlineIn(state, MATH)).not.toContain('student_1');
  });

  it.each([
    ['dirty.state 1 with a duration', { state: 1, duration: 600 }, T + 600_000],
    ['dirty.state true with a duration', { state: true, duration: 1.5 }, T + 1500],
    ['dirty.state 1 without a duration (for good)', { state: 1 }, null],
  ] as const)('bans the user on %s', (_label, dirty, until) => {
    const state = seededState();
    kickUser(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', dirty }, envAt(T));
    expect(user(state, 'student_1').ban).toEqual({ until });
    const refused = joinRoom(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', userName: 'Liam', role: 2 }, envAt(T + 1000));
    expect(refused).toEqual({ kind: 'UserBanned', roomUuid: MATH, userUuid: 'student_1', until });
  });

  it('lets a user banned for a duration join again once it has passed', () => {
    const state = seededState();
    kickUser(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', dirty: { state: 1, duration: 60 } }, envAt(T));
    expect(join(state, MATH, 'student_1', T + MIN).events[0]!.data).toMatchObject({ onlineUsers: [{ userUuid: 'student_1', type: 2 }] });
  });

  it.each([
    ['dirty.state 0', { state: 0 }],
    ['dirty.state false', { state: false }],
    ['no dirty', undefined],
  ] as const)('removes the user once with %s, and lifts an earlier ban', (_label, dirty) => {
    const state = seededState();
    kickUser(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', dirty: { state: 1 } }, envAt(T));
    kickUser(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_1', dirty }, envAt(T + 1000));
    expect(user(state, 'student_1')).not.toHaveProperty('ban');
    expect(join(state, MATH, 'student_1', T + 2000).kind).toBe('Ok');
  });

  it('only bans a user who is offline: no event', () => {
    const state = seededState();
    kickUser(state, { appId: APP_ID, roomUuid: 'study-marathon-2025', userUuid: 'student_5', dirty: { state: 1 } }, envAt(T));
    expect(eventsOf(state, 'study-marathon-2025')).toHaveLength(277);
    expect(user(state, 'student_5', 'study-marathon-2025').ban).toEqual({ until: null });
  });

  it('answers UserNotFound for a user who never joined', () => {
    expect(kickUser(seededState(), { appId: APP_ID, roomUuid: MATH, userUuid: 'ghost' }, envAt(T))).toEqual({ kind: 'UserNotFound', roomUuid: MATH, userUuid: 'ghost' });
  });
});

describe('setBreakoutRooms (AG-58)', () => {
  it('creates breakout rooms, assigning a groupUuid when absent, and shows them as roomProperties.groups; state 0 removes them', () => {
    const state = seededState();
    const groups = [
      { groupUuid: 'group1', groupName: 'Group 01', users: [{ userUuid: 'student_1' }] },
      { users: [{ userUuid: 'student_2' }, { userUuid: 'someone-else' }] },
    ];
    expect(setBreakoutRooms(state, { appId: APP_ID, roomUuid: MATH, state: 1, groups }, envAt(T)).kind).toBe('Ok');
    expect(toClassroom(roomOf(state, MATH)).roomProperties.groups).toEqual({
      state: 1,
      details: { group1: { groupName: 'Group 01', users: [{ userUuid: 'student_1' }] }, '00000000-0000-4000-8000-000000000001': { users: [{ userUuid: 'student_2' }, { userUuid: 'someone-else' }] } },
    });
    setBreakoutRooms(state, { appId: APP_ID, roomUuid: MATH, state: 0 }, envAt(T));
    expect(toClassroom(roomOf(state, MATH)).roomProperties.groups).toEqual({ state: 0, details: {} });
    expect(eventsOf(state, MATH)).toHaveLength(10);
  });

  it('answers BadParameter (400) for state 1 without groups, and writes nothing', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => setBreakoutRooms(state, { appId: APP_ID, roomUuid: MATH, state: 1 }, envAt(T)));
    expect([result.kind, changes]).toEqual(['BadParameter', []]);
  });

  it('shows no groups before the first call', () => {
    expect(toClassroom(roomOf(seededState(), MATH)).roomProperties).not.toHaveProperty('groups');
  });
});
