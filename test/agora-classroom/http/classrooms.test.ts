import { describe, expect, it } from 'vitest';
import { CAPTURED_AT, controlPath, HOUR, MIN, newRoomBody, pollPath, roomPath, startAgora, type AgoraTestMock } from '../agoraTestKit.ts';

describe('Agora mock over HTTP: classrooms', () => {
  it('creates a classroom in state 0 and returns it from GET in the document\'s shape (AG-32)', async () => {
    const t = await startAgora();
    const created = await t.call('POST', roomPath('test_class'), { body: newRoomBody() });
    expect(created).toMatchObject({ status: 200, body: { code: 0, msg: 'Success', ts: CAPTURED_AT } });
    expect(created.body.data).toBeUndefined();

    t.clock.advance(5_000);
    const got = await t.call('GET', roomPath('test_class'));
    expect(got.status).toBe(200);
    const { boardAppId, boardId, boardToken } = got.body.data.roomProperties.widgets.netlessBoard.extra;
    expect(got.body).toEqual({
      code: 0,
      msg: 'Success',
      ts: CAPTURED_AT + 5_000,
      data: {
        roomUuid: 'test_class',
        roomName: 'Physics 101',
        createTime: CAPTURED_AT,
        roomProperties: {
          roomType: 4,
          schedule: { state: 0, startTime: CAPTURED_AT + HOUR, duration: 600, closeDelay: 300, endTime: CAPTURED_AT + HOUR + 10 * MIN, closeTime: CAPTURED_AT + HOUR + 15 * MIN },
          state: 0,
          widgets: { netlessBoard: { state: 1, extra: { boardAppId, boardId, boardToken, boardRegion: 'us-sv' } } },
        },
        state: 0,
        muteChat: 0,
        muteVideo: 0,
        muteAudio: 0,
        roleConfig: { '2': { limit: 50 } },
      },
    });
    expect([boardAppId, boardId, boardToken]).toEqual([expect.stringMatching(/\//), expect.stringMatching(/^[0-9a-f]{32}$/), expect.stringMatching(/^NETLESSROOM_/)]);
  });

  it.each([
    ['only roomName and roomType (all Agora marks required)', { roomName: 'Minimal', roomType: 4 }],
    ['roomType as a string, as Agora\'s table types it (AG-35)', { roomName: 'String type', roomType: '4' }],
    ['roomType 6 (proctoring) with an examinationUrl', { roomName: 'Exam', roomType: 6, roomProperties: { examinationUrl: 'https://exam.example/paper' } }],
    ['an empty roomProperties and schedule', { roomName: 'Empty', roomType: 0, roomProperties: { schedule: {} } }],
  ])('accepts a create body with %s, closeDelay defaulting to 600 (AG-31)', async (_label, body) => {
    const t = await startAgora();
    expect((await t.call('POST', roomPath('form'), { body })).status).toBe(200);
    const { data } = (await t.call('GET', roomPath('form'))).body;
    expect(data).toMatchObject({ state: 0, roleConfig: {}, roomProperties: { schedule: { closeDelay: 600, duration: null, startTime: null } } });
    expect(data.roomProperties.roomType).toBe(Number(body.roomType));
  });

  it('accepts an unknown member and ignores it (MK-2): the real service does', async () => {
    const t = await startAgora();
    expect((await t.call('POST', roomPath('colourful'), { body: newRoomBody({ colour: 'red' }) })).status).toBe(200);
    expect((await t.call('GET', roomPath('colourful'))).body.data).not.toHaveProperty('colour');
  });

  it('answers 409 with code 409 when the classroom already exists with the same roomType, and changes nothing', async () => {
    const t = await startAgora();
    const answer = await t.call('POST', roomPath('math class 7B'), { body: newRoomBody({ roomName: 'Other', roomType: '2' }) });
    expect(answer).toMatchObject({ status: 409, body: { code: 409, msg: 'Room already exists!', ts: CAPTURED_AT } });
    expect((await t.call('GET', roomPath('math class 7B'))).body.data).toMatchObject({ roomName: 'Math 7B: Linear Equations', state: 1 });
  });

  it('answers 409 with code 30409104 when the classroom exists with another roomType (AG-18)', async () => {
    const t = await startAgora();
    const answer = await t.call('POST', roomPath('math class 7B'), { body: newRoomBody({ roomType: 4 }) });
    expect(answer).toMatchObject({ status: 409, body: { code: 30409104, ts: CAPTURED_AT } });
    expect(answer.body.msg).toContain('roomType');
  });

  it('handles a roomUuid that needs percent-encoding (spaces, parentheses, &)', async () => {
    const t = await startAgora();
    const got = await t.call('GET', roomPath('english 1on1 (Anna & Leo)'));
    expect(got.body.data).toMatchObject({ roomUuid: 'english 1on1 (Anna & Leo)', roomProperties: { roomType: 0 }, state: 1 });
  });

  it('shows the live class with its processes, custom properties and schedule forecasts', async () => {
    const t = await startAgora();
    const { data } = (await t.call('GET', roomPath('math class 7B'))).body;
    expect(data.roomProperties).toMatchObject({
      state: 1,
      schedule: { state: 1, startTime: CAPTURED_AT - 19 * MIN, duration: null, closeDelay: 900, endTime: null, closeTime: null },
      processes: { handsUp: { maxAccept: 3, defaultAcceptRole: '' } },
      flexProps: { unit: 'Linear equations', quiz: { round: 1 } },
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

/** Every room operation of the document this part serves, with a valid request (the classroom being the only thing wrong). */
const ROOM_OPERATIONS: [method: string, suffix: string, body?: unknown][] = [
  ['GET', ''],
  ['PUT', '/states/1'],
  ['PUT', '/properties', { properties: { a: 1 } }],
  ['DELETE', '/properties', { properties: ['a'] }],
  ['PUT', '/groups/states/0'],
  ['GET', '/users/teacher_novak'],
  ['PUT', '/users/teacher_novak/properties', { properties: { a: 1 } }],
  ['DELETE', '/users/teacher_novak/properties', { properties: ['a'] }],
  ['POST', '/users/teacher_novak/exit'],
  ['PUT', '/records/states/1'],
  ['PUT', '/records/states/0'],
  ['GET', '/records'],
  ['GET', '/sequences'],
];

describe('Agora mock over HTTP: unknown and destroyed classrooms (AG-17, AG-42)', () => {
  it.each(ROOM_OPERATIONS)('answers 404 with code 20404100 to %s room%s of an unknown classroom', async (method, suffix, body) => {
    const t = await startAgora();
    expect(await t.call(method, roomPath('no-such-room', suffix), body === undefined ? {} : { body })).toMatchObject({
      status: 404,
      body: { code: 20404100, msg: 'Room not exists!', ts: CAPTURED_AT },
    });
  });

  it.each(ROOM_OPERATIONS)('answers 404 with code 20404100 to %s room%s of a destroyed classroom (history-seminar-12, an hour after its close)', async (method, suffix, body) => {
    const t = await startAgora();
    expect((await t.call(method, roomPath('history-seminar-12', suffix), body === undefined ? {} : { body })).status).not.toBe(404);
    expect((await t.control('POST', '/__mock/clock', { now: (CAPTURED_AT + 30 * MIN) / 1000 })).status).toBe(200);
    expect(await t.call(method, roomPath('history-seminar-12', suffix), body === undefined ? {} : { body })).toMatchObject({
      status: 404,
      body: { code: 20404100, msg: 'Room not exists!' },
    });
  });

  it.each<[method: string, suffix: string, body?: unknown]>([
    ['POST', '/users', { userUuid: 'u1', userName: 'U', role: 2 }],
    ['DELETE', '/users/teacher_novak'],
    ['POST', '/messages', { fromUserUuid: 'teacher_novak', message: 'hi' }],
    ['PUT', '/mute', { muteChat: 1 }],
    ['POST', '/hands/teacher_novak'],
    ['DELETE', '/hands/teacher_novak'],
    ['POST', '/stage/teacher_novak'],
    ['DELETE', '/stage/teacher_novak'],
    ['POST', '/rewards', { rewardDetails: [{ userUuid: 'teacher_novak', changeReward: 1 }] }],
  ])('answers 404 with code 20404100 to the control API\'s %s rooms/{room}%s of a destroyed classroom', async (method, suffix, body) => {
    const t = await startAgora();
    await t.control('POST', '/__mock/clock', { now: (CAPTURED_AT + 30 * MIN) / 1000 });
    expect(await t.control(method, controlPath('history-seminar-12', suffix), body)).toMatchObject({ status: 404, body: { code: 20404100 } });
  });

  it('creates a destroyed roomUuid again, as a new classroom whose events continue the old sequence numbers (AG-42)', async () => {
    const t = await startAgora();
    t.clock.set(CAPTURED_AT + 30 * MIN);
    expect((await t.call('POST', roomPath('history-seminar-12'), { body: newRoomBody({ roomType: 4 }) })).status).toBe(200);
    expect((await t.call('GET', roomPath('history-seminar-12'))).body.data).toMatchObject({ state: 0, roomProperties: { roomType: 4 } });
    expect((await t.call('GET', roomPath('history-seminar-12', '/records'))).body.data.total).toBe(0);
    await t.call('PUT', roomPath('history-seminar-12', '/states/1'));
    expect((await t.call('GET', roomPath('history-seminar-12', '/sequences'))).body.data.list.map((e: { sequence: number }) => e.sequence)).toEqual([14]);
  });
});

describe('Agora mock over HTTP: class state machine (AG-4)', () => {
  const getState = async (t: AgoraTestMock, roomUuid: string) => (await t.call('GET', roomPath(roomUuid))).body.data;
  const polledIn = async (t: AgoraTestMock, roomUuid: string) => ((await t.call('GET', pollPath())).body.data as { roomUuid: string }[]).filter((e) => e.roomUuid === roomUuid);

  it('moves a class 0 -> 1 -> 2 -> 3, reflecting each state in GET and emitting one cmd-1 event each', async () => {
    const t = await startAgora();
    for (const [state, at] of [[1, 0], [2, 10 * MIN], [3, 12 * MIN]] as const) {
      t.clock.set(CAPTURED_AT + at);
      expect(await t.call('PUT', roomPath('physics-101', `/states/${state}`))).toMatchObject({ status: 200, body: { code: 0, ts: CAPTURED_AT + at } });
      expect(await getState(t, 'physics-101')).toMatchObject({ state, roomProperties: { state, schedule: { state } } });
    }
    expect(await polledIn(t, 'physics-101')).toEqual([
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
    ['0 -> 2', 'physics-101', 2, ['1:2']],
    ['0 -> 3', 'physics-101', 3, ['1:3']],
    ['1 -> 3', 'english 1on1 (Anna & Leo)', 3, ['1:3', '20']],
  ])('allows skipping a state (%s) with one cmd-1 event (and, on closing, everyone offline)', async (_label, roomUuid, state, expected) => {
    const t = await startAgora();
    expect((await t.call('PUT', roomPath(roomUuid, `/states/${state}`))).status).toBe(200);
    expect((await getState(t, roomUuid)).state).toBe(state);
    const events = (await polledIn(t, roomUuid)) as unknown as { cmd: number; data: { state?: number } }[];
    expect(events.map((e) => (e.cmd === 1 ? `1:${e.data.state}` : String(e.cmd)))).toEqual(expected);
  });
});
