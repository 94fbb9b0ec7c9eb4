import { describe, expect, it } from 'vitest';
import { acceptToStage } from '../../../src/agora-classroom/mock/acceptToStage.ts';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { giveRewards } from '../../../src/agora-classroom/mock/giveRewards.ts';
import { joinRoom } from '../../../src/agora-classroom/mock/joinRoom.ts';
import { leaveRoom } from '../../../src/agora-classroom/mock/leaveRoom.ts';
import { lowerHand } from '../../../src/agora-classroom/mock/lowerHand.ts';
import { raiseHand } from '../../../src/agora-classroom/mock/raiseHand.ts';
import { removeFromStage } from '../../../src/agora-classroom/mock/removeFromStage.ts';
import { sendRoomMessage } from '../../../src/agora-classroom/mock/sendRoomMessage.ts';
import { setRoomMute } from '../../../src/agora-classroom/mock/setRoomMute.ts';
import type { AgoraState } from '../../../src/agora-classroom/mock/state.ts';
import { toClassroom } from '../../../src/agora-classroom/mock/toClassroom.ts';
import { toEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { APP_ID, CAPTURED_AT, MIN } from '../agoraTestKit.ts';
import { brief, envAt, eventsOf, inTransaction, join, newClassroom, onlineIn, queueOf, roomOf, seededState, tick, usersOf } from './domainKit.ts';

const MATH = 'math class 7B';
const T = CAPTURED_AT;
const at = (userUuid: string) => ({ appId: APP_ID, roomUuid: MATH, userUuid });
const events = <O extends { kind: string }>(outcome: O) => {
  if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
  return (outcome as unknown as { events: Parameters<typeof toEvent>[0][] }).events.map(toEvent);
};

describe('joinRoom (AG-60)', () => {
  it('brings a new user online with a cmd-20 event of type 1 and the number online after it as total, and answers the user', () => {
    const state = seededState();
    const outcome = joinRoom(state, { appId: APP_ID, roomUuid: MATH, userUuid: 'student_7', userName: 'Tom', role: 2, userProperties: { seat: 'back' } }, envAt(T));
    if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
    expect(outcome.user).toMatchObject({ userUuid: 'student_7', userName: 'Tom', role: 2, online: true, updateTime: T, userProperties: { seat: 'back' }, totalReward: 0 });
    expect(outcome.user.streamUuid).toMatch(/^[0-9]{1,10}$/);
    expect(outcome.events.map(toEvent)).toEqual([
      { roomUuid: MATH, cmd: 20, sequence: 11, version: 1, data: { total: 6, onlineUsers: [{ userUuid: 'student_7', userName: 'Tom', role: 2, streamUuid: outcome.user.streamUuid, type: 1, updateTime: T, userProperties: { seat: 'back' } }], offlineUsers: [] } },
    ]);
    expect(queueOf(state)).toEqual([{ roomUuid: MATH, sequence: 11 }]);
  });

  it('gives type 2 to a user who comes back, and keeps their streamUuid and properties', () => {
    const state = seededState();
    const [event] = events(join(state, 'study-marathon-2025', 'student_5', T, { userName: 'Mateo García' }));
    expect(event!.data).toMatchObject({ onlineUsers: [{ userUuid: 'student_5', type: 2, streamUuid: '20005' }] });
  });

  it('treats a join while online as a reconnection: type 2, no offline event, the count unchanged', () => {
    const state = seededState();
    const [event] = events(join(state, MATH, 'student_1', T, { userName: 'Liam Park' }));
    expect(event!.data).toMatchObject({ total: 5, onlineUsers: [{ userUuid: 'student_1', type: 2 }], offlineUsers: [] });
  });

  it('puts a joining student on the stage with defaultAcceptRole audience while it has room (cmd 1501, AG-61)', () => {
    const state = seededState({ apps: [] });
    createClassroom(state, { appId: APP_ID, roomUuid: 'lab', classroom: newClassroom({ processes: { handsUp: { maxAccept: 1, defaultAcceptRole: 'audience' } } }) }, envAt(T));
    expect(brief(events(join(state, 'lab', 'teacher_1', T, { role: 1 })))).toEqual(['20']);
    const first = events(join(state, 'lab', 'student_1', T));
    expect(brief(first)).toEqual(['20', '1501']);
    expect(first[1]!.data).toEqual({ acceptedUsers: [{ userUuid: 'student_1' }], addAcceptedUsers: [{ userUuid: 'student_1' }], removeAcceptedUsers: [] });
    expect(brief(events(join(state, 'lab', 'student_2', T)))).toEqual(['20']);
    expect(roomOf(state, 'lab').stage).toEqual(['student_1']);
  });

  it.each([
    ['a closed classroom', 'history-seminar-12', {}, { kind: 'RoomClosed', roomUuid: 'history-seminar-12' }],
    ['an unknown classroom', 'nope', {}, { kind: 'RoomNotFound', roomUuid: 'nope' }],
    ['a role whose roleConfig limit is reached (1 teacher)', 'physics-101', { role: 1 as const }, { kind: 'RoleFull', roomUuid: 'physics-101', role: 1, limit: 1 }],
  ])('refuses %s and writes nothing', (_label, roomUuid, overrides, expected) => {
    const state = seededState();
    if (roomUuid === 'physics-101') join(state, 'physics-101', 'teacher_1', T, { role: 1 });
    const { result, changes } = inTransaction(state, () => joinRoom(state, { appId: APP_ID, roomUuid, userUuid: 'teacher_2', userName: 'X', role: 2, ...overrides }, envAt(T)));
    expect([result, changes]).toEqual([expected, []]);
  });

  it('refuses a destroyed classroom as unknown (AG-42)', () => {
    const state = seededState();
    tick(state, T + 30 * MIN);
    expect(joinRoom(state, { appId: APP_ID, roomUuid: 'history-seminar-12', userUuid: 'u', userName: 'U', role: 2 }, envAt(T + 30 * MIN))).toEqual({ kind: 'RoomNotFound', roomUuid: 'history-seminar-12' });
  });
});

describe('leaveRoom (AG-60)', () => {
  it('takes the user offline with a cmd-20 event of type 1, lowers the hand and leaves the stage, and answers the user offline', () => {
    const state = seededState();
    raiseHand(state, at('student_1'));
    acceptToStage(state, at('student_2'));
    acceptToStage(state, at('student_1'));
    raiseHand(state, at('student_1'));
    const outcome = leaveRoom(state, at('student_1'), envAt(T + MIN));
    if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
    expect(outcome.user).toMatchObject({ online: false, updateTime: T + MIN });
    expect(brief(outcome.events.map(toEvent))).toEqual(['20', '1502', '1501']);
    expect(outcome.events[0]!.data).toMatchObject({ total: 4, offlineUsers: [{ userUuid: 'student_1', type: 1, updateTime: T + MIN }] });
    expect(roomOf(state, MATH).stage).toEqual(['student_2']);
  });

  it.each([
    ['a user who is not online', 'student_5', 'study-marathon-2025', 'UserNotOnline'],
    ['a user who never joined', 'ghost', MATH, 'UserNotFound'],
  ])('refuses %s', (_label, userUuid, roomUuid, kind) => {
    expect(leaveRoom(seededState(), { appId: APP_ID, roomUuid, userUuid }, envAt(T)).kind).toBe(kind);
  });
});

describe('chat and mute (AG-61)', () => {
  it('sends a chat message as cmd 3 with fromUser (integer role), message and type 1', () => {
    const state = seededState();
    expect(events(sendRoomMessage(state, { appId: APP_ID, roomUuid: MATH, fromUserUuid: 'teacher_okafor', message: 'Good morning!' }))).toEqual([
      { roomUuid: MATH, cmd: 3, sequence: 11, version: 1, data: { fromUser: { userUuid: 'teacher_okafor', userName: 'Mr. David Okafor', role: 1 }, message: 'Good morning!', type: 1 } },
    ]);
  });

  it('refuses a student\'s message with ChatMuted (30403200) while muteChat is 1, and still lets a teacher send', () => {
    const state = seededState();
    expect(setRoomMute(state, { appId: APP_ID, roomUuid: MATH, muteChat: 1 })).toEqual({ kind: 'Ok', flags: { muteChat: 1, muteVideo: 0, muteAudio: 0 } });
    expect(sendRoomMessage(state, { appId: APP_ID, roomUuid: MATH, fromUserUuid: 'student_1', message: 'hi' })).toEqual({ kind: 'ChatMuted', roomUuid: MATH });
    expect(events(sendRoomMessage(state, { appId: APP_ID, roomUuid: MATH, fromUserUuid: 'teacher_okafor', message: 'Quiet, please.' }))).toHaveLength(1);
    setRoomMute(state, { appId: APP_ID, roomUuid: MATH, muteChat: 0 });
    expect(sendRoomMessage(state, { appId: APP_ID, roomUuid: MATH, fromUserUuid: 'student_1', message: 'hi' }).kind).toBe('Ok');
  });

  it('keeps the flags not given and shows them in the classroom query; no event', () => {
    const state = seededState();
    setRoomMute(state, { appId: APP_ID, roomUuid: 'study-marathon-2025', muteAudio: 1 });
    expect(toClassroom(roomOf(state, 'study-marathon-2025'))).toMatchObject({ muteChat: 0, muteVideo: 1, muteAudio: 1 });
    expect(eventsOf(state, 'study-marathon-2025')).toHaveLength(277);
  });

  it.each([
    ['a sender who is not online', 'student_5', 'study-marathon-2025', 'UserNotOnline'],
    ['a sender who never joined', 'ghost', MATH, 'UserNotFound'],
  ])('refuses %s', (_label, fromUserUuid, roomUuid, kind) => {
    expect(sendRoomMessage(seededState(), { appId: APP_ID, roomUuid, fromUserUuid, message: 'x' }).kind).toBe(kind);
  });
});

describe('hands and stage (AG-61)', () => {
  it('raises a hand with its payload (cmd 1502), listing every raised hand; raising it again changes nothing', () => {
    const state = seededState();
    raiseHand(state, at('student_2'));
    const raised = events(raiseHand(state, { ...at('student_1'), payload: { question: 'May I answer?' } }));
    expect(raised[0]!.data).toEqual({
      progressUsers: [{ userUuid: 'student_2', payload: {} }, { userUuid: 'student_1', payload: { question: 'May I answer?' } }],
      addProgressUsers: [{ userUuid: 'student_1', payload: { question: 'May I answer?' } }],
      removeProgressUsers: [],
    });
    const { result, changes } = inTransaction(state, () => raiseHand(state, at('student_1')));
    expect([result, changes]).toEqual([{ kind: 'Ok', events: [] }, []]);
  });

  it('lowers a raised hand (cmd 1502 removeProgressUsers with its payload); lowering a lowered one changes nothing', () => {
    const state = seededState();
    raiseHand(state, { ...at('student_1'), payload: { q: 1 } });
    expect(events(lowerHand(state, at('student_1')))[0]!.data).toEqual({ progressUsers: [], addProgressUsers: [], removeProgressUsers: [{ userUuid: 'student_1', payload: { q: 1 } }] });
    expect(lowerHand(state, at('student_1'))).toEqual({ kind: 'Ok', events: [] });
  });

  it('takes a user on the stage (cmd 1501), lowering a raised hand first (cmd 1502)', () => {
    const state = seededState();
    raiseHand(state, at('student_1'));
    const accepted = events(acceptToStage(state, at('student_1')));
    expect(brief(accepted)).toEqual(['1502', '1501']);
    expect(accepted[1]!.data).toEqual({ acceptedUsers: [{ userUuid: 'student_1' }], addAcceptedUsers: [{ userUuid: 'student_1' }], removeAcceptedUsers: [] });
    expect(roomOf(state, MATH).handsUp).toEqual([]);
    expect(acceptToStage(state, at('student_1'))).toEqual({ kind: 'Ok', events: [] });
  });

  it('refuses one more user than processes.handsUp.maxAccept with StageFull, and has no limit without it', () => {
    const state = seededState();
    for (const id of ['student_1', 'student_2', 'student_3']) acceptToStage(state, at(id));
    expect(acceptToStage(state, at('student_4'))).toEqual({ kind: 'StageFull', roomUuid: MATH, maxAccept: 3 });
    removeFromStage(state, at('student_2'));
    expect(acceptToStage(state, at('student_4')).kind).toBe('Ok');
    for (const id of ['teacher_chen', 'assistant_ravi', 'student_6']) expect(acceptToStage(state, { appId: APP_ID, roomUuid: 'study-marathon-2025', userUuid: id }).kind).toBe('Ok');
  });

  it('takes a user off the stage (cmd 1501 removeAcceptedUsers); one not on it changes nothing', () => {
    const state = seededState();
    acceptToStage(state, at('student_1'));
    acceptToStage(state, at('student_2'));
    expect(events(removeFromStage(state, at('student_1')))[0]!.data).toEqual({ acceptedUsers: [{ userUuid: 'student_2' }], addAcceptedUsers: [], removeAcceptedUsers: [{ userUuid: 'student_1' }] });
    expect(removeFromStage(state, at('student_1'))).toEqual({ kind: 'Ok', events: [] });
  });

  it.each([
    ['raise', (s: AgoraState) => raiseHand(s, { appId: APP_ID, roomUuid: 'study-marathon-2025', userUuid: 'student_5' })],
    ['go on stage', (s: AgoraState) => acceptToStage(s, { appId: APP_ID, roomUuid: 'study-marathon-2025', userUuid: 'student_5' })],
  ])('refuses a user who is not online to %s', (_label, act) => {
    expect(act(seededState()).kind).toBe('UserNotOnline');
  });
});

describe('giveRewards (AG-61)', () => {
  it('emits one cmd 1101 with each user\'s changedReward and new totalReward, counting from the seeded totals', () => {
    const state = seededState();
    const given = events(giveRewards(state, { appId: APP_ID, roomUuid: MATH, rewardDetails: [{ userUuid: 'student_2', changeReward: 1 }, { userUuid: 'student_3', changeReward: 2 }] }, envAt(T)));
    expect(given).toEqual([
      { roomUuid: MATH, cmd: 1101, sequence: 11, version: 1, data: { rewardDetails: [{ userUuid: 'student_2', changedReward: 1, totalReward: 2 }, { userUuid: 'student_3', changedReward: 2, totalReward: 2 }], updateTime: T } },
    ]);
    expect(usersOf(state, MATH).find((u) => u.userUuid === 'student_2')!.totalReward).toBe(2);
  });

  it('rewards a user who is offline', () => {
    expect(giveRewards(seededState(), { appId: APP_ID, roomUuid: 'study-marathon-2025', rewardDetails: [{ userUuid: 'student_5', changeReward: 1 }] }, envAt(T)).kind).toBe('Ok');
  });

  it('answers UserNotFound for a user who never joined, and gives nobody anything', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => giveRewards(state, { appId: APP_ID, roomUuid: MATH, rewardDetails: [{ userUuid: 'student_1', changeReward: 1 }, { userUuid: 'ghost', changeReward: 1 }] }, envAt(T)));
    expect([result, changes]).toEqual([{ kind: 'UserNotFound', roomUuid: MATH, userUuid: 'ghost' }, []]);
  });
});

describe('a join counts as use (AG-44)', () => {
  it('marks the classroom used, so it is not destroyed five days after creation', () => {
    const state = seededState();
    expect(roomOf(state, 'physics-101').used).toBe(false);
    join(state, 'physics-101', 'student_1', T);
    expect(roomOf(state, 'physics-101').used).toBe(true);
    expect(onlineIn(state, 'physics-101')).toEqual(['student_1']);
  });
});
