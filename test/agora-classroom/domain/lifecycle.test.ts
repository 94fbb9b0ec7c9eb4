import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { getClassroom } from '../../../src/agora-classroom/mock/getClassroom.ts';
import { getUser } from '../../../src/agora-classroom/mock/getUser.ts';
import { listClassroomEvents } from '../../../src/agora-classroom/mock/listClassroomEvents.ts';
import { listRecordings } from '../../../src/agora-classroom/mock/listRecordings.ts';
import { pollEvents } from '../../../src/agora-classroom/mock/pollEvents.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { setRecordingState } from '../../../src/agora-classroom/mock/setRecordingState.ts';
import type { AgoraState } from '../../../src/agora-classroom/mock/state.ts';
import { toEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { APP_ID, CAPTURED_AT, HOUR, MIN } from '../agoraTestKit.ts';
import { brief, envAt, eventsOf, inTransaction, join, newClassroom, onlineIn, queueOf, roomOf, seededState, tick, usersOf } from './domainKit.ts';

const DAY = 24 * HOUR;
const T = CAPTURED_AT;

/** A state holding one classroom, `lab`, created at `T` with `schedule` (no seeded rooms, whose own schedules would interleave). */
function withLab(schedule: { startTime?: number; duration?: number; closeDelay?: number }): AgoraState {
  const state = seededState({ apps: [] });
  expect(createClassroom(state, { appId: APP_ID, roomUuid: 'lab', classroom: newClassroom({ schedule }) }, envAt(T)).kind).toBe('Ok');
  return state;
}

const ENGLISH = 'english 1on1 (Anna & Leo)';

/** One poll, only the events of `roomUuid` when it is given (the seeded rooms have schedules of their own). */
const poll = (state: AgoraState, roomUuid?: string) => {
  const outcome = pollEvents(state, { appId: APP_ID });
  if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
  return outcome.events.map(toEvent).filter((e) => roomUuid === undefined || e.roomUuid === roomUuid);
};
const queueIn = (state: AgoraState, roomUuid: string) => queueOf(state).filter((q) => q.roomUuid === roomUuid);
const lab = (state: AgoraState) => roomOf(state, 'lab');

describe('the class lifecycle on the mock clock (AG-37..AG-39)', () => {
  it('starts a class by itself at startTime with cmd 1 stamped with the scheduled moment, not the request\'s (AG-37, AG-45)', () => {
    const state = withLab({ startTime: T + HOUR, duration: 600, closeDelay: 300 });
    expect(tick(state, T + HOUR - 1)).toBe(0);
    expect(lab(state).state).toBe(0);
    tick(state, T + HOUR + 5 * 1000);
    expect(lab(state)).toMatchObject({ state: 1, startTime: T + HOUR });
    expect(eventsOf(state, 'lab')).toEqual([{ roomUuid: 'lab', cmd: 1, sequence: 1, version: 1, data: { startTime: T + HOUR, state: 1, endTime: null, closeTime: null } }]);
  });

  it('ends it duration seconds after the start and closes it closeDelay seconds after the end, each with cmd 1, all in one jump in time order (AG-38, AG-39, AG-45)', () => {
    const state = withLab({ startTime: T + HOUR, duration: 600, closeDelay: 300 });
    expect(tick(state, T + 2 * HOUR)).toBe(3);
    const start = T + HOUR;
    const end = start + 600_000;
    const close = end + 300_000;
    expect(eventsOf(state, 'lab').map((e) => e.data)).toEqual([
      { startTime: start, state: 1, endTime: null, closeTime: null },
      { startTime: start, state: 2, endTime: end, closeTime: close },
      { startTime: start, state: 3, endTime: end, closeTime: close },
    ]);
    expect(lab(state)).toMatchObject({ state: 3, startTime: start, endTime: end, closeTime: close });
  });

  it('starts at once, stamped with the creation moment, a class whose startTime lies before its creation (Agora\'s examples of 2022, AG-37)', () => {
    const state = withLab({ startTime: Date.UTC(2022, 5, 17), duration: 600, closeDelay: 300 });
    tick(state, T);
    expect(eventsOf(state, 'lab').map((e) => e.data)).toEqual([{ startTime: T, state: 1, endTime: null, closeTime: null }]);
    tick(state, T + 10 * MIN);
    expect(lab(state)).toMatchObject({ state: 2, endTime: T + 10 * MIN });
  });

  it('counts duration from a start by hand, and closeDelay from an end by hand (AG-38, AG-39)', () => {
    const state = withLab({ startTime: T + DAY, duration: 600, closeDelay: 300 });
    setClassroomState(state, { appId: APP_ID, roomUuid: 'lab', state: 1 }, envAt(T + MIN));
    tick(state, T + 11 * MIN);
    expect(lab(state)).toMatchObject({ state: 2, startTime: T + MIN, endTime: T + 11 * MIN });
    expect(brief(eventsOf(state, 'lab'))).toEqual(['1:1', '1:2']);
    // A class ended by hand closes closeDelay later; started earlier by hand, it does not start again at startTime.
    tick(state, T + 16 * MIN);
    expect(lab(state)).toMatchObject({ state: 3, closeTime: T + 16 * MIN });
    expect(brief(eventsOf(state, 'lab'))).toEqual(['1:1', '1:2', '1:3']);
  });

  it('keeps a started class without a duration live under any clock (the seeded live class)', () => {
    const state = seededState();
    tick(state, T + 3650 * DAY);
    expect(roomOf(state, 'math class 7B')).toMatchObject({ state: 1 });
    expect(onlineIn(state, 'math class 7B')).toEqual(['student_1', 'student_2', 'student_3', 'student_4', 'teacher_okafor']);
    expect(getClassroom(state, { appId: APP_ID, roomUuid: 'study-marathon-2025' }).kind).toBe('Ok');
  });

  it('starts a class without startTime only by hand (AG-37)', () => {
    const state = withLab({ duration: 600 });
    join(state, 'lab', 'student_9', T);
    tick(state, T + 30 * DAY);
    expect(lab(state).state).toBe(0);
  });

  it('stops a running recording when the class ends by itself (cmd 1 then cmd 1001 with reason 2, AG-49)', () => {
    const state = seededState();
    setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 1 }, envAt(T));
    tick(state, T + 25 * MIN);
    const events = eventsOf(state, ENGLISH).slice(-2);
    expect(events.map((e) => [e.cmd, e.data])).toEqual([
      [1, { startTime: T - 5 * MIN, state: 2, endTime: T + 25 * MIN, closeTime: T + 30 * MIN }],
      [1001, expect.objectContaining({ state: 2, reason: 2 })],
    ]);
  });

  it('takes everyone offline (cmd 20, type 2), lowers hands and empties the stage when a classroom closes by itself (AG-40)', () => {
    const state = withLab({ startTime: T, duration: 600, closeDelay: 0 });
    join(state, 'lab', 'student_1', T + MIN);
    join(state, 'lab', 'teacher_1', T + MIN, { role: 1 });
    state.rooms.put(`${APP_ID}/lab`, { ...lab(state), handsUp: [{ userUuid: 'student_1', payload: {} }], stage: ['teacher_1'] });
    tick(state, T + 10 * MIN);
    const closing = eventsOf(state, 'lab').slice(-4);
    expect(brief(closing)).toEqual(['1:3', '20', '1502', '1501']);
    expect(closing[1]!.data).toMatchObject({ total: 0, onlineUsers: [], offlineUsers: [{ userUuid: 'student_1', type: 2, updateTime: T + 10 * MIN }, { userUuid: 'teacher_1', type: 2 }] });
    expect(closing[2]!.data).toEqual({ progressUsers: [], addProgressUsers: [], removeProgressUsers: [{ userUuid: 'student_1', payload: {} }] });
    expect(closing[3]!.data).toEqual({ acceptedUsers: [], addAcceptedUsers: [], removeAcceptedUsers: [{ userUuid: 'teacher_1' }] });
    expect(usersOf(state, 'lab').map((u) => [u.userUuid, u.online])).toEqual([['student_1', false], ['teacher_1', false]]);
  });

  it('does nothing and writes nothing on a request where nothing is due', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => tick(state, T));
    expect([result, changes]).toEqual([0, []]);
  });

  it('undoes nothing when the clock is set back; what is scheduled later waits for the clock (AG-45)', () => {
    const state = withLab({ startTime: T + HOUR, duration: 600, closeDelay: 300 });
    tick(state, T + HOUR + MIN);
    tick(state, T);
    expect(lab(state).state).toBe(1);
    tick(state, T + HOUR + 9 * MIN);
    expect(lab(state).state).toBe(1);
    tick(state, T + HOUR + 10 * MIN);
    expect(lab(state).state).toBe(2);
  });

  it('plays a class of duration 0 and closeDelay 0 through to closed in one step of the clock', () => {
    const state = withLab({ startTime: T + MIN, duration: 0, closeDelay: 0 });
    tick(state, T + MIN);
    expect(brief(eventsOf(state, 'lab'))).toEqual(['1:1', '1:2', '1:3']);
  });
});

