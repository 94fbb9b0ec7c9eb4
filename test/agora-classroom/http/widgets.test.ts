import { describe, expect, it } from 'vitest';
import { roomKey, userKey } from '../../../src/agora-classroom/mock/keys.ts';
import type { UserRow } from '../../../src/agora-classroom/mock/state.ts';
import { APP_ID, CAPTURED_AT, newRoomBody, pollPath, roomPath, startAgora, type AgoraTestMock } from '../agoraTestKit.ts';
import { EMPTY_APP_SEED } from './emptyAppSeed.ts';

const ROOM = 'widget room';
const SERVER = { userUuid: 'server', userName: 'server', role: 'server' };

async function withRoom(): Promise<AgoraTestMock> {
  const t = await startAgora({ seed: EMPTY_APP_SEED });
  expect((await t.call('POST', roomPath(ROOM), { body: newRoomBody() })).status).toBe(200);
  return t;
}

/**
 * A user who has joined `ROOM`. Users join through the control API's join (AG-60); this writes the
 * row that join writes, so that these tests do not depend on it.
 */
function join(t: AgoraTestMock, userUuid: string, userName: string, role: UserRow['role']): void {
  const user: UserRow = { appId: APP_ID, roomUuid: ROOM, userUuid, userName, role, streamUuid: '10001', online: true, userProperties: {}, updateTime: CAPTURED_AT, totalReward: 0 };
  t.mock.state().users.put(userKey(roomKey(APP_ID, ROOM), userUuid), user);
}

const widgetEvents = async (t: AgoraTestMock, widgetUuid: string) => (await t.call('GET', roomPath(ROOM, `/widgets/${encodeURIComponent(widgetUuid)}/sequences`))).body.data;
const classroomWidgets = async (t: AgoraTestMock) => (await t.call('GET', roomPath(ROOM))).body.data.roomProperties.widgets;

describe('Agora mock over HTTP: widgets (CN 2.19-2.24, AG-59)', () => {
  it('accepts Agora\'s CN-2022 set example: the widget shows in the classroom query and its cmd-1110 event in the widget event list', async () => {
    const t = await withRoom();
    const answer = await t.call('PUT', roomPath(ROOM, '/widgets/test_widget'), { body: { extra: {}, cause: {}, state: 1, ownerUserUuid: 'user' } });
    expect(answer).toMatchObject({ status: 200, body: { code: 0, msg: 'Success', ts: CAPTURED_AT } });
    expect((await classroomWidgets(t)).test_widget).toEqual({ extra: {}, state: 1, ownerUserUuid: 'user' });
    expect(await widgetEvents(t, 'test_widget')).toEqual({
      total: 1,
      count: 1,
      nextId: null,
      list: [{ roomUuid: ROOM, cmd: 1110, sequence: 1, version: 1, data: { action: 1, widgetUuid: 'test_widget', changeProperties: { extra: {}, state: 1, ownerUserUuid: 'user' }, operator: SERVER } }],
    });
  });

  it('accepts Agora\'s current CN set example (properties) and merges it into extra', async () => {
    const t = await withRoom();
    expect((await t.call('PUT', roomPath(ROOM, '/widgets/test_widget'), { body: { properties: { key1: 'value1', key2: 'value2' }, cause: {} } })).status).toBe(200);
    expect((await classroomWidgets(t)).test_widget).toEqual({ extra: { key1: 'value1', key2: 'value2' } });
  });

  it('deletes widget properties (CN 2.22 example) and the widget (CN 2.21 example, and without a body)', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/widgets/test_widget'), { body: { extra: { 'key-path1': 1, 'key-path2': 2, keep: 3 } } });
    expect((await t.call('DELETE', roomPath(ROOM, '/widgets/test_widget/extra'), { body: { properties: ['key-path1', 'key-path2'], cause: {} } })).status).toBe(200);
    expect((await classroomWidgets(t)).test_widget).toEqual({ extra: { keep: 3 } });
    expect((await t.call('DELETE', roomPath(ROOM, '/widgets/test_widget'), { body: { cause: {} } })).status).toBe(200);
    expect(await classroomWidgets(t)).not.toHaveProperty('test_widget');
    expect((await t.call('DELETE', roomPath(ROOM, '/widgets/test_widget'))).status).toBe(200);
    const actions = (await widgetEvents(t, 'test_widget')).list.map((e: { data: { action: number; changeProperties: unknown } }) => [e.data.action, e.data.changeProperties]);
    expect(actions).toEqual([
      [1, { extra: { 'key-path1': 1, 'key-path2': 2, keep: 3 } }],
      [2, { extra: { 'key-path1': null, 'key-path2': null } }],
      [2, { extra: null }],
    ]);
  });

  it('sets and deletes widget user properties (CN 2.23, 2.24 examples): cmd 1110 with fromUser', async () => {
    const t = await withRoom();
    join(t, 'student_1', 'Liam', 2);
    expect((await t.call('PUT', roomPath(ROOM, '/widgets/test_widget/users/student_1'), { body: { properties: { key1: 'value1', key2: 'value2' }, cause: {} } })).status).toBe(200);
    expect(t.mock.state().users.get(userKey(roomKey(APP_ID, ROOM), 'student_1'))!.userProperties).toEqual({ widgets: { test_widget: { key1: 'value1', key2: 'value2' } } });
    expect((await t.call('DELETE', roomPath(ROOM, '/widgets/test_widget/users/student_1'), { body: { properties: ['key1', 'key2'], cause: {} } })).status).toBe(200);
    const events = (await widgetEvents(t, 'test_widget')).list;
    expect(events.map((e: { data: unknown }) => e.data)).toEqual([
      { action: 1, widgetUuid: 'test_widget', changeProperties: { key1: 'value1', key2: 'value2' }, operator: SERVER, fromUser: { userUuid: 'student_1', userName: 'Liam', role: 2 } },
      { action: 2, widgetUuid: 'test_widget', changeProperties: { key1: null, key2: null }, operator: SERVER, fromUser: { userUuid: 'student_1', userName: 'Liam', role: 2 } },
    ]);
  });

  it.each([
    ['PUT', { properties: { key1: 'value1' }, cause: {} }],
    ['DELETE', { properties: ['key1'], cause: {} }],
  ])('answers %s on a user who never joined with 404 and code 20404200', async (method, body) => {
    const t = await withRoom();
    expect(await t.call(method, roomPath(ROOM, '/widgets/test_widget/users/681d9aca4924e9a84ad301e8cca438a71'), { body })).toMatchObject({
      status: 404,
      body: { code: 20404200, msg: 'User not exists!' },
    });
  });

  it.each([
    ['PUT', '/widgets/w', { state: 1 }],
    ['DELETE', '/widgets/w', undefined],
    ['DELETE', '/widgets/w/extra', { properties: ['a'] }],
    ['PUT', '/widgets/w/users/u', { properties: { a: 1 } }],
    ['DELETE', '/widgets/w/users/u', { properties: ['a'] }],
    ['GET', '/widgets/w/sequences', undefined],
    ['GET', '/widgets/popupQuiz/sequences', undefined],
    ['GET', '/widgets/poll/sequences', undefined],
  ])('answers %s %s on an unknown classroom with 404 and code 20404100', async (method, suffix, body) => {
    const t = await withRoom();
    expect(await t.call(method, roomPath('nowhere', suffix), body === undefined ? {} : { body })).toMatchObject({ status: 404, body: { code: 20404100 } });
  });

  it('delivers widget events to the App\'s poller too', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/widgets/countdownTimer'), { body: { state: 1 } });
    expect((await t.call('GET', pollPath())).body.data).toEqual([
      { roomUuid: ROOM, cmd: 1110, sequence: 1, version: 1, data: { action: 1, widgetUuid: 'countdownTimer', changeProperties: { state: 1 }, operator: SERVER } },
    ]);
  });
});

