import { describe, expect, it } from 'vitest';
import { APP_ID, CAPTURED_AT, MIN, pollPath, roomPath, startAgora } from '../agoraTestKit.ts';

const ENGLISH = 'english 1on1 (Anna & Leo)';

describe('Agora mock over HTTP: recording', () => {
  it('starts a recording: a new record with status 1 and the clock\'s startTime, returned in data and in a cmd-1001 event', async () => {
    const t = await startAgora();
    const started = await t.call('PUT', roomPath(ENGLISH, '/records/states/1'));
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ code: 0, ts: CAPTURED_AT, data: { state: 1, startTime: CAPTURED_AT, streamingUrl: null, reason: 1 } });

    const list = (await t.call('GET', roomPath(ENGLISH, '/records'))).body.data;
    expect([list.total, list.count, list.nextId]).toEqual([1, 1, null]);
    const record = list.list[0];
    expect(record).toEqual({
      recordId: started.body.data.recordId,
      appId: APP_ID,
      roomUuid: ENGLISH,
      startTime: CAPTURED_AT,
      endTime: null,
      resourceId: started.body.data.resourceId,
      sid: started.body.data.sid,
      recordUid: expect.stringMatching(/^\d{9}$/),
      boardAppId: expect.any(String),
      boardId: expect.stringMatching(/^[0-9a-f]{32}$/),
      boardToken: expect.stringMatching(/^NETLESSROOM_/),
      type: 2,
      status: 1,
      url: expect.stringMatching(/\.m3u8$/),
    });
    expect(record.sid).toMatch(/^[0-9a-f]{32}$/);

    const events = (await t.call('GET', pollPath())).body.data;
    expect(events).toEqual([{ roomUuid: ENGLISH, cmd: 1001, sequence: 4, version: 1, data: started.body.data }]);
  });

  it('stops a recording: the record gets status 2 and its endTime, and a cmd-1001 event with state 2 follows', async () => {
    const t = await startAgora();
    const started = (await t.call('PUT', roomPath(ENGLISH, '/records/states/1'))).body.data;
    t.clock.advance(7 * MIN);
    const stopped = await t.call('PUT', roomPath(ENGLISH, '/records/states/0'));
    expect(stopped.body).toMatchObject({ code: 0, ts: CAPTURED_AT + 7 * MIN, data: { ...started, state: 2, reason: 2 } });
    const record = (await t.call('GET', roomPath(ENGLISH, '/records'))).body.data.list[0];
    expect(record).toMatchObject({ recordId: started.recordId, status: 2, startTime: CAPTURED_AT, endTime: CAPTURED_AT + 7 * MIN });
    const events = (await t.call('GET', pollPath())).body.data;
    expect(events.map((e: { sequence: number; data: { state: number } }) => [e.sequence, e.data.state])).toEqual([[4, 1], [5, 2]]);
  });

  it('answers 409 with code 30409411 when recording starts while a recording is running', async () => {
    const t = await startAgora();
    const answer = await t.call('PUT', roomPath('math class 7B', '/records/states/1'));
    expect(answer).toMatchObject({ status: 409, body: { code: 30409411, ts: CAPTURED_AT } });
    expect(answer.body.msg).toContain('Recording has not been ended!');
  });

  it('answers 409 with code 30409410 when recording stops while nothing is recording', async () => {
    const t = await startAgora();
    expect(await t.call('PUT', roomPath(ENGLISH, '/records/states/0'))).toMatchObject({
      status: 409,
      body: { code: 30409410, msg: 'Recording has not been started!', ts: CAPTURED_AT },
    });
  });

  it.each([
    ['ended', 'biology-lab-3', 2],
    ['closed', 'history-seminar-12', 3],
  ])('answers 410 with code 30410100 when recording starts after the class %s (AG-19)', async (_label, roomUuid, state) => {
    const t = await startAgora();
    const answer = await t.call('PUT', roomPath(roomUuid, '/records/states/1'));
    expect(answer).toMatchObject({ status: 410, body: { code: 30410100, ts: CAPTURED_AT } });
    expect(answer.body.msg).toContain(`class state ${state}`);
  });

  it('allows recording before the class has started', async () => {
    const t = await startAgora();
    expect((await t.call('PUT', roomPath('physics-101', '/records/states/1'))).status).toBe(200);
  });

  it.each([2, 3])('stops the running recording when the class goes to %i, emitting cmd 1 then cmd 1001', async (state) => {
    const t = await startAgora();
    t.clock.advance(MIN);
    expect((await t.call('PUT', roomPath('math class 7B', `/states/${state}`))).status).toBe(200);
    const records = (await t.call('GET', roomPath('math class 7B', '/records'))).body.data.list;
    expect(records.at(-1)).toMatchObject({ status: 2, endTime: CAPTURED_AT + MIN });
    const events = (await t.call('GET', pollPath())).body.data;
    expect(events.map((e: { cmd: number; sequence: number; data: { state: number } }) => [e.cmd, e.sequence, e.data.state])).toEqual([
      [1, 11, state],
      [1001, 12, 2],
    ]);
    expect((await t.call('PUT', roomPath('math class 7B', '/records/states/0'))).body.code).toBe(30409410);
  });
});

describe('Agora mock over HTTP: record list', () => {
  it('returns 137 records in two batches (100 + 37), oldest first, linked by nextId', async () => {
    const t = await startAgora();
    const first = await t.call('GET', roomPath('study-marathon-2025', '/records'));
    expect(first.body).toMatchObject({ code: 0, ts: CAPTURED_AT, data: { total: 137, count: 100 } });
    expect(first.body.data.list).toHaveLength(100);
    expect(typeof first.body.data.nextId).toBe('string');

    const second = await t.call('GET', roomPath('study-marathon-2025', `/records?nextId=${encodeURIComponent(first.body.data.nextId)}`));
    expect(second.body.data).toMatchObject({ total: 137, count: 37, nextId: null });
    const all = [...first.body.data.list, ...second.body.data.list];
    expect(new Set(all.map((r: { recordId: string }) => r.recordId)).size).toBe(137);
    const starts = all.map((r: { startTime: number }) => r.startTime);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(all.at(-1)).toMatchObject({ status: 1, endTime: null });
    expect(second.body.data.list[0].recordId).toBe(first.body.data.nextId);
  });

  it.each(['', 'null'])('reads ?nextId=%s as the first batch', async (nextId) => {
    const t = await startAgora();
    const answer = await t.call('GET', roomPath('study-marathon-2025', `/records?nextId=${nextId}`));
    expect(answer.body.data).toMatchObject({ total: 137, count: 100 });
  });

  it('answers a classroom without recordings with an empty last batch', async () => {
    const t = await startAgora();
    expect((await t.call('GET', roomPath('physics-101', '/records'))).body.data).toEqual({ total: 0, count: 0, list: [], nextId: null });
  });

  it('answers 400 with code 400 naming nextId when it is not a recordId of the classroom', async () => {
    const t = await startAgora();
    const answer = await t.call('GET', roomPath('study-marathon-2025', '/records?nextId=garbage'));
    expect(answer).toMatchObject({ status: 400, body: { code: 400, ts: CAPTURED_AT } });
    expect(answer.body.msg).toContain('nextId "garbage"');
  });
});
