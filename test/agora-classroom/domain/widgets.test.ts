import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { deleteOwnedWidgets } from '../../../src/agora-classroom/mock/deleteOwnedWidgets.ts';
import { deleteWidget } from '../../../src/agora-classroom/mock/deleteWidget.ts';
import { deleteWidgetProperties } from '../../../src/agora-classroom/mock/deleteWidgetProperties.ts';
import { deleteWidgetUserProperties } from '../../../src/agora-classroom/mock/deleteWidgetUserProperties.ts';
import { roomKey, userKey } from '../../../src/agora-classroom/mock/keys.ts';
import { listWidgetEvents } from '../../../src/agora-classroom/mock/listWidgetEvents.ts';
import { recordEvents } from '../../../src/agora-classroom/mock/recordEvents.ts';
import { setWidgetProperties } from '../../../src/agora-classroom/mock/setWidgetProperties.ts';
import { setWidgetUserProperties } from '../../../src/agora-classroom/mock/setWidgetUserProperties.ts';
import { newAgoraState, type AgoraState, type UserRow } from '../../../src/agora-classroom/mock/state.ts';
import { toEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { APP_ID, CAPTURED_AT } from '../agoraTestKit.ts';
import { envAt, eventsOf, newClassroom, roomOf } from './domainKit.ts';

const ROOM = 'widget room';
const T0 = CAPTURED_AT;
const SERVER = { userUuid: 'server', userName: 'server', role: 'server' };
const env = envAt(T0);

/** A state holding one classroom `ROOM` and, online, a teacher and a student. */
function roomState(): AgoraState {
  const state = newAgoraState();
  createClassroom(state, { appId: APP_ID, roomUuid: ROOM, classroom: newClassroom() }, env);
  for (const [userUuid, userName, role] of [['teacher_1', 'Ada', 1], ['student_1', 'Liam', 2]] as const) addUser(state, { userUuid, userName, role });
  return state;
}

/** A user who joined the classroom (the control API's join does this; here the row is written directly). */
function addUser(state: AgoraState, fields: Pick<UserRow, 'userUuid' | 'userName' | 'role'> & Partial<UserRow>): void {
  const user: UserRow = { appId: APP_ID, roomUuid: ROOM, streamUuid: '10001', online: true, userProperties: {}, updateTime: T0, totalReward: 0, ...fields };
  state.users.put(userKey(roomKey(APP_ID, ROOM), user.userUuid), user);
}

const widgetsOf = (state: AgoraState) => roomOf(state, ROOM).widgets;
const lastEvent = (state: AgoraState) => eventsOf(state, ROOM).at(-1);
const userOf = (state: AgoraState, userUuid: string) => state.users.get(userKey(roomKey(APP_ID, ROOM), userUuid))!;
const set = (state: AgoraState, widgetUuid: string, fields: Record<string, unknown>) => setWidgetProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid, ...fields });

