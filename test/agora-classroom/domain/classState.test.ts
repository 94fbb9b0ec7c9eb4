import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { getClassroom } from '../../../src/agora-classroom/mock/getClassroom.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { APP_ID, CAPTURED_AT, MIN } from '../agoraTestKit.ts';
import { envAt, eventsOf, inTransaction, newClassroom, queueOf, recordsOf, roomOf, seededState } from './domainKit.ts';

const ENGLISH = 'english 1on1 (Anna & Leo)';

describe('createClassroom', () => {
  it('creates a classroom in state 0 with the App\'s whiteboard App Identifier and emits no event', () => {
    const state = seededState();
    const outcome = createClassroom(state, { appId: APP_ID, roomUuid: 'new-room', classroom: newClassroom() }, envAt(CAPTURED_AT));
    expect(outcome.kind).toBe('Ok');
    const room = roomOf(state, 'new-room');
    expect(room).toMatchObject({ state: 0, createTime: CAPTURED_AT, startTime: null, endTime: null, closeTime: null, lastSequence: 0, roleConfig: { '2': { limit: 50 } } });
    expect(room.whiteboard.boardAppId).toBe(state.apps.get(APP_ID)!.boardAppId);
    expect(room.whiteboard.boardToken).toMatch(/^NETLESSROOM_[A-Za-z0-9_-]+$/);
    expect([eventsOf(state, 'new-room'), queueOf(state)]).toEqual([[], []]);
  });

  it('answers RoomExists and changes nothing when the roomUuid is taken', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => createClassroom(state, { appId: APP_ID, roomUuid: 'math class 7B', classroom: newClassroom() }, envAt(CAPTURED_AT)));
    expect(result).toEqual({ kind: 'RoomExists', roomUuid: 'math class 7B' });
    expect(changes).toEqual([]);
  });

  it('writes an App the state does not hold yet with its first classroom, and keeps room ids per App', () => {
    const state = seededState();
    const other = '0123456789ABCDEF0123456789ABCDEF';
    expect(createClassroom(state, { appId: other, roomUuid: 'math class 7B', classroom: newClassroom() }, envAt(CAPTURED_AT)).kind).toBe('Ok');
    expect(state.apps.get(other.toLowerCase())).toMatchObject({ appId: other.toLowerCase(), lastQueued: 0 });
    expect(getClassroom(state, { appId: other, roomUuid: 'math class 7B' })).toMatchObject({ kind: 'Ok', room: { state: 0 } });
    expect(roomOf(state, 'math class 7B').state).toBe(1);
  });
});

describe('setClassroomState', () => {
  it('stamps startTime and emits one cmd-1 event with the next sequence when a class starts', () => {
    const state = seededState();
    const outcome = setClassroomState(state, { appId: APP_ID, roomUuid: 'physics-101', state: 1 }, envAt(CAPTURED_AT));
    expect(outcome).toEqual({ kind: 'Ok', changed: true });
    const r = roomOf(state, 'physics-101');
    expect([r.state, r.startTime, r.endTime, r.closeTime]).toEqual([1, CAPTURED_AT, null, null]);
    expect(eventsOf(state, 'physics-101')).toEqual([{ roomUuid: 'physics-101', cmd: 1, sequence: 1, version: 1, data: { startTime: CAPTURED_AT, state: 1, endTime: null, closeTime: null } }]);
    expect(queueOf(state)).toEqual([{ roomUuid: 'physics-101', sequence: 1 }]);
  });

  it('forecasts closeTime as end + closeDelay when a class ends, and uses the moment of closing on close', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 2 }, envAt(CAPTURED_AT));
    expect(eventsOf(state, ENGLISH).at(-1)!.data).toEqual({ startTime: CAPTURED_AT - 5 * MIN, state: 2, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + 300_000 });
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 3 }, envAt(CAPTURED_AT + MIN));
    expect(eventsOf(state, ENGLISH).at(-1)!.data).toEqual({ startTime: CAPTURED_AT - 5 * MIN, state: 3, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + MIN });
  });

  it('ends the class at the moment of closing when a class is closed without having ended (1 -> 3)', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 3 }, envAt(CAPTURED_AT));
    const r = roomOf(state, ENGLISH);
    expect([r.state, r.endTime, r.closeTime]).toEqual([3, CAPTURED_AT, CAPTURED_AT]);
  });

  it('keeps startTime null when a class that never started is ended (0 -> 2)', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: 'physics-101', state: 2 }, envAt(CAPTURED_AT));
    expect(eventsOf(state, 'physics-101').at(-1)!.data).toEqual({ startTime: null, state: 2, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + 600_000 });
  });

  it.each([2, 3] as const)('stops a running recording when the class goes to %i, emitting cmd 1 then cmd 1001', (to) => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: 'math class 7B', state: to }, envAt(CAPTURED_AT));
    expect(recordsOf(state, 'math class 7B').at(-1)).toMatchObject({ status: 2, endTime: CAPTURED_AT });
    expect(state.recordIndex.running(`${APP_ID}/math class 7B`)).toBeUndefined();
    expect(eventsOf(state, 'math class 7B').slice(-2).map((e) => [e.cmd, e.sequence, (e.data as { state: number }).state])).toEqual([[1, 11, to], [1001, 12, 2]]);
    expect(queueOf(state)).toEqual([{ roomUuid: 'math class 7B', sequence: 11 }, { roomUuid: 'math class 7B', sequence: 12 }]);
  });

  it('changes nothing and emits nothing when the class is set to its current state', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => setClassroomState(state, { appId: APP_ID, roomUuid: 'math class 7B', state: 1 }, envAt(CAPTURED_AT)));
    expect(result).toEqual({ kind: 'Ok', changed: false });
    expect(changes).toEqual([]);
  });

  it.each([
    ['a conflict', 'biology-lab-3', 1, { kind: 'ClassStateConflict', code: 30409101, from: 2, to: 1 }],
    ['an unknown room', 'no-such-room', 1, { kind: 'RoomNotFound', roomUuid: 'no-such-room' }],
  ] as const)('leaves the state untouched on %s', (_label, roomUuid, to, expected) => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => setClassroomState(state, { appId: APP_ID, roomUuid, state: to }, envAt(CAPTURED_AT)));
    expect(result).toEqual(expected);
    expect(changes).toEqual([]);
  });
});
