import { describe, expect, it } from 'vitest';
import { CAPTURED_AT, controlPath, HOUR, MIN, newRoomBody, pollPath, roomPath, startAgora } from '../agoraTestKit.ts';

type Event = { roomUuid: string; cmd: number; sequence: number; data: { state?: number; startTime?: number | null; endTime?: number | null; closeTime?: number | null } };
const T = CAPTURED_AT;
const seconds = (ms: number) => ms / 1000;

describe('Agora mock over HTTP: the class lifecycle on the mock clock (AG-37..AG-45)', () => {
  it('applies start, end and close in time order when the clock jumps, each cmd-1 event stamped with its own moment', async () => {
    const t = await startAgora();
    await t.call('POST', roomPath('lab'), { body: newRoomBody({ roomProperties: { schedule: { startTime: T + HOUR, duration: 600, closeDelay: 300 } } }) });
    expect((await t.control('POST', '/__mock/clock', { advance: seconds(2 * HOUR) })).status).toBe(200);
    const { data } = (await t.call('GET', roomPath('lab', '/sequences?cmd=1'))).body;
    expect(data.list.map((e: Event) => e.data)).toEqual([
      { startTime: T + HOUR, state: 1, endTime: null, closeTime: null },
      { startTime: T + HOUR, state: 2, endTime: T + HOUR + 10 * MIN, closeTime: T + HOUR + 15 * MIN },
      { startTime: T + HOUR, state: 3, endTime: T + HOUR + 10 * MIN, closeTime: T + HOUR + 15 * MIN },
    ]);
  });

  it('applies what a clock change passed even when the clock is set back before the next request (AG-45)', async () => {
    const t = await startAgora();
    await t.call('POST', roomPath('lab'), { body: newRoomBody({ roomProperties: { schedule: { startTime: T + HOUR, duration: 600 } } }) });
    await t.control('POST', '/__mock/clock', { now: seconds(T + HOUR + MIN) });
    await t.control('POST', '/__mock/clock', { now: seconds(T) });
    expect((await t.call('GET', roomPath('lab'))).body.data).toMatchObject({ state: 1, roomProperties: { schedule: { startTime: T + HOUR, endTime: T + HOUR + 10 * MIN } } });
  });

  it('starts at once, stamped with the creation moment, a class created with Agora\'s example startTime of 2022', async () => {
    const t = await startAgora();
    const body = { roomName: 'jasoncai61734', roomType: 4, roomProperties: { schedule: { startTime: 1655452800000, duration: 600, closeDelay: 300 }, processes: { handsUp: { maxAccept: 10 } } } };
    await t.call('POST', roomPath('jasoncai61734'), { body });
    expect((await t.call('GET', roomPath('jasoncai61734'))).body.data).toMatchObject({ state: 1, roomProperties: { schedule: { startTime: T, endTime: T + 10 * MIN, closeTime: T + 15 * MIN } } });
    const polled: Event[] = (await t.call('GET', pollPath())).body.data;
    expect(polled).toEqual([{ roomUuid: 'jasoncai61734', cmd: 1, sequence: 1, version: 1, data: { startTime: T, state: 1, endTime: null, closeTime: null } }]);
  });

  it('takes everyone offline when the live class is closed by hand, and refuses joins from then on (AG-40)', async () => {
    const t = await startAgora();
    await t.call('PUT', roomPath('math class 7B', '/states/3'));
    const events: Event[] = (await t.call('GET', pollPath())).body.data;
    expect(events.map((e) => e.cmd)).toEqual([1, 1001, 20]);
    expect((await t.call('GET', roomPath('math class 7B', '/users/teacher_okafor'))).body.data.state).toBe(0);
    expect((await t.control('POST', controlPath('math class 7B', '/users'), { userUuid: 'student_1', userName: 'Liam Park', role: 2 })).status).toBe(409);
  });

  it('destroys a classroom nobody used five days after its creation, and keeps a used one (AG-44)', async () => {
    const t = await startAgora();
    await t.call('POST', roomPath('never-used'), { body: { roomName: 'Never used', roomType: 4 } });
    await t.call('POST', roomPath('used'), { body: { roomName: 'Used', roomType: 4 } });
    await t.control('POST', controlPath('used', '/users'), { userUuid: 'u1', userName: 'U', role: 2 });
    await t.control('POST', '/__mock/clock', { advance: seconds(120 * HOUR) });
    expect((await t.call('GET', roomPath('never-used'))).status).toBe(404);
    expect((await t.call('GET', roomPath('used'))).status).toBe(200);
  });
});

describe('Agora mock over HTTP: the default seed under the real clock', () => {
  it('shows a live class from the first request: math class 7B in progress, a teacher and four students online', async () => {
    const t = await startAgora({ realClock: true });
    const { data } = (await t.call('GET', roomPath('math class 7B'))).body;
    expect(data).toMatchObject({ state: 1, roomProperties: { schedule: { startTime: T - 19 * MIN, duration: null } } });
    for (const userUuid of ['teacher_okafor', 'student_1', 'student_2', 'student_3', 'student_4']) {
      expect((await t.call('GET', roomPath('math class 7B', `/users/${userUuid}`))).body.data.state, userUuid).toBe(1);
    }
    expect((await t.call('GET', roomPath('study-marathon-2025', '/records'))).body.data.total).toBe(137);
  });

  it('has let the scheduled classes of the seed run their course: ended, closed and destroyed long ago', async () => {
    const t = await startAgora({ realClock: true });
    for (const roomUuid of ['physics-101', 'biology-lab-3', 'history-seminar-12', 'english 1on1 (Anna & Leo)']) {
      expect((await t.call('GET', roomPath(roomUuid))).status, roomUuid).toBe(404);
    }
  });

  it('gives a poller what happens in the live class from then on', async () => {
    const t = await startAgora({ realClock: true });
    // Whatever the clock did since capturedAt to classes still alive is delivered first (nothing to
    // the seeded classes without a schedule: the scheduled ones are destroyed, their events dropped).
    const first: Event[] = (await t.call('GET', pollPath())).body.data;
    expect(first.filter((e) => e.roomUuid !== 'math class 7B' && e.roomUuid !== 'study-marathon-2025')).toEqual([]);
    await t.control('POST', controlPath('math class 7B', '/messages'), { fromUserUuid: 'student_3', message: 'Is x = 4?' });
    const polled: Event[] = (await t.call('GET', pollPath())).body.data;
    expect(polled.map((e) => [e.roomUuid, e.cmd])).toEqual([['math class 7B', 3]]);
    expect(polled[0]!.sequence).toBeGreaterThan(10);
  });
});