describe('setWidgetProperties (CN 2.20, AG-59)', () => {
  it('creates the widget with its extra, state and owner, and emits cmd 1110 action 1 with what was set and the server operator', () => {
    const state = roomState();
    expect(set(state, 'countdownTimer', { extra: { seconds: 60 }, state: 1, ownerUserUuid: 'teacher_1' }).kind).toBe('Ok');
    expect(widgetsOf(state)?.countdownTimer).toEqual({ extra: { seconds: 60 }, state: 1, ownerUserUuid: 'teacher_1' });
    expect(lastEvent(state)).toEqual({
      roomUuid: ROOM,
      cmd: 1110,
      sequence: 1,
      version: 1,
      data: { action: 1, widgetUuid: 'countdownTimer', changeProperties: { extra: { seconds: 60 }, state: 1, ownerUserUuid: 'teacher_1' }, operator: SERVER },
    });
  });

  it('merges extra with the in-place rule (a key replaced whole, a dotted path set), and reports the members as given', () => {
    const state = roomState();
    set(state, 'quiz', { extra: { key1: { subkey1: 'A' }, key2: 'x' } });
    set(state, 'quiz', { extra: { 'key1.subkey5': 'E' } });
    expect(widgetsOf(state)!.quiz!.extra).toEqual({ key1: { subkey1: 'A', subkey5: 'E' }, key2: 'x' });
    expect(lastEvent(state)!.data).toMatchObject({ changeProperties: { extra: { 'key1.subkey5': 'E' } } });
    set(state, 'quiz', { extra: { key1: { subkey9: 'Z' } } });
    expect(widgetsOf(state)!.quiz!.extra).toEqual({ key1: { subkey9: 'Z' }, key2: 'x' });
  });

  it('reads properties (Agora\'s current example) as extra, after extra', () => {
    const state = roomState();
    set(state, 'test_widget', { extra: { a: 1, b: 1 }, properties: { key1: 'value1', b: 2 } });
    expect(widgetsOf(state)!.test_widget).toEqual({ extra: { a: 1, b: 2, key1: 'value1' } });
    expect(lastEvent(state)!.data).toMatchObject({ changeProperties: { extra: { a: 1, b: 2, key1: 'value1' } } });
  });

  it('keeps what an earlier call set when a later one changes only the state', () => {
    const state = roomState();
    set(state, 'countdownTimer', { extra: { seconds: 60 }, ownerUserUuid: 'teacher_1' });
    set(state, 'countdownTimer', { state: 0 });
    expect(widgetsOf(state)!.countdownTimer).toEqual({ extra: { seconds: 60 }, ownerUserUuid: 'teacher_1', state: 0 });
    expect(lastEvent(state)!.data).toMatchObject({ changeProperties: { state: 0 } });
  });

  it('copies the request\'s objects: changing them later changes neither the widget nor the event', () => {
    const state = roomState();
    const extra = { nested: { n: 1 } };
    set(state, 'w', { extra });
    extra.nested.n = 2;
    expect(widgetsOf(state)!.w!.extra).toEqual({ nested: { n: 1 } });
    expect(lastEvent(state)!.data).toMatchObject({ changeProperties: { extra: { nested: { n: 1 } } } });
  });

  it('answers RoomNotFound (404/20404100) for an unknown classroom, writing nothing', () => {
    const state = roomState();
    const { result, changes } = state.store.transaction(() => setWidgetProperties(state, { appId: APP_ID, roomUuid: 'nowhere', widgetUuid: 'w', state: 1 }));
    expect([result, changes]).toEqual([{ kind: 'RoomNotFound', roomUuid: 'nowhere' }, []]);
  });
});

describe('deleteWidget and deleteWidgetProperties (CN 2.21, 2.22, AG-59)', () => {
  it('deletes the widget: cmd 1110 action 2 lists each of its members with null', () => {
    const state = roomState();
    set(state, 'countdownTimer', { extra: { seconds: 60 }, state: 1 });
    expect(deleteWidget(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'countdownTimer' })).toEqual({ kind: 'Ok', deleted: true });
    expect(widgetsOf(state)).not.toHaveProperty('countdownTimer');
    expect(lastEvent(state)!.data).toEqual({ action: 2, widgetUuid: 'countdownTimer', changeProperties: { extra: null, state: null }, operator: SERVER });
  });

  it('succeeds with no event when the widget does not exist', () => {
    const state = roomState();
    const { result, changes } = state.store.transaction(() => deleteWidget(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'nothing' }));
    expect([result, changes]).toEqual([{ kind: 'Ok', deleted: false }, []]);
  });

  it('deletes keys and dotted paths of extra: cmd 1110 action 2 lists the deleted paths under extra, ignoring paths that name nothing', () => {
    const state = roomState();
    set(state, 'quiz', { extra: { key1: { subkey1: 'A', subkey5: 'E' }, key2: 'x', key3: 'y' } });
    deleteWidgetProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'quiz', properties: ['key1.subkey5', 'key2', 'nothing', 'key3.deeper'] });
    expect(widgetsOf(state)!.quiz!.extra).toEqual({ key1: { subkey1: 'A' }, key3: 'y' });
    expect(lastEvent(state)!.data).toEqual({ action: 2, widgetUuid: 'quiz', changeProperties: { extra: { 'key1.subkey5': null, key2: null } }, operator: SERVER });
  });

  it('produces no event when nothing was deleted', () => {
    const state = roomState();
    set(state, 'quiz', { extra: { key1: 1 } });
    const { result, changes } = state.store.transaction(() => deleteWidgetProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'quiz', properties: ['nothing'] }));
    expect([result, changes]).toEqual([{ kind: 'Ok', deleted: false }, []]);
  });

  it.each([
    ['deleteWidget', (state: AgoraState) => deleteWidget(state, { appId: APP_ID, roomUuid: 'nowhere', widgetUuid: 'w' })],
    ['deleteWidgetProperties', (state: AgoraState) => deleteWidgetProperties(state, { appId: APP_ID, roomUuid: 'nowhere', widgetUuid: 'w', properties: ['a'] })],
  ])('%s answers RoomNotFound for an unknown classroom', (_name, call) => {
    expect(call(roomState()).kind).toBe('RoomNotFound');
  });
});