describe('destruction (AG-41..AG-44)', () => {
  it('destroys a classroom one hour after it closes: every room operation then answers RoomNotFound (AG-41, AG-42)', () => {
    const state = seededState();
    // history-seminar-12 closed 30 minutes before capturedAt.
    tick(state, T + 30 * MIN - 1);
    expect(getClassroom(state, { appId: APP_ID, roomUuid: 'history-seminar-12' }).kind).toBe('Ok');
    tick(state, T + 30 * MIN);
    const gone = { kind: 'RoomNotFound', roomUuid: 'history-seminar-12' };
    expect(getClassroom(state, { appId: APP_ID, roomUuid: 'history-seminar-12' })).toEqual(gone);
    expect(listClassroomEvents(state, { appId: APP_ID, roomUuid: 'history-seminar-12' })).toEqual(gone);
    expect(listRecordings(state, { appId: APP_ID, roomUuid: 'history-seminar-12' })).toEqual(gone);
    expect(getUser(state, { appId: APP_ID, roomUuid: 'history-seminar-12', userUuid: 'teacher_novak' })).toEqual(gone);
    expect([eventsOf(state, 'history-seminar-12'), usersOf(state, 'history-seminar-12'), state.recordIndex.ofRoom(`${APP_ID}/history-seminar-12`).size]).toEqual([[], [], 0]);
  });

  it('keeps a destroyed classroom\'s unpolled events in the polling queue for one hour after the destruction, then drops them (AG-43)', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 3 }, envAt(T));
    const queued = queueIn(state, ENGLISH);
    expect(queued.map((q) => q.sequence)).toEqual([4, 5]);
    tick(state, T + HOUR);
    expect(roomOf(state, ENGLISH).destroyedAt).toBe(T + HOUR);
    expect(queueIn(state, ENGLISH)).toEqual(queued);
    tick(state, T + 2 * HOUR - 1);
    const polled = poll(state, ENGLISH);
    expect(polled.map((e) => [e.roomUuid, e.sequence, e.cmd])).toEqual([
      ['english 1on1 (Anna & Leo)', 4, 1],
      ['english 1on1 (Anna & Leo)', 5, 20],
    ]);
    expect(polled[0]!.data).toMatchObject({ state: 3 });
  });

  it('drops a destroyed classroom\'s events that nobody polled two hours after the close', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 3 }, envAt(T));
    tick(state, T + 2 * HOUR);
    expect(queueIn(state, ENGLISH)).toEqual([]);
    expect(poll(state, ENGLISH)).toEqual([]);
  });

  it('destroys a classroom nobody used five days after its creation (AG-44)', () => {
    const state = withLab({ startTime: T + 30 * DAY });
    tick(state, T + 5 * DAY - 1);
    expect(getClassroom(state, { appId: APP_ID, roomUuid: 'lab' }).kind).toBe('Ok');
    tick(state, T + 5 * DAY);
    expect(getClassroom(state, { appId: APP_ID, roomUuid: 'lab' })).toEqual({ kind: 'RoomNotFound', roomUuid: 'lab' });
    expect(eventsOf(state, 'lab')).toEqual([]);
  });

  it('keeps a classroom that someone joined past five days, even if its class never started (AG-44)', () => {
    const state = withLab({});
    join(state, 'lab', 'student_1', T + DAY);
    tick(state, T + 30 * DAY);
    expect(getClassroom(state, { appId: APP_ID, roomUuid: 'lab' }).kind).toBe('Ok');
  });

  it('lets a destroyed roomUuid be created again, as a new classroom in state 0 whose events continue the sequence (AG-42)', () => {
    const state = seededState();
    tick(state, T + 30 * MIN);
    expect(createClassroom(state, { appId: APP_ID, roomUuid: 'history-seminar-12', classroom: newClassroom({ schedule: {} }) }, envAt(T + HOUR)).kind).toBe('Ok');
    expect(roomOf(state, 'history-seminar-12')).toMatchObject({ state: 0, lastSequence: 13, used: false });
    expect(roomOf(state, 'history-seminar-12')).not.toHaveProperty('destroyedAt');
    setClassroomState(state, { appId: APP_ID, roomUuid: 'history-seminar-12', state: 1 }, envAt(T + HOUR));
    expect(eventsOf(state, 'history-seminar-12').map((e) => e.sequence)).toEqual([14]);
  });

  it('keeps a recreated classroom\'s events apart from the retained events of the one destroyed before it', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 3 }, envAt(T));
    tick(state, T + HOUR);
    createClassroom(state, { appId: APP_ID, roomUuid: ENGLISH, classroom: newClassroom({ schedule: {} }) }, envAt(T + HOUR));
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 1 }, envAt(T + HOUR));
    expect(eventsOf(state, ENGLISH).map((e) => e.sequence)).toEqual([6]);
    expect(poll(state, ENGLISH).map((e) => e.sequence)).toEqual([4, 5, 6]);
  });
});
