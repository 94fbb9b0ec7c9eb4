import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANYCLASSROOM_DEFAULTS, createAnyClassroomMock } from '../../../src/anyclassroom/mock/createAnyClassroomMock.ts';
import type { StatePersistence } from '../../../src/core/store/StatePersistence.ts';
import { startTestMock } from '../../support/mockHarness.ts';
import { CAPTURED_AT, controlPath, MIN, pollPath, roomPath, startAgora, type AgoraTestMock } from '../agoraTestKit.ts';

const MATH = 'math class 7B';
type Event = { roomUuid: string; cmd: number; sequence: number; data: Record<string, unknown> };
const cmds = (events: Event[]) => events.map((e) => e.cmd);
const poll = async (t: AgoraTestMock): Promise<Event[]> => (await t.call('GET', pollPath())).body.data;

describe('the control API\'s classroom activity on the Agora port (AG-60, AG-61)', () => {
  it('joins a user: 200 with the user and the cmd-20 event, which the event list and the polling queue then hold', async () => {
    const t = await startAgora();
    const joined = await t.control('POST', controlPath(MATH, '/users'), { userUuid: 'student_7', userName: 'Tom', role: 2, streamUuid: '20007' });
    expect(joined).toMatchObject({
      status: 200,
      body: {
        user: { userUuid: 'student_7', userName: 'Tom', role: 2, streamUuid: '20007', state: 1, userProperties: {}, updateTime: CAPTURED_AT },
        events: [{ roomUuid: MATH, cmd: 20, sequence: 11, version: 1, data: { total: 6, onlineUsers: [{ userUuid: 'student_7', type: 1, updateTime: CAPTURED_AT }], offlineUsers: [] } }],
      },
    });
    expect((await t.call('GET', roomPath(MATH, '/sequences?nextId=11'))).body.data.list).toEqual(joined.body.events);
    expect(await poll(t)).toEqual(joined.body.events);
  });

  it('leaves: 200 with the user offline and the cmd-20 event of type 1', async () => {
    const t = await startAgora();
    expect(await t.control('DELETE', controlPath(MATH, '/users/student_1'))).toMatchObject({
      status: 200,
      body: { user: { userUuid: 'student_1', state: 0 }, events: [{ cmd: 20, data: { total: 4, offlineUsers: [{ userUuid: 'student_1', type: 1 }] } }] },
    });
    expect(await t.control('DELETE', controlPath(MATH, '/users/student_1'))).toMatchObject({ status: 409, body: { error: 'User student_1 is not online in "math class 7B".' } });
  });

  it('sends a chat message (cmd 3), and answers 403 with code 30403200 to a student while chat is muted', async () => {
    const t = await startAgora();
    expect(await t.control('POST', controlPath(MATH, '/messages'), { fromUserUuid: 'student_2', message: 'Hello!' })).toMatchObject({
      status: 200,
      body: { events: [{ cmd: 3, data: { fromUser: { userUuid: 'student_2', userName: 'Sofia Rossi', role: 2 }, message: 'Hello!', type: 1 } }] },
    });
    expect(await t.control('PUT', controlPath(MATH, '/mute'), { muteChat: 1 })).toMatchObject({ status: 200, body: { muteChat: 1, muteVideo: 0, muteAudio: 0 } });
    expect((await t.call('GET', roomPath(MATH))).body.data.muteChat).toBe(1);
    expect(await t.control('POST', controlPath(MATH, '/messages'), { fromUserUuid: 'student_2', message: 'Hello?' })).toMatchObject({
      status: 403,
      body: { error: 'The classroom is muted globally. You cannot send chat messages.', code: 30403200 },
    });
    expect((await t.control('POST', controlPath(MATH, '/messages'), { fromUserUuid: 'teacher_okafor', message: 'Quiet.' })).status).toBe(200);
  });

  it('raises and lowers hands (cmd 1502) and takes users on and off the stage (cmd 1501) within maxAccept', async () => {
    const t = await startAgora();
    expect(await t.control('POST', controlPath(MATH, '/hands/student_1'), { payload: { question: 'May I answer?' } })).toMatchObject({
      status: 200,
      body: { events: [{ cmd: 1502, data: { progressUsers: [{ userUuid: 'student_1', payload: { question: 'May I answer?' } }] } }] },
    });
    expect((await t.control('POST', controlPath(MATH, '/hands/student_2'))).body.events[0].data.progressUsers).toHaveLength(2);
    expect(await t.control('POST', controlPath(MATH, '/hands/student_2'))).toMatchObject({ status: 200, body: { events: [] } });
    expect(cmds((await t.control('DELETE', controlPath(MATH, '/hands/student_2'))).body.events)).toEqual([1502]);
    expect(cmds((await t.control('POST', controlPath(MATH, '/stage/student_1'))).body.events)).toEqual([1502, 1501]);
    for (const id of ['student_2', 'student_3']) expect((await t.control('POST', controlPath(MATH, `/stage/${id}`))).status).toBe(200);
    expect(await t.control('POST', controlPath(MATH, '/stage/student_4'))).toMatchObject({ status: 409, body: { error: 'The stage of "math class 7B" is full: processes.handsUp.maxAccept is 3.' } });
    expect((await t.control('DELETE', controlPath(MATH, '/stage/student_2'))).body.events[0].data).toEqual({
      acceptedUsers: [{ userUuid: 'student_1' }, { userUuid: 'student_3' }],
      addAcceptedUsers: [],
      removeAcceptedUsers: [{ userUuid: 'student_2' }],
    });
  });

  it('gives rewards: one cmd 1101 with totalReward', async () => {
    const t = await startAgora();
    expect(await t.control('POST', controlPath(MATH, '/rewards'), { rewardDetails: [{ userUuid: 'student_2', changeReward: 2 }] })).toMatchObject({
      status: 200,
      body: { events: [{ cmd: 1101, data: { rewardDetails: [{ userUuid: 'student_2', changedReward: 2, totalReward: 3 }], updateTime: CAPTURED_AT } }] },
    });
  });

  it.each([
    ['join an unknown classroom', 'POST', controlPath('physics-999', '/users'), { userUuid: 'u', userName: 'U', role: 2 }, 404, { code: 20404100, error: 'No classroom "physics-999".' }],
    ['join a closed classroom', 'POST', controlPath('history-seminar-12', '/users'), { userUuid: 'u', userName: 'U', role: 2 }, 409, { error: 'Classroom "history-seminar-12" is closed (state 3): nobody can join.' }],
    ['join as a second teacher where roleConfig."1".limit is 1', 'POST', controlPath('english 1on1 (Anna & Leo)', '/users'), { userUuid: 't2', userName: 'T', role: 1 }, 409, { error: 'Classroom "english 1on1 (Anna & Leo)" is full for role 1: roleConfig."1".limit is 1.' }],
    ['leave for a user who never joined', 'DELETE', controlPath(MATH, '/users/student_99'), undefined, 404, { code: 20404200, error: 'No user student_99 in "math class 7B".' }],
    ['send a message from a user who is offline', 'POST', controlPath('study-marathon-2025', '/messages'), { fromUserUuid: 'student_5', message: 'x' }, 409, {}],
    ['reward a user who never joined', 'POST', controlPath(MATH, '/rewards'), { rewardDetails: [{ userUuid: 'ghost', changeReward: 1 }] }, 404, { code: 20404200 }],
    ['join without a userUuid', 'POST', controlPath(MATH, '/users'), { userName: 'U', role: 2 }, 400, { error: 'Invalid body.' }],
    ['join with role 5', 'POST', controlPath(MATH, '/users'), { userUuid: 'u', userName: 'U', role: 5 }, 400, { error: 'Invalid body.' }],
    ['mute with nothing to set', 'PUT', controlPath(MATH, '/mute'), {}, 400, { error: 'Invalid body.' }],
    ['reward 0', 'POST', controlPath(MATH, '/rewards'), { rewardDetails: [{ userUuid: 'student_1', changeReward: 0 }] }, 400, { error: 'Invalid body.' }],
    ['a roomUuid of 64 characters', 'DELETE', controlPath('x'.repeat(64), '/users/student_1'), undefined, 404, { details: [expect.stringContaining('roomUuid')] }],
  ])('answers %s with %i', async (_label, method, path, body, status, expected) => {
    const t = await startAgora();
    const answer = await t.control(method, path, body);
    expect(answer.status).toBe(status);
    expect(answer.body).toMatchObject(expected);
  });

  it('answers 404 for a control path of no operation, and 415 for a body that is not JSON', async () => {
    const t = await startAgora();
    expect((await t.control('POST', '/__mock/rooms'))).toMatchObject({ status: 404 });
    const res = await fetch(`${t.origin}${controlPath(MATH, '/users')}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'userUuid=u' });
    expect(res.status).toBe(415);
  });

  it('applies what the clock has made due before acting: a join after the close finds the classroom closed', async () => {
    const t = await startAgora();
    t.clock.set(CAPTURED_AT + 10 * MIN);
    expect((await t.control('POST', controlPath('biology-lab-3', '/users'), { userUuid: 'student_4', userName: 'Aiko Tanaka', role: 2 })).status).toBe(409);
  });
});

describe('the control API\'s classroom activity elsewhere', () => {
  it('answers 404 on the AnyClassroom port: only the Agora mock serves it', async () => {
    const seed = JSON.parse(readFileSync(new URL('../../../mocks/anyclassroom.seed.json', import.meta.url), 'utf8'));
    const t = await startTestMock(createAnyClassroomMock(ANYCLASSROOM_DEFAULTS), seed);
    try {
      const res = await fetch(`${t.origin}${controlPath(MATH, '/users')}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userUuid: 'u', userName: 'U', role: 2 }) });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: string }).error).toContain('No control endpoint');
      expect((await fetch(`${t.origin}/__mock/clock`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});

describe('the control API\'s classroom activity and the state file', () => {
  /**
   * A persistence port that keeps what it is appended in memory, and fails while `failing` is set.
   * (The server's first write replaces the whole tables; the tests make one before they look.)
   */
  function memoryFile() {
    const appended: { changes: readonly unknown[]; frozenClockMs: number | null }[] = [];
    let failing = false;
    const file: StatePersistence = {
      location: 'memory',
      load: () => undefined,
      append: (_api, entry) => {
        if (failing) throw new Error('disk full');
        appended.push(entry);
      },
      replace: () => {
        if (failing) throw new Error('disk full');
      },
    };
    return { file, appended, fail: (on: boolean) => (failing = on) };
  }

  /** An Agora mock on a memory state file, its first write (the whole tables) already made. */
  async function withStateFile(memory: ReturnType<typeof memoryFile>) {
    const t = await startAgora({ stateFile: memory.file });
    await t.control('POST', '/__mock/clock', { now: CAPTURED_AT / 1000 });
    return t;
  }

  it('saves an activity\'s changes like an API request\'s', async () => {
    const memory = memoryFile();
    const t = await withStateFile(memory);
    await t.control('POST', controlPath(MATH, '/messages'), { fromUserUuid: 'teacher_okafor', message: 'saved' });
    const saved = memory.appended.flatMap((entry) => entry.changes) as { table: string; value: { cmd?: number } }[];
    expect(saved.some((change) => change.table === 'events' && change.value?.cmd === 3)).toBe(true);
  });

  it('answers 503 and changes nothing when the state file cannot be written', async () => {
    const memory = memoryFile();
    const t = await withStateFile(memory);
    memory.fail(true);
    const answer = await t.control('POST', controlPath(MATH, '/messages'), { fromUserUuid: 'teacher_okafor', message: 'lost' });
    expect(answer).toMatchObject({ status: 503, body: { error: expect.stringContaining('state file') } });
    expect(answer.headers.get('retry-after')).toBe('1');
    memory.fail(false);
    expect((await t.call('GET', roomPath(MATH, '/sequences'))).body.data.total).toBe(10);
  });

  it('saves what a clock change applied together with the clock', async () => {
    const memory = memoryFile();
    const t = await withStateFile(memory);
    await t.control('POST', '/__mock/clock', { now: (CAPTURED_AT + 10 * MIN) / 1000 });
    const last = memory.appended.at(-1)!;
    expect(last.frozenClockMs).toBe(CAPTURED_AT + 10 * MIN);
    expect((last.changes as { table: string; key: string; value: { state?: number } }[]).some((c) => c.table === 'rooms' && c.key.endsWith('/biology-lab-3') && c.value?.state === 3)).toBe(true);
  });
});