describe('widget user properties (CN 2.23, 2.24, AG-59)', () => {
  const setUser = (state: AgoraState, userUuid: string, properties: Record<string, unknown>, at = T0) =>
    setWidgetUserProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'popupQuiz', userUuid, properties }, envAt(at));

  it('keeps them in userProperties.widgets.<widgetUuid>, moves updateTime, and emits cmd 1110 action 1 with fromUser', () => {
    const state = roomState();
    expect(setUser(state, 'student_1', { selectedItems: ['A'], 'detail.isCorrect': true }, T0 + 5000).kind).toBe('Ok');
    expect(userOf(state, 'student_1')).toMatchObject({ userProperties: { widgets: { popupQuiz: { selectedItems: ['A'], detail: { isCorrect: true } } } }, updateTime: T0 + 5000 });
    expect(lastEvent(state)!.data).toEqual({
      action: 1,
      widgetUuid: 'popupQuiz',
      changeProperties: { selectedItems: ['A'], 'detail.isCorrect': true },
      operator: SERVER,
      fromUser: { userUuid: 'student_1', userName: 'Liam', role: 2 },
    });
  });

  it('keeps the user\'s other properties and other widgets, and accepts a widget ID with dots', () => {
    const state = roomState();
    addUser(state, { userUuid: 'student_2', userName: 'Mia', role: 2, userProperties: { seat: 'front', widgets: { poll: { vote: 1 } } } });
    setWidgetUserProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'my.widget', userUuid: 'student_2', properties: { a: 1 } }, env);
    expect(userOf(state, 'student_2').userProperties).toEqual({ seat: 'front', widgets: { poll: { vote: 1 }, 'my.widget': { a: 1 } } });
  });

  it('sets them for a user who is offline, but answers UserNotFound (404/20404200) for one who never joined', () => {
    const state = roomState();
    addUser(state, { userUuid: 'gone', userName: 'Gone', role: 2, online: false });
    expect(setUser(state, 'gone', { a: 1 }).kind).toBe('Ok');
    expect(setUser(state, 'stranger', { a: 1 })).toEqual({ kind: 'UserNotFound', roomUuid: ROOM, userUuid: 'stranger' });
    expect(setWidgetUserProperties(state, { appId: APP_ID, roomUuid: 'nowhere', widgetUuid: 'w', userUuid: 'student_1', properties: {} }, env).kind).toBe('RoomNotFound');
  });

  it('deletes keys and paths: cmd 1110 action 2 with fromUser lists the deleted paths; nothing deleted, no event', () => {
    const state = roomState();
    setUser(state, 'student_1', { answer: 'B', detail: { a: 1, b: 2 } });
    const del = (properties: string[]) => deleteWidgetUserProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'popupQuiz', userUuid: 'student_1', properties }, envAt(T0 + 9000));
    expect(del(['answer', 'detail.b', 'missing'])).toEqual({ kind: 'Ok', deleted: true });
    expect(userOf(state, 'student_1')).toMatchObject({ userProperties: { widgets: { popupQuiz: { detail: { a: 1 } } } }, updateTime: T0 + 9000 });
    expect(lastEvent(state)!.data).toMatchObject({ action: 2, changeProperties: { answer: null, 'detail.b': null }, fromUser: { userUuid: 'student_1' } });
    const events = eventsOf(state, ROOM).length;
    expect(del(['missing'])).toEqual({ kind: 'Ok', deleted: false });
    expect(eventsOf(state, ROOM)).toHaveLength(events);
    expect(deleteWidgetUserProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'popupQuiz', userUuid: 'stranger', properties: ['a'] }, env).kind).toBe('UserNotFound');
  });
});

