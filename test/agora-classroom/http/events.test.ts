import { describe, expect, it } from 'vitest';
import { CAPTURED_AT, HOUR, MIN, newRoomBody, pollPath, roomPath, startAgora, type AgoraTestMock } from '../agoraTestKit.ts';

type Event = { roomUuid: string; cmd: number; sequence: number; version: number; data: Record<string, unknown> };
const brief = (events: Event[]) => events.map((e) => `${e.roomUuid}#${e.sequence}:${e.cmd}`);
const poll = async (t: AgoraTestMock): Promise<Event[]> => (await t.call('GET', pollPath())).body.data;
const sequences = (t: AgoraTestMock, roomUuid: string, query = '') => t.call('GET', roomPath(roomUuid, `/sequences${query}`));

describe('Agora mock over HTTP: polling', () => {
  it('starts with an empty queue: seeded history counts as already delivered', async () => {
    const t = await startAgora();
    expect(await t.call('GET', pollPath())).toMatchObject({ status: 200, body: { code: 0, msg: 'Success', ts: CAPTURED_AT, data: [] } });
  });

  it('returns each new event once, across all rooms of the App, in the order they happened', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('physics-101', '/states/1'));
    await t.call('PUT', roomPath('english 1on1 (Anna & Leo)', '/records/states/1'));
    await t.call('PUT', roomPath('physics-101', '/records/states/1'));
    await t.call('PUT', roomPath('math class 7B', '/records/states/0'));
    expect(brief(await poll(t))).toEqual([
      'physics-101#1:1',
      'english 1on1 (Anna & Leo)#4:1001',
      'physics-101#2:1001',
      'math class 7B#11:1001',
    ]);
    expect(await poll(t)).toEqual([]);
    await t.call('PUT', roomPath('physics-101', '/records/states/0'));
    expect(brief(await poll(t))).toEqual(['physics-101#3:1001']);
  });

  it('numbers each room\'s new events after its seeded history, version 1', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('study-marathon-2025', '/records/states/0'));
    const [event] = await poll(t);
    expect(event).toMatchObject({ roomUuid: 'study-marathon-2025', cmd: 1001, sequence: 278, version: 1, data: { state: 2 } });
  });

  it('caps one answer at 100 events and gives the rest on the next poll', async () => {
    const t = await startAgora();
    for (let i = 0; i < 26; i++) {
      await t.call('POST', roomPath(`room-${i}`), { body: newRoomBody() });
      for (const path of ['/states/1', '/records/states/1', '/records/states/0', '/states/2']) await t.call('PUT', roomPath(`room-${i}`, path));
    }
    const first = await poll(t);
    const second = await poll(t);
    expect([first.length, second.length]).toEqual([100, 4]);
    expect(brief([...first, ...second]).slice(98, 102)).toEqual(['room-24#3:1001', 'room-24#4:1', 'room-25#1:1', 'room-25#2:1001']);
    expect(await poll(t)).toEqual([]);
  });
});

