import { describe, expect, it } from 'vitest';
import {
  AgoraClassAlreadyStartedError,
  AgoraClassEndedError,
  AgoraRecordingAfterClassEndedError,
  AgoraRecordingNotEndedError,
  AgoraRecordingNotStartedError,
  AgoraRoomAlreadyExistsError,
  AgoraRoomNotFoundError,
  AgoraUnauthorizedError,
} from '../../src/agora-classroom/client/errors.ts';
import type { AgoraEvent } from '../../src/agora-classroom/client/iterateClassroomEvents.ts';
import { iterateClassroomEvents } from '../../src/agora-classroom/client/iterateClassroomEvents.ts';
import { iterateRecordings } from '../../src/agora-classroom/client/iterateRecordings.ts';
import { pollClassroomEvents } from '../../src/agora-classroom/client/pollClassroomEvents.ts';
import { unwrapAgora } from '../../src/agora-classroom/client/unwrapAgora.ts';
import { collect, useRunningMocks } from './support/runningMocks.ts';

// The seed's capturedAt (2025-03-03 09:00 UTC): the instant its classrooms are described at.
const CAPTURED_AT = 1_740_992_400;
const t = useRunningMocks({ agora: CAPTURED_AT });
const failure = async (call: () => Promise<unknown>) => call().then(() => undefined, (e: unknown) => e);

type Client = ReturnType<typeof t.agora>;
const room = (client: Client, roomUuid: string) => ({ path: { appId: client.appId, roomUuid } });
const setState = (client: Client, roomUuid: string, state: 0 | 1 | 2 | 3) =>
  client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: client.appId, roomUuid, state } } }).then(unwrapAgora);
const setRecording = (client: Client, roomUuid: string, state: 0 | 1) =>
  client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/records/states/{state}', { params: { path: { appId: client.appId, roomUuid, state } } }).then(unwrapAgora);
const create = (client: Client, roomUuid: string) =>
  client
    .POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', {
      params: room(client, roomUuid),
      body: { roomName: 'Client test', roomType: 4, roomProperties: { schedule: { startTime: (CAPTURED_AT + 3600) * 1000, duration: 3600, closeDelay: 600 } } },
    })
    .then(unwrapAgora);

describe('Agora client against the stateful mock: every operation', () => {
  it('createClassroom then getClassroom shows it not started', async () => {
    const client = t.agora();
    expect(await create(client, 'client test #1')).toMatchObject({ code: 0 });
    const { data } = unwrapAgora(await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: room(client, 'client test #1') }));
    expect(data).toMatchObject({ roomUuid: 'client test #1', roomName: 'Client test', state: 0 });
  });

  it('setClassroomState and setRecordingState drive a class through start, recording and end', async () => {
    const client = t.agora();
    await create(client, 'lifecycle');
    await setState(client, 'lifecycle', 1);
    const started = await setRecording(client, 'lifecycle', 1);
    expect(started.data).toMatchObject({ state: 1 });
    const stopped = await setRecording(client, 'lifecycle', 0);
    expect(stopped.data).toMatchObject({ state: 2 });
    await setState(client, 'lifecycle', 2);
    const { data } = unwrapAgora(await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: room(client, 'lifecycle') }));
    expect(data.state).toBe(2);
  });

  it('listRecordings and listClassroomEvents (raw calls) answer one batch', async () => {
    const client = t.agora();
    const records = unwrapAgora(await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/records', { params: room(client, 'math class 7B') }));
    expect(records.data).toMatchObject({ total: 2, count: 2, nextId: null });
    const events = unwrapAgora(await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/sequences', { params: { ...room(client, 'math class 7B'), query: { cmd: 1 } } }));
    expect(events.data.list.every((e) => e.cmd === 1)).toBe(true);
  });

  it('pollEvents (raw call) hands each event out once', async () => {
    const client = t.agora();
    await create(client, 'poll-once');
    await setState(client, 'poll-once', 1);
    const poll = () => client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } }).then(unwrapAgora);
    expect((await poll()).data.map((e) => [e.roomUuid, e.cmd])).toEqual([['poll-once', 1]]);
    expect((await poll()).data).toEqual([]);
  });

  it('reaches the same state through a region prefix', async () => {
    const client = t.agora({ region: 'ap' });
    const { data } = unwrapAgora(await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: room(client, 'physics-101') }));
    expect(data.roomUuid).toBe('physics-101');
    expect(t.requests[0]?.url).toContain('/ap/edu/apps/');
  });
});