describe('listWidgetEvents: widget events, quiz and poll data (CN 2.19, EN 2.17, 2.18, AG-59)', () => {
  const list = (state: AgoraState, widgetUuid: string, nextId?: string, count?: number) => {
    const outcome = listWidgetEvents(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid, nextId, count });
    if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
    return { ...outcome.batch, list: outcome.batch.list.map(toEvent) };
  };

  it('lists only the widget\'s cmd-1110 events, in sequence order, with total', () => {
    const state = roomState();
    set(state, 'popupQuiz', { state: 1 });
    set(state, 'poll', { state: 1 });
    setWidgetUserProperties(state, { appId: APP_ID, roomUuid: ROOM, widgetUuid: 'popupQuiz', userUuid: 'student_1', properties: { selectedItems: ['A'] } }, env);
    const quiz = list(state, 'popupQuiz');
    expect(quiz).toMatchObject({ total: 2, nextId: null });
    expect(quiz.list.map((e) => [e.sequence, e.cmd])).toEqual([[1, 1110], [3, 1110]]);
    expect(list(state, 'poll').list.map((e) => e.sequence)).toEqual([2]);
    expect(list(state, 'nothing')).toEqual({ total: 0, list: [], nextId: null });
  });

  it('pages by count with nextId the sequence of the next batch\'s first event', () => {
    const state = roomState();
    for (let i = 0; i < 5; i++) set(state, 'popupQuiz', { extra: { round: i } });
    set(state, 'other', { state: 1 });
    set(state, 'popupQuiz', { extra: { round: 5 } });
    const first = list(state, 'popupQuiz', undefined, 4);
    expect(first.list.map((e) => e.sequence)).toEqual([1, 2, 3, 4]);
    expect(first).toMatchObject({ total: 6, nextId: '5' });
    const second = list(state, 'popupQuiz', first.nextId!, 4);
    expect(second.list.map((e) => e.sequence)).toEqual([5, 7]);
    expect(second.nextId).toBeNull();
  });

  it('takes 100 per batch without count, and has no maximum count', () => {
    const state = roomState();
    for (let i = 0; i < 150; i++) set(state, 'poll', { extra: { i } });
    expect(list(state, 'poll').list).toHaveLength(100);
    expect(list(state, 'poll', undefined, 1000).list).toHaveLength(150);
  });

  it.each(['', 'null'])('reads nextId %j as the first batch', (nextId) => {
    const state = roomState();
    set(state, 'poll', { state: 1 });
    expect(list(state, 'poll', nextId).list).toHaveLength(1);
  });

  it.each(['xxx', '-1', '1.5'])('answers an empty last batch for nextId %j, which this list never gives (AG-33)', (nextId) => {
    const state = roomState();
    set(state, 'poll', { state: 1 });
    expect(list(state, 'poll', nextId)).toEqual({ total: 1, list: [], nextId: null });
  });

  it('lists seeded or recorded widget events of any shape that name the widget (Agora\'s quiz payloads)', () => {
    const state = roomState();
    const payload = { action: 1, widgetUuid: 'popupQuiz', changeProperties: { 'extra.popupQuizId': 'ab5b', 'extra.answerState': 1, state: 1 }, cause: { action: 1 }, operator: SERVER };
    recordEvents(state, roomOf(state, ROOM), [{ cmd: 1110, data: payload as never }]);
    expect(list(state, 'popupQuiz').list).toEqual([{ roomUuid: ROOM, cmd: 1110, sequence: 1, version: 1, data: payload }]);
  });

  it('follows a rollback: an undone widget change leaves no event in the list', () => {
    const state = roomState();
    const done = state.store.transaction(() => set(state, 'poll', { state: 1 }));
    expect(list(state, 'poll').total).toBe(1);
    done.undo();
    expect(list(state, 'poll').total).toBe(0);
  });

  it('answers RoomNotFound for an unknown classroom', () => {
    expect(listWidgetEvents(roomState(), { appId: APP_ID, roomUuid: 'nowhere', widgetUuid: 'poll' }).kind).toBe('RoomNotFound');
  });
});

describe('deleteOwnedWidgets (AG-59: a widget goes with its owner)', () => {
  it('deletes the widgets the users own, one cmd 1110 action 2 each, and keeps the others', () => {
    const state = roomState();
    set(state, 'timer', { state: 1, ownerUserUuid: 'teacher_1' });
    set(state, 'notes', { extra: { n: 1 }, ownerUserUuid: 'student_1' });
    set(state, 'board', { state: 1 });
    const { room, drafts } = deleteOwnedWidgets(roomOf(state, ROOM), ['teacher_1']);
    expect(room.widgets).not.toHaveProperty('timer');
    expect(room.widgets).toMatchObject({ notes: { extra: { n: 1 }, ownerUserUuid: 'student_1' }, board: { state: 1 } });
    expect(drafts).toEqual([{ cmd: 1110, data: { action: 2, widgetUuid: 'timer', changeProperties: { state: null, ownerUserUuid: null }, operator: SERVER } }]);
  });

  it('changes nothing when the users own no widget', () => {
    const state = roomState();
    set(state, 'board', { state: 1 });
    const before = roomOf(state, ROOM);
    expect(deleteOwnedWidgets(before, ['student_1'])).toEqual({ room: before, drafts: [] });
  });
});
