import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { getClassroom } from '../../../src/agora-classroom/mock/getClassroom.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { toClassroom } from '../../../src/agora-classroom/mock/toClassroom.ts';
import { APP_ID, CAPTURED_AT, MIN } from '../agoraTestKit.ts';
import { envAt, eventsOf, inTransaction, newClassroom, onlineIn, queueOf, recordsOf, roomOf, seededState, tick } from './domainKit.ts';

const ENGLISH = 'english 1on1 (Anna & Leo)';

describe('createClassroom', () => {
  it('creates a classroom in state 0 with the App\'s whiteboard App Identifier and emits no event', () => {
    const state = seededState();
    const outcome = createClassroom(state, { appId: APP_ID, roomUuid: 'new-room', classroom: newClassroom() }, envAt(CAPTURED_AT));
    expect(outcome.kind).toBe('Ok');
    const room = roomOf(state, 'new-room');
    expect(room).toMatchObject({ state: 0, createTime: CAPTURED_AT, startTime: null, endTime: null, closeTime: null, lastSequence: 0, roleConfig: { '2': { limit: 50 } }, used: false });
    expect(room.whiteboard.boardAppId).toBe(state.apps.get(APP_ID)!.boardAppId);
    expect(room.whiteboard.boardToken).toMatch(/^NETLESSROOM_[A-Za-z0-9_-]+$/);
    expect([eventsOf(state, 'new-room'), queueOf(state)]).toEqual([[], []]);
  });

  it('takes a body of only roomName and roomType: closeDelay 600, no start or end by itself, whiteboard on (AG-31)', () => {
    const state = seededState();
    createClassroom(state, { appId: APP_ID, roomUuid: 'minimal', classroom: { roomName: 'Minimal', roomType: 10 } }, envAt(CAPTURED_AT));
    const room = roomOf(state, 'minimal');
    expect(room.schedule).toEqual({ closeDelay: 600 });
    expect(room.widgets).toEqual({ netlessBoard: { state: 1 } });
    expect(toClassroom(room)).toMatchObject({
      roomProperties: { roomType: 10, schedule: { state: 0, startTime: null, duration: null, closeDelay: 600, endTime: null, closeTime: null } },
      roleConfig: {},
    });
    expect(toClassroom(room).roomProperties).not.toHaveProperty('flexProps');
  });

  it('keeps processes, flexProps, widgets, roleConfig, examinationUrl and hostingScene and shows them in the classroom query (AG-31, AG-32)', () => {
    const state = seededState();
    const classroom = newClassroom({
      roleConfig: { '2': { limit: 50, defaultStream: { state: 1, videoState: 1, audioState: 0 } } },
      processes: { handsUp: { maxAccept: 10, defaultAcceptRole: '' } },
      flexProps: { exampleKey: 'exampleValue' },
      widgets: { netlessBoard: { state: 0 }, easemobIM: { state: 1 } },
      examinationUrl: 'https://exam.example/paper/1',
      hostingScene: { videoURL: 'https://cdn.example/v.m3u8', finishType: 1 },
    });
    createClassroom(state, { appId: APP_ID, roomUuid: 'full', classroom }, envAt(CAPTURED_AT));
    const view = toClassroom(roomOf(state, 'full'));
    expect(view.roleConfig).toEqual(classroom.roleConfig);
    expect(view.roomProperties).toMatchObject({
      processes: { handsUp: { maxAccept: 10, defaultAcceptRole: '' } },
      flexProps: { exampleKey: 'exampleValue' },
      widgets: { netlessBoard: { state: 0, extra: { boardRegion: 'us-sv' } }, easemobIM: { state: 1 } },
      examinationUrl: 'https://exam.example/paper/1',
      hostingScene: { videoURL: 'https://cdn.example/v.m3u8', finishType: 1 },
    });
  });

  it('keeps no object of the request: changing the body afterwards changes nothing', () => {
    const state = seededState();
    const flexProps = { nested: { a: 1 } };
    createClassroom(state, { appId: APP_ID, roomUuid: 'copied', classroom: newClassroom({ flexProps }) }, envAt(CAPTURED_AT));
    flexProps.nested.a = 2;
    expect(roomOf(state, 'copied').properties).toEqual({ nested: { a: 1 } });
  });

  it('answers RoomExists (409) and changes nothing when the roomUuid is taken with the same roomType', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => createClassroom(state, { appId: APP_ID, roomUuid: 'math class 7B', classroom: newClassroom({ roomType: 2 }) }, envAt(CAPTURED_AT)));
    expect(result).toEqual({ kind: 'RoomExists', roomUuid: 'math class 7B', roomTypeConflict: false });
    expect(changes).toEqual([]);
  });

  it('answers RoomExists with a roomType conflict (30409104) when the classroom exists with another roomType', () => {
    const state = seededState();
    expect(createClassroom(state, { appId: APP_ID, roomUuid: 'math class 7B', classroom: newClassroom({ roomType: 4 }) }, envAt(CAPTURED_AT))).toEqual({
      kind: 'RoomExists',
      roomUuid: 'math class 7B',
      roomTypeConflict: true,
    });
  });

  it('writes an App the state does not hold yet with its first classroom', () => {
    const state = seededState({ apps: [] });
    const appId = '0123456789ABCDEF0123456789ABCDEF';
    expect(createClassroom(state, { appId, roomUuid: 'first', classroom: newClassroom() }, envAt(CAPTURED_AT)).kind).toBe('Ok');
    expect(state.apps.get(appId.toLowerCase())).toMatchObject({ appId: appId.toLowerCase(), lastQueued: 0 });
    expect(getClassroom(state, { appId, roomUuid: 'first' })).toMatchObject({ kind: 'Ok', room: { state: 0 } });
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
    expect(eventsOf(state, ENGLISH).find((e) => e.cmd === 1 && (e.data as { state: number }).state === 3)!.data).toEqual({ startTime: CAPTURED_AT - 5 * MIN, state: 3, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + MIN });
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

  it.each([2, 3] as const)('stops a running recording when the class goes to %i, emitting cmd 1 then cmd 1001 with reason 2', (to) => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: 'math class 7B', state: to }, envAt(CAPTURED_AT));
    expect(recordsOf(state, 'math class 7B').at(-1)).toMatchObject({ status: 2, endTime: CAPTURED_AT });
    expect(state.recordIndex.running(`${APP_ID}/math class 7B`)).toBeUndefined();
    const [classEvent, recordingEvent] = eventsOf(state, 'math class 7B').slice(10, 12);
    expect([classEvent!.cmd, classEvent!.sequence, (classEvent!.data as { state: number }).state]).toEqual([1, 11, to]);
    expect(recordingEvent).toMatchObject({ cmd: 1001, sequence: 12, data: { state: 2, reason: 2 } });
  });

  it('takes everyone offline in one cmd-20 event of type 2 after cmd 1 and cmd 1001 when a class is closed by hand (AG-40)', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: 'math class 7B', state: 3 }, envAt(CAPTURED_AT));
    const [, , users] = eventsOf(state, 'math class 7B').slice(10);
    expect(users).toMatchObject({ cmd: 20, sequence: 13, data: { total: 0, onlineUsers: [] } });
    const offline = (users!.data as { offlineUsers: { userUuid: string; type: number; updateTime: number; role: number }[] }).offlineUsers;
    expect(offline.map((u) => [u.userUuid, u.type, u.updateTime])).toEqual(
      ['student_1', 'student_2', 'student_3', 'student_4', 'teacher_okafor'].map((id) => [id, 2, CAPTURED_AT]),
    );
    expect(offline.find((u) => u.userUuid === 'teacher_okafor')!.role).toBe(1);
    expect(onlineIn(state, 'math class 7B')).toEqual([]);
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

  it('answers RoomNotFound for a destroyed classroom (AG-42)', () => {
    const state = seededState();
    tick(state, CAPTURED_AT + 30 * MIN);
    expect(setClassroomState(state, { appId: APP_ID, roomUuid: 'history-seminar-12', state: 3 }, envAt(CAPTURED_AT + 30 * MIN))).toEqual({ kind: 'RoomNotFound', roomUuid: 'history-seminar-12' });
    expect(roomOf(state, 'history-seminar-12').destroyedAt).toBe(CAPTURED_AT + 30 * MIN);
  });
});