describe('Agora helpers against the stateful mock', () => {
  it('iterateRecordings follows nextId over the 137 recordings of study-marathon-2025 (two batches)', async () => {
    const records = await collect(iterateRecordings(t.agora(), { roomUuid: 'study-marathon-2025' }));
    expect(records).toHaveLength(137);
    expect(new Set(records.map((r) => r.recordId)).size).toBe(137);
    expect(t.requests).toHaveLength(2);
    expect(new URL(t.requests[1]?.url ?? '').searchParams.get('nextId')).toBe(records[100]?.recordId);
  });

  it('iterateRecordings yields nothing for a classroom without recordings', async () => {
    expect(await collect(iterateRecordings(t.agora(), { roomUuid: 'physics-101' }))).toEqual([]);
  });

  it('iterateClassroomEvents reads all 277 events of study-marathon-2025 in sequence order', async () => {
    const events = await collect(iterateClassroomEvents(t.agora(), { roomUuid: 'study-marathon-2025' }));
    expect(events).toHaveLength(277);
    const sequences = events.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(t.requests).toHaveLength(3);
  });

  it('pollClassroomEvents yields the events of state changes across classrooms in order, none twice', async () => {
    const client = t.agora();
    const stop = new AbortController();
    const poller = pollClassroomEvents(client, { intervalMs: 20, signal: stop.signal });
    const seen: AgoraEvent[] = [];
    await setState(client, 'physics-101', 1);
    await setRecording(client, 'physics-101', 1);
    const loop = (async () => {
      for await (const event of poller) {
        seen.push(event);
        if (seen.length === 2) await setState(client, 'math class 7B', 2); // ends it, stopping its recording too
        if (seen.length === 4) stop.abort();
      }
    })();
    await loop;
    expect(seen.map((e) => `${e.roomUuid} ${e.cmd}`)).toEqual(['physics-101 1', 'physics-101 1001', 'math class 7B 1', 'math class 7B 1001']);
    expect(poller.pending).toEqual([]);
  });

  it('pollClassroomEvents aborted mid-poll still yields what that poll took from the queue', async () => {
    const client = t.agora();
    await setState(client, 'physics-101', 1);
    const stop = new AbortController();
    const seen: AgoraEvent[] = [];
    // Abort as soon as the poll is on its way: the mock has dequeued the event by the time it answers.
    const aborting = t.agora({ fetch: (request) => { stop.abort(); return globalThis.fetch(request); } });
    for await (const event of pollClassroomEvents(aborting, { intervalMs: 0, signal: stop.signal })) seen.push(event);
    expect(seen.map((e) => `${e.roomUuid} ${e.cmd}`)).toEqual(['physics-101 1']);
    const after = await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId: client.appId } } }).then(unwrapAgora);
    expect(after.data).toEqual([]);
  });
});

describe('Agora business codes from the stateful mock, as named errors', () => {
  it.each([
    ['404 / 20404100 for an unknown room', AgoraRoomNotFoundError, (c: Client) => setState(c, 'nope', 1)],
    ['409 / 409 when the room exists', AgoraRoomAlreadyExistsError, (c: Client) => create(c, 'physics-101')],
    ['409 / 30409100 when a started class is set back to 0', AgoraClassAlreadyStartedError, (c: Client) => setState(c, 'math class 7B', 0)],
    ['409 / 30409101 when an ended class is started again', AgoraClassEndedError, (c: Client) => setState(c, 'biology-lab-3', 1)],
    ['409 / 30409410 when a recording is stopped that never started', AgoraRecordingNotStartedError, (c: Client) => setRecording(c, 'physics-101', 0)],
    ['409 / 30409411 when a recording is started twice', AgoraRecordingNotEndedError, (c: Client) => setRecording(c, 'math class 7B', 1)],
    ['410 / 30410100 when a recording starts after the class ended', AgoraRecordingAfterClassEndedError, (c: Client) => setRecording(c, 'biology-lab-3', 1)],
  ] as const)('%s', async (_label, ErrorClass, call) => {
    const error = await failure(() => call(t.agora()));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ status: expect.any(Number), code: expect.any(Number), body: { msg: expect.any(String), ts: expect.any(Number) } });
  });

  it('401 with a wrong token, and for a malformed App ID (AG-10)', async () => {
    expect(await failure(() => setState(t.agora({ token: 'wrong' }), 'physics-101', 1))).toBeInstanceOf(AgoraUnauthorizedError);
    const malformed = t.agora({ appId: 'not-hex' });
    expect(await failure(() => setState(malformed, 'physics-101', 1))).toBeInstanceOf(AgoraUnauthorizedError);
  });
});
