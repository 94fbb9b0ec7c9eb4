import { describe, expect, it } from 'vitest';
import { CAPTURED_AT, controlPath, MIN, pollPath, roomPath, startAgora } from '../agoraTestKit.ts';

const MATH = 'math class 7B';

describe('Agora mock over HTTP: users (AG-55)', () => {
  it('answers the user query with the document\'s User shape', async () => {
    const t = await startAgora();
    expect(await t.call('GET', roomPath(MATH, '/users/student_2'))).toMatchObject({
      status: 200,
      body: { code: 0, msg: 'Success', ts: CAPTURED_AT, data: { userUuid: 'student_2', userName: 'Sofia Rossi', role: 2, streamUuid: '20002', state: 1, userProperties: {}, updateTime: CAPTURED_AT - 21 * MIN } },
    });
  });

  it('answers 404 with code 20404200 for a user who never joined, and 20404100 when the classroom is unknown', async () => {
    const t = await startAgora();
    expect(await t.call('GET', roomPath(MATH, '/users/student_99'))).toMatchObject({ status: 404, body: { code: 20404200, msg: 'User not exists!' } });
    expect(await t.call('GET', roomPath('nope', '/users/student_2'))).toMatchObject({ status: 404, body: { code: 20404100 } });
  });

  it('shows a user who joined through the control API, and offline after leaving', async () => {
    const t = await startAgora();
    await t.control('POST', controlPath(MATH, '/users'), { userUuid: 'student_7', userName: 'Tom', role: 2, streamUuid: '20007' });
    expect((await t.call('GET', roomPath(MATH, '/users/student_7'))).body.data).toMatchObject({ state: 1, streamUuid: '20007' });
    await t.control('DELETE', controlPath(MATH, '/users/student_7'));
    expect((await t.call('GET', roomPath(MATH, '/users/student_7'))).body.data).toMatchObject({ state: 0 });
  });
});

describe('Agora mock over HTTP: custom properties (AG-56)', () => {
  it('updates and deletes user properties with the in-place rule, shown in the user query, with no event', async () => {
    const t = await startAgora();
    expect(await t.call('PUT', roomPath(MATH, '/users/student_1/properties'), { body: { properties: { key1: { subkey1: 'A' }, key2: 'value2' }, cause: {} } })).toMatchObject({ status: 200, body: { code: 0 } });
    await t.call('PUT', roomPath(MATH, '/users/student_1/properties'), { body: { properties: { 'key1.subkey5': 'E' } } });
    await t.call('DELETE', roomPath(MATH, '/users/student_1/properties'), { body: { properties: ['key2'], cause: {} } });
    expect((await t.call('GET', roomPath(MATH, '/users/student_1'))).body.data.userProperties).toEqual({ key1: { subkey1: 'A', subkey5: 'E' } });
    expect((await t.call('GET', pollPath())).body.data).toEqual([]);
  });

  it('updates and deletes classroom properties, shown as roomProperties.flexProps, with no event', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath(MATH, '/properties'), { body: { properties: { key1: 'value1', 'quiz.round': 2 }, cause: {} } });
    await t.call('DELETE', roomPath(MATH, '/properties'), { body: { properties: ['unit'], cause: {} } });
    expect((await t.call('GET', roomPath(MATH))).body.data.roomProperties.flexProps).toEqual({ quiz: { round: 2 }, key1: 'value1' });
    expect((await t.call('GET', pollPath())).body.data).toEqual([]);
  });

  it('answers 400 when properties is missing or of the wrong type', async () => {
    const t = await startAgora();
    expect(await t.call('PUT', roomPath(MATH, '/properties'), { body: { cause: {} } })).toMatchObject({ status: 400, body: { code: 400 } });
    expect(await t.call('DELETE', roomPath(MATH, '/users/student_1/properties'), { body: { properties: 'key1' } })).toMatchObject({ status: 400, body: { code: 400 } });
  });

  it('answers 404 with code 20404200 when the user never joined', async () => {
    const t = await startAgora();
    expect(await t.call('PUT', roomPath(MATH, '/users/ghost/properties'), { body: { properties: { a: 1 } } })).toMatchObject({ status: 404, body: { code: 20404200 } });
  });
});