describe('Agora mock over HTTP: pop-up quiz and poll data (EN 2.17, 2.18, AG-59)', () => {
  it('lists the popupQuiz widget\'s events with Agora\'s request (count=100), with and without the region prefix', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/widgets/popupQuiz'), { body: { extra: { popupQuizId: 'ab5b', answerState: 1, items: ['A', 'B'] }, state: 1 } });
    await t.call('PUT', roomPath(ROOM, '/widgets/poll'), { body: { extra: { pollId: 'p1', pollState: 1 }, state: 1 } });
    const quiz = await t.call('GET', roomPath(ROOM, '/widgets/popupQuiz/sequences?count=100'));
    expect(quiz.body).toMatchObject({ code: 0, data: { total: 1, count: 1, nextId: null, list: [{ cmd: 1110, sequence: 1, data: { widgetUuid: 'popupQuiz', changeProperties: { extra: { popupQuizId: 'ab5b' } } } }] } });
    const poll = await t.call('GET', `/na${roomPath(ROOM, '/widgets/poll/sequences?count=100')}`);
    expect(poll.body.data).toMatchObject({ total: 1, list: [{ sequence: 2, data: { widgetUuid: 'poll' } }] });
  });

  it('pages by count, linked by nextId', async () => {
    const t = await withRoom();
    for (let round = 0; round < 3; round++) await t.call('PUT', roomPath(ROOM, '/widgets/poll'), { body: { extra: { round } } });
    const first = (await t.call('GET', roomPath(ROOM, '/widgets/poll/sequences?count=2'))).body.data;
    expect(first).toMatchObject({ total: 3, count: 2, nextId: '3' });
    const second = (await t.call('GET', roomPath(ROOM, `/widgets/poll/sequences?count=2&nextId=${first.nextId}`))).body.data;
    expect(second).toMatchObject({ total: 3, count: 1, nextId: null });
  });

  it('answers 400 with code 400 to count=0 (the document\'s minimum is 1)', async () => {
    const t = await withRoom();
    expect(await t.call('GET', roomPath(ROOM, '/widgets/poll/sequences?count=0'))).toMatchObject({ status: 400, body: { code: 400 } });
  });
});
