import { describe, expect, it } from 'vitest';
import { CAPTURED_AT, HOUR, MIN, newRoomBody, pollPath, roomPath, startAgora } from '../agoraTestKit.ts';

describe('Agora mock over HTTP: classrooms', () => {
  it('creates a classroom in state 0 and returns it from GET in the document\'s shape', async () => {
    const t = await startAgora();
    const created = await t.call('POST', roomPath('test_class'), { body: newRoomBody() });
    expect(created).toMatchObject({ status: 200, body: { code: 0, msg: 'Success', ts: CAPTURED_AT } });
    expect(created.body.data).toBeUndefined();

    t.clock.advance(5_000);
    const got = await t.call('GET', roomPath('test_class'));
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      code: 0,
      msg: 'Success',
      ts: CAPTURED_AT + 5_000,
      data: {
        roomUuid: 'test_class',
        roomName: 'Physics 101',
        createTime: CAPTURED_AT,
        roomProperties: { roomType: 4, schedule: { startTime: CAPTURED_AT + HOUR, duration: 600, closeDelay: 300 }, state: 0 },
        state: 0,
        muteChat: 0,
        muteVideo: 0,
        muteAudio: 0,
        roleConfig: { '2': { limit: 50 } },
      },
    });
  });

  it('leaves roleConfig out of a classroom created without one', async () => {
    const t = await startAgora();
    const { roleConfig: _dropped, ...body } = newRoomBody();
    await t.call('POST', roomPath('no-roles'), { body });
    expect((await t.call('GET', roomPath('no-roles'))).body.data).not.toHaveProperty('roleConfig');
  });

  it('answers 409 with code 409 when the classroom already exists, and changes nothing', async () => {
    const t = await startAgora();
    const answer = await t.call('POST', roomPath('math class 7B'), { body: newRoomBody({ roomName: 'Other' }) });
    expect(answer).toMatchObject({ status: 409, body: { code: 409, msg: 'Room already exists!', ts: CAPTURED_AT } });
    expect((await t.call('GET', roomPath('math class 7B'))).body.data).toMatchObject({ roomName: 'Math 7B: Linear Equations', state: 1 });
  });

  it('handles a roomUuid that needs percent-encoding (spaces, parentheses, &)', async () => {
    const t = await startAgora();
    const got = await t.call('GET', roomPath('english 1on1 (Anna & Leo)'));
    expect(got.body.data).toMatchObject({ roomUuid: 'english 1on1 (Anna & Leo)', roomProperties: { roomType: 0 }, state: 1 });
  });

  it.each([
    ['GET', ''],
    ['PUT', '/states/1'],
    ['PUT', '/records/states/1'],
    ['PUT', '/records/states/0'],
    ['GET', '/records'],
    ['GET', '/sequences'],
  ])('answers 404 with code 20404100 to %s room%s of an unknown classroom', async (method, suffix) => {
    const t = await startAgora();
    expect(await t.call(method, roomPath('no-such-room', suffix))).toMatchObject({
      status: 404,
      body: { code: 20404100, msg: 'Room not exists!', ts: CAPTURED_AT },
    });
  });

  it('reaches the same state through /edu/... and every region prefix', async () => {
    const t = await startAgora();
    await t.call('POST', `/eu${roomPath('regional')}`, { body: newRoomBody() });
    for (const prefix of ['', '/cn', '/ap', '/eu', '/na']) {
      expect((await t.call('GET', `${prefix}${roomPath('regional')}`)).body.data.roomUuid).toBe('regional');
    }
    await t.call('PUT', `/cn${roomPath('regional', '/states/1')}`);
    expect((await t.call('GET', roomPath('regional'))).body.data.state).toBe(1);
  });
});

describe('Agora mock over HTTP: class state machine (AG-4)', () => {
  const getState = async (t: Awaited<ReturnType<typeof startAgora>>, roomUuid: string) => (await t.call('GET', roomPath(roomUuid))).body.data;

  it('moves a class 0 -> 1 -> 2 -> 3, reflecting each state in GET and emitting one cmd-1 event each', async () => {
    const t = await startAgora();
    for (const [state, at] of [[1, 0], [2, 10 * MIN], [3, 12 * MIN]] as const) {
      t.clock.set(CAPTURED_AT + at);
      expect(await t.call('PUT', roomPath('physics-101', `/states/${state}`))).toMatchObject({ status: 200, body: { code: 0, ts: CAPTURED_AT + at } });
      expect(await getState(t, 'physics-101')).toMatchObject({ state, roomProperties: { state } });
    }
    const polled = (await t.call('GET', pollPath())).body.data;
    expect(polled).toEqual([
      { roomUuid: 'physics-101', cmd: 1, sequence: 1, version: 1, data: { startTime: CAPTURED_AT, state: 1, endTime: null, closeTime: null } },
      { roomUuid: 'physics-101', cmd: 1, sequence: 2, version: 1, data: { startTime: CAPTURED_AT, state: 2, endTime: CAPTURED_AT + 10 * MIN, closeTime: CAPTURED_AT + 20 * MIN } },
      { roomUuid: 'physics-101', cmd: 1, sequence: 3, version: 1, data: { startTime: CAPTURED_AT, state: 3, endTime: CAPTURED_AT + 10 * MIN, closeTime: CAPTURED_AT + 12 * MIN } },
    ]);
  });

  it.each([
    ['a started class is set back to 0', 'math class 7B', 0, 30409100, 'Class has been started!'],
    ['an ended class is started again', 'biology-lab-3', 1, 30409101, 'Class has been ended!'],
    ['an ended class is set back to 0', 'biology-lab-3', 0, 30409101, 'Class has been ended!'],
    ['a closed class is set back to 2', 'history-seminar-12', 2, 30409101, 'Class has been ended!'],
    ['a closed class is started again', 'history-seminar-12', 1, 30409101, 'Class has been ended!'],
  ])('answers 409 with the documented code when %s', async (_label, roomUuid, state, code, msg) => {
    const t = await startAgora();
    const before = await getState(t, roomUuid);
    const answer = await t.call('PUT', roomPath(roomUuid, `/states/${state}`));
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code, ts: CAPTURED_AT });
    expect(answer.body.msg).toContain(msg);
    expect(await getState(t, roomUuid)).toEqual(before);
    expect((await t.call('GET', pollPath())).body.data).toEqual([]);
  });

  it.each([
    ['0 -> 0', 'physics-101', 0],
    ['1 -> 1', 'math class 7B', 1],
    ['2 -> 2', 'biology-lab-3', 2],
    ['3 -> 3', 'history-seminar-12', 3],
  ])('answers 200 and emits no event when the current state is set again (%s)', async (_label, roomUuid, state) => {
    const t = await startAgora();
    expect((await t.call('PUT', roomPath(roomUuid, `/states/${state}`))).status).toBe(200);
    expect((await t.call('GET', pollPath())).body.data).toEqual([]);
  });

  it.each([
    ['0 -> 2', 'physics-101', 2],
    ['0 -> 3', 'physics-101', 3],
    ['1 -> 3', 'english 1on1 (Anna & Leo)', 3],
  ])('allows skipping a state (%s) with one cmd-1 event', async (_label, roomUuid, state) => {
    const t = await startAgora();
    expect((await t.call('PUT', roomPath(roomUuid, `/states/${state}`))).status).toBe(200);
    expect((await getState(t, roomUuid)).state).toBe(state);
    const events = (await t.call('GET', pollPath())).body.data;
    expect(events.map((e: { cmd: number; data: { state: number } }) => [e.cmd, e.data.state])).toEqual([[1, state]]);
  });
});