describe('Agora mock over HTTP: kick (AG-57)', () => {
  it('takes the user offline (cmd 20, type 2) and bans them for dirty.duration seconds: the control API\'s join answers 409 until then', async () => {
    const t = await startAgora();
    expect(await t.call('POST', roomPath(MATH, '/users/student_1/exit'), { body: { dirty: { state: 1, duration: 600 } } })).toMatchObject({ status: 200, body: { code: 0 } });
    const [event] = (await t.call('GET', pollPath())).body.data;
    expect(event).toMatchObject({ roomUuid: MATH, cmd: 20, data: { total: 4, onlineUsers: [], offlineUsers: [{ userUuid: 'student_1', type: 2 }] } });
    const refused = await t.control('POST', controlPath(MATH, '/users'), { userUuid: 'student_1', userName: 'Liam Park', role: 2 });
    expect(refused).toMatchObject({ status: 409, body: { error: `User student_1 was kicked out of "math class 7B" and may not join again before 2025-03-03T09:10:00.000Z (${CAPTURED_AT + 600_000}).` } });
    t.clock.advance(600_000);
    expect((await t.control('POST', controlPath(MATH, '/users'), { userUuid: 'student_1', userName: 'Liam Park', role: 2 })).status).toBe(200);
  });

  it.each([
    ['no body', undefined],
    ['dirty.state false', { dirty: { state: false } }],
  ])('removes the user once with %s: they may join again at once', async (_label, body) => {
    const t = await startAgora();
    expect((await t.call('POST', roomPath(MATH, '/users/student_1/exit'), body === undefined ? {} : { body })).status).toBe(200);
    expect((await t.control('POST', controlPath(MATH, '/users'), { userUuid: 'student_1', userName: 'Liam Park', role: 2 })).status).toBe(200);
  });

  it('answers 404 with code 20404200 when the user never joined', async () => {
    const t = await startAgora();
    expect(await t.call('POST', roomPath(MATH, '/users/ghost/exit'))).toMatchObject({ status: 404, body: { code: 20404200 } });
  });
});

describe('Agora mock over HTTP: breakout rooms (AG-58)', () => {
  it('creates breakout rooms (Agora\'s example) and removes them, shown as roomProperties.groups', async () => {
    const t = await startAgora();
    const body = { groups: [{ groupUuid: 'group1', groupName: 'Group 01', users: [{ userUuid: 'user1' }] }] };
    expect((await t.call('PUT', roomPath(MATH, '/groups/states/1'), { body })).status).toBe(200);
    expect((await t.call('GET', roomPath(MATH))).body.data.roomProperties.groups).toEqual({ state: 1, details: { group1: { groupName: 'Group 01', users: [{ userUuid: 'user1' }] } } });
    expect((await t.call('PUT', roomPath(MATH, '/groups/states/0'))).status).toBe(200);
    expect((await t.call('GET', roomPath(MATH))).body.data.roomProperties.groups).toEqual({ state: 0, details: {} });
  });

  it('answers 400 with code 400 to state 1 without a body', async () => {
    const t = await startAgora();
    const answer = await t.call('PUT', roomPath(MATH, '/groups/states/1'));
    expect(answer).toMatchObject({ status: 400, body: { code: 400 } });
    expect(answer.body.msg).toContain('groups');
  });

  it('answers 400 naming the state when it is not 0 or 1', async () => {
    const t = await startAgora();
    expect(await t.call('PUT', roomPath(MATH, '/groups/states/2'))).toMatchObject({ status: 400, body: { code: 400 } });
  });
});