describe('Agora mock over HTTP: a classroom\'s event list', () => {
  it('returns the seeded history in sequence order, again and again (reading consumes nothing)', async () => {
    const t = await startAgora();
    const first = await sequences(t, 'math class 7B');
    expect(first.body).toMatchObject({ code: 0, ts: CAPTURED_AT, data: { total: 10, count: 10, nextId: null } });
    expect(first.body.data.list.map((e: Event) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await sequences(t, 'math class 7B')).body).toEqual(first.body);
  });

  it('pages 277 events in batches of 100 linked by nextId, the sequence to start from', async () => {
    const t = await startAgora();
    const batches: [number, number, string | null][] = [];
    let query = '';
    for (;;) {
      const { data } = (await sequences(t, 'study-marathon-2025', query)).body;
      batches.push([data.list[0].sequence, data.count, data.nextId]);
      expect(data.total).toBe(277);
      if (data.nextId === null) break;
      query = `?nextId=${data.nextId}`;
    }
    expect(batches).toEqual([[1, 100, '101'], [101, 100, '201'], [201, 77, null]]);
  });

  it('filters by cmd and starts at nextId', async () => {
    const t = await startAgora();
    const classEvents = (await sequences(t, 'history-seminar-12', '?cmd=1')).body.data;
    expect(classEvents.list.map((e: Event) => [e.sequence, e.data.state])).toEqual([[2, 1], [10, 2], [12, 3]]);
    expect(classEvents.total).toBe(3);
    const fromTen = (await sequences(t, 'history-seminar-12', '?cmd=1&nextId=10')).body.data;
    expect(fromTen).toMatchObject({ total: 3, count: 2, nextId: null });
  });

  it('includes events emitted since the start, which polling delivers separately', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('english 1on1 (Anna & Leo)', '/states/2'));
    await poll(t);
    const list = (await sequences(t, 'english 1on1 (Anna & Leo)', '?cmd=1')).body.data.list;
    expect(list.map((e: Event) => e.data.state)).toEqual([1, 2]);
  });

  it.each(['abc', '-1', '1.5', '9999'])('answers an empty last batch (200, nextId null) when nextId is %j, which names no position (AG-33)', async (nextId) => {
    const t = await startAgora();
    const answer = await sequences(t, 'math class 7B', `?nextId=${nextId}`);
    expect(answer).toMatchObject({ status: 200, body: { code: 0, data: { total: 10, count: 0, list: [], nextId: null } } });
  });

  it.each([
    ['?cmd=20', 20, 3],
    ['?null&cmd=1', 1, 1],
    ['?nextId=50&cmd=1', 1, 0],
  ])('answers Agora\'s own request examples (%s)', async (query, cmd, count) => {
    const t = await startAgora();
    const { data } = (await sequences(t, 'math class 7B', query)).body;
    expect(data.count).toBe(count);
    expect(data.list.every((e: Event) => e.cmd === cmd)).toBe(true);
  });
});

describe('Agora mock over HTTP: events of destroyed classrooms (AG-41..AG-43)', () => {
  it('keeps a closed classroom\'s event list for one hour after the close, then answers 404 20404100', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('math class 7B', '/states/3'));
    t.clock.advance(HOUR - 1);
    expect((await sequences(t, 'math class 7B')).body.data.total).toBe(13);
    t.clock.advance(1);
    expect(await sequences(t, 'math class 7B')).toMatchObject({ status: 404, body: { code: 20404100 } });
    expect(await t.call('GET', roomPath('math class 7B', '/records'))).toMatchObject({ status: 404, body: { code: 20404100 } });
  });

  it('still delivers by polling, within an hour of the destruction, the events nobody polled', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('math class 7B', '/states/3'));
    t.clock.advance(2 * HOUR - 1);
    expect(brief(await poll(t)).filter((e) => e.startsWith('math class 7B'))).toEqual(['math class 7B#11:1', 'math class 7B#12:1001', 'math class 7B#13:20']);
  });

  it('drops them two hours after the close', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('math class 7B', '/states/3'));
    t.clock.advance(2 * HOUR);
    expect(brief(await poll(t)).filter((e) => e.startsWith('math class 7B'))).toEqual([]);
  });

  it('keeps the seeded closed classroom until one hour after its close (capturedAt + 30 min)', async () => {
    const t = await startAgora();
    t.clock.set(CAPTURED_AT + 30 * MIN - 1);
    expect((await sequences(t, 'history-seminar-12')).body.data.total).toBe(13);
    t.clock.set(CAPTURED_AT + 30 * MIN);
    expect((await sequences(t, 'history-seminar-12')).status).toBe(404);
  });

  it('closes an ended classroom closeDelay after its end, then destroys it an hour later (biology-lab-3)', async () => {
    const t = await startAgora();
    t.clock.set(CAPTURED_AT + 10 * MIN);
    expect((await t.call('GET', roomPath('biology-lab-3'))).body.data).toMatchObject({ state: 3, roomProperties: { schedule: { closeTime: CAPTURED_AT + 10 * MIN } } });
    t.clock.set(CAPTURED_AT + 70 * MIN);
    expect((await t.call('GET', roomPath('biology-lab-3'))).status).toBe(404);
  });
});
