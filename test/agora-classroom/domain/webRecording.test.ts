import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { roomKey } from '../../../src/agora-classroom/mock/keys.ts';
import { applyDueMoments } from '../../../src/agora-classroom/mock/applyDueMoments.ts';
import { setRecordingReady } from '../../../src/agora-classroom/mock/setRecordingReady.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { setRecordingState } from '../../../src/agora-classroom/mock/setRecordingState.ts';
import { newAgoraState, type AgoraState, type Schedule } from '../../../src/agora-classroom/mock/state.ts';
import { toRecording } from '../../../src/agora-classroom/mock/toRecording.ts';
import { updateRecordingConfig } from '../../../src/agora-classroom/mock/updateRecordingConfig.ts';
import { defaultMaxRecordingHour, type RecordingRequest } from '../../../src/agora-classroom/mock/webRecording.ts';
import { APP_ID, CAPTURED_AT, HOUR, MIN } from '../agoraTestKit.ts';
import { envAt, eventsOf, newClassroom } from './domainKit.ts';

const ROOM = 'web room';
const T0 = CAPTURED_AT;
const SECOND = 1000;
const WEB: RecordingRequest = { mode: 'web', webRecordConfig: { rootUrl: 'https://rec.example/classroom' } };

/** A state holding one classroom `ROOM` (state 0) created at `T0`. */
function roomState(schedule: Schedule = { startTime: T0 + HOUR, duration: 600, closeDelay: 300 }): AgoraState {
  const state = newAgoraState();
  const created = createClassroom(state, { appId: APP_ID, roomUuid: ROOM, classroom: newClassroom({ schedule }) }, envAt(T0));
  if (created.kind !== 'Ok') throw new Error('expected the classroom to be created');
  return state;
}

/** A class without a duration: it starts an hour after `T0` and stays live under any clock (AG-37). */
const LIVE: Schedule = { startTime: T0 + HOUR, closeDelay: 600 };

const start = (state: AgoraState, body?: RecordingRequest, at = T0) => setRecordingState(state, { appId: APP_ID, roomUuid: ROOM, state: 1, body }, envAt(at));
const stop = (state: AgoraState, at: number) => setRecordingState(state, { appId: APP_ID, roomUuid: ROOM, state: 0 }, envAt(at));
const pause = (state: AgoraState, onhold: boolean, at: number) => updateRecordingConfig(state, { appId: APP_ID, roomUuid: ROOM, body: { webRecordConfig: { onhold } } }, envAt(at));
const ready = (state: AgoraState, at: number) => setRecordingReady(state, { appId: APP_ID, roomUuid: ROOM }, envAt(at));
/** The room's recordings as the record list shows them at `at` (timers applied first, as before every request). */
/** The next moment the clock acts on a recording by itself: the due index's head when it is a recording's (the rooms here schedule nothing sooner). */
const nextRecordingTimer = (state: AgoraState) => {
  const due = state.due.earliest();
  return due?.source === 'recording' ? due.at : undefined;
};

const listAt = (state: AgoraState, at: number) => {
  applyDueMoments(state, at);
  return [...state.recordIndex.ofRoom(roomKey(APP_ID, ROOM))].map((row) => toRecording(row, at));
};
/** `[cmd, data.state, data.reason]` of the room's cmd-1001 events. */
const recordingEvents = (state: AgoraState) =>
  eventsOf(state, ROOM)
    .filter((e) => e.cmd === 1001)
    .map((e) => [(e.data as { state: number }).state, (e.data as { reason?: number }).reason]);

describe('setRecordingState with a web page recording body (AG-8, AG-51)', () => {
  it('starts a web page recording (type 3) with its recorded page\'s launch query, no file yet, and reason 1', () => {
    const state = roomState();
    const outcome = start(state, WEB);
    if (outcome.kind !== 'Ok') throw new Error('expected Ok');
    expect(outcome.data).toMatchObject({ state: 1, startTime: T0, streamingUrl: null, reason: 1 });
    const [record] = listAt(state, T0);
    expect(record).toMatchObject({ type: 3, status: 1, endTime: null, recordDetails: [], unready: false });
    expect(record!.webRecordUrlQuery).toBe(`userUuid=${record!.recordUid}&roomUuid=web%20room&roomType=4&roleType=0&pretest=false&language=en&appId=${APP_ID}`);
    expect(record!.url).toBe(`scenario/recording/${APP_ID}/${record!.recordId}/${record!.sid}.m3u8`);
  });

  it('keeps the configuration with the documented defaults (1280×720, 15 fps, audio profile 0, 2000 Kbps, maxRecordingHour from the schedule)', () => {
    const state = roomState({ startTime: T0 + HOUR, duration: 3600, closeDelay: 600 });
    start(state, WEB);
    const row = state.recordIndex.running(roomKey(APP_ID, ROOM))!;
    expect(row.web).toMatchObject({ rootUrl: 'https://rec.example/classroom', publishRtmp: false, videoWidth: 1280, videoHeight: 720, videoFps: 15, audioProfile: 0, videoBitrate: 2000, maxRecordingHour: 2 });
  });

  it('takes 1500 Kbps by default below 1280×720 and the values the body gives', () => {
    const state = roomState();
    start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', videoWidth: 640, videoHeight: 480, videoFps: 30, audioProfile: 2, maxRecordingHour: 5 } });
    expect(state.recordIndex.running(roomKey(APP_ID, ROOM))!.web).toMatchObject({ videoBitrate: 1500, videoWidth: 640, videoHeight: 480, videoFps: 30, audioProfile: 2, maxRecordingHour: 5 });
  });

  it.each([
    [3600, 600, 2],
    [600, 300, 1],
    [1800, 600, 1],
    [0, 0, 1],
  ])('defaults maxRecordingHour to duration %i s + closeDelay %i s rounded up to %i h', (duration, closeDelay, hours) => {
    expect(defaultMaxRecordingHour({ schedule: { startTime: T0, duration, closeDelay } })).toBe(hours);
  });

  it('defaults maxRecordingHour to 2 hours for a classroom without a duration', () => {
    expect(defaultMaxRecordingHour({ schedule: { startTime: T0, closeDelay: 600 } as unknown as Schedule })).toBe(2);
  });

  it('takes webRecordUrlQuery from webRecordConfig.url when given, exactly as written', () => {
    const state = roomState();
    const url = 'https://webdemo.agora.io/xxxxx/?userUuid={recorder_id}&roomUuid={room_id_to_be_recorded}&roleType=0&roomType=4&pretest=false&rtmToken={recorder_token}&language=en&appId={your_app_id}';
    start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://xxx.yyy.zzz', url } });
    expect(listAt(state, T0)[0]!.webRecordUrlQuery).toBe(url.slice(url.indexOf('?') + 1));
  });

  it.each([true, 'true'] as const)('answers and announces the live.mock.invalid streamingUrl when publishRtmp is %j (AG-7)', (publishRtmp) => {
    const state = roomState();
    const outcome = start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', publishRtmp } });
    if (outcome.kind !== 'Ok') throw new Error('expected Ok');
    const id = outcome.data.recordId;
    const streamingUrl = { rtmp: `rtmp://live.mock.invalid/${APP_ID}/${id}`, flv: `https://live.mock.invalid/${APP_ID}/${id}.flv`, hls: `https://live.mock.invalid/${APP_ID}/${id}.m3u8` };
    expect(outcome.data.streamingUrl).toEqual(streamingUrl);
    expect(eventsOf(state, ROOM).at(-1)!.data).toMatchObject({ streamingUrl });
    const stopped = stop(state, T0 + MIN);
    expect(stopped.kind === 'Ok' && stopped.data).toMatchObject({ state: 2, reason: 2, streamingUrl });
  });

  it.each([false, 'false'] as const)('sends streamingUrl null when publishRtmp is %j', (publishRtmp) => {
    const outcome = start(roomState(), { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', publishRtmp } });
    expect(outcome.kind === 'Ok' && outcome.data.streamingUrl).toBeNull();
  });

  it.each([
    ['an empty rootUrl', { mode: 'web', webRecordConfig: { rootUrl: '' } }],
    ['no webRecordConfig', { mode: 'web' }],
  ] as const)('answers WebRecordingRootUrlEmpty (400/30400412) for mode web with %s, and writes nothing', (_label, body) => {
    const state = roomState();
    const { result, changes } = state.store.transaction(() => start(state, body as RecordingRequest));
    expect(result).toEqual({ kind: 'WebRecordingRootUrlEmpty', roomUuid: ROOM });
    expect(changes).toEqual([]);
  });

  it('checks rootUrl before the classroom: a bad body for an unknown classroom is 30400412 too', () => {
    const state = newAgoraState();
    expect(setRecordingState(state, { appId: APP_ID, roomUuid: 'nowhere', state: 1, body: { mode: 'web', webRecordConfig: { rootUrl: '' } } }, envAt(T0)).kind).toBe('WebRecordingRootUrlEmpty');
  });

  it('records composite (type 2) without mode and ignores webRecordConfig and retryTimeout then', () => {
    const state = roomState();
    start(state, { webRecordConfig: { rootUrl: '' }, retryTimeout: 10 });
    const [record] = listAt(state, T0 + HOUR);
    expect(record).toMatchObject({ type: 2, status: 1 });
    expect(record).not.toHaveProperty('recordDetails');
    expect(record).not.toHaveProperty('unready');
    expect(nextRecordingTimer(state)).toBeUndefined();
  });

  it('ignores the body of a stop, even one that would be refused on a start', () => {
    const state = roomState();
    start(state, WEB);
    const stopped = setRecordingState(state, { appId: APP_ID, roomUuid: ROOM, state: 0, body: { mode: 'web', webRecordConfig: { rootUrl: '' } } }, envAt(T0 + MIN));
    expect(stopped.kind).toBe('Ok');
  });
});

describe('web page recording files (recordDetails, AG-51)', () => {
  it('lists one MP4 per started 2 hours of recorded time, named scenario/recording/{appId}/{recordId}/{sid}_{n}.mp4', () => {
    const state = roomState({ startTime: T0, duration: 86_400, closeDelay: 600 });
    start(state, WEB);
    const [first] = listAt(state, T0 + SECOND);
    const prefix = `scenario/recording/${APP_ID}/${first!.recordId}/${first!.sid}`;
    expect(first!.recordDetails).toEqual([{ url: `${prefix}_0.mp4` }]);
    expect(listAt(state, T0 + 2 * HOUR)[0]!.recordDetails).toHaveLength(1);
    expect(listAt(state, T0 + 2 * HOUR + SECOND)[0]!.recordDetails).toEqual([{ url: `${prefix}_0.mp4` }, { url: `${prefix}_1.mp4` }]);
  });

  it('keeps the files of a stopped recording as they were at its end', () => {
    const state = roomState({ startTime: T0, duration: 86_400, closeDelay: 600 });
    start(state, WEB);
    stop(state, T0 + 3 * HOUR);
    // Read before the class ends (T0 + 24 h): the room is destroyed an hour after it closes (AG-41).
    expect(listAt(state, T0 + 20 * HOUR)[0]).toMatchObject({ status: 2, endTime: T0 + 3 * HOUR, recordDetails: [{}, {}], unready: false });
  });

  it('writes nothing while a task started on hold is not resumed, and counts from the resume (AG-52)', () => {
    const state = roomState();
    start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', onhold: true } });
    expect(listAt(state, T0 + 30 * MIN)[0]!.recordDetails).toEqual([]);
    expect(pause(state, false, T0 + 30 * MIN).kind).toBe('Ok');
    expect(listAt(state, T0 + 30 * MIN + SECOND)[0]!.recordDetails).toHaveLength(1);
  });
});

describe('updateRecordingConfig (PATCH, AG-52)', () => {
  it('pauses with onhold true (no new file while paused) and resumes with onhold false', () => {
    const state = roomState({ startTime: T0, duration: 86_400, closeDelay: 600 });
    start(state, WEB);
    pause(state, true, T0 + HOUR);
    // Paused after 1 h of recording: 5 more hours on hold write nothing.
    expect(listAt(state, T0 + 6 * HOUR)[0]!.recordDetails).toHaveLength(1);
    pause(state, false, T0 + 6 * HOUR);
    expect(listAt(state, T0 + 7 * HOUR)[0]!.recordDetails).toHaveLength(1);
    expect(listAt(state, T0 + 7 * HOUR + SECOND)[0]!.recordDetails).toHaveLength(2);
  });

  it('keeps the rest of the configuration (streamingUrl, page query, maxRecordingHour)', () => {
    const state = roomState();
    start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', publishRtmp: true, maxRecordingHour: 3, videoFps: 24 } });
    const before = state.recordIndex.running(roomKey(APP_ID, ROOM))!;
    pause(state, true, T0 + MIN);
    const after = state.recordIndex.running(roomKey(APP_ID, ROOM))!;
    expect(after.onhold).toBe(true);
    expect(after.web).toMatchObject({ publishRtmp: true, maxRecordingHour: 3, videoFps: 24, webRecordUrlQuery: before.web!.webRecordUrlQuery, rootUrl: 'https://r.example' });
    expect(stop(state, T0 + 2 * MIN)).toMatchObject({ data: { streamingUrl: { rtmp: expect.stringMatching(/^rtmp:\/\/live\.mock\.invalid\//) } } });
  });

  it('reads a body without webRecordConfig as onhold false: each call replaces the previous one', () => {
    const state = roomState();
    start(state, WEB);
    pause(state, true, T0 + MIN);
    updateRecordingConfig(state, { appId: APP_ID, roomUuid: ROOM, body: {} }, envAt(T0 + 2 * MIN));
    expect(state.recordIndex.running(roomKey(APP_ID, ROOM))!.onhold).toBe(false);
  });

  it('pauses a composite recording too, and emits no event', () => {
    const state = roomState();
    start(state);
    const events = eventsOf(state, ROOM).length;
    expect(pause(state, true, T0 + MIN)).toMatchObject({ kind: 'Ok', record: { type: 2, onhold: true } });
    expect(eventsOf(state, ROOM)).toHaveLength(events);
  });

  it('answers RecordingNotStarted (409/30409410) when nothing is recording, and RoomNotFound for an unknown classroom', () => {
    const state = roomState();
    expect(pause(state, true, T0)).toEqual({ kind: 'RecordingNotStarted', roomUuid: ROOM });
    start(state, WEB);
    stop(state, T0 + MIN);
    expect(pause(state, false, T0 + 2 * MIN).kind).toBe('RecordingNotStarted');
    expect(updateRecordingConfig(state, { appId: APP_ID, roomUuid: 'nowhere', body: {} }, envAt(T0)).kind).toBe('RoomNotFound');
  });
});

describe('the recorded page\'s ready call and retryTimeout (AG-51)', () => {
  const RETRYING: RecordingRequest = { ...WEB, retryTimeout: 60 };

  it('retries twice (cmd 1001 state 1 reason 4), then gives up: status 2, unready, cmd 1001 state 2 reason 5, each at its own moment', () => {
    const state = roomState();
    start(state, RETRYING);
    // One clock jump past all three waits applies them in order.
    const [record] = listAt(state, T0 + 10 * MIN);
    expect(recordingEvents(state)).toEqual([[1, 1], [1, 4], [1, 4], [2, 5]]);
    expect(record).toMatchObject({ status: 2, endTime: T0 + 180 * SECOND, unready: true, recordDetails: [] });
    expect(nextRecordingTimer(state)).toBeUndefined();
  });

  it('is still waiting, with one retry done, between the first and the second timeout', () => {
    const state = roomState();
    start(state, RETRYING);
    listAt(state, T0 + 60 * SECOND);
    expect(recordingEvents(state)).toEqual([[1, 1], [1, 4]]);
    expect(nextRecordingTimer(state)).toBe(T0 + 120 * SECOND);
  });

  it('starts recording at a ready call within the first wait, with no event', () => {
    const state = roomState();
    start(state, RETRYING);
    expect(ready(state, T0 + 30 * SECOND)).toEqual({ kind: 'Ok', changed: true });
    expect(recordingEvents(state)).toEqual([[1, 1]]);
    // The page was not ready before: nothing was recorded until the call.
    expect(listAt(state, T0 + 30 * SECOND)[0]!.recordDetails).toEqual([]);
    expect(listAt(state, T0 + 10 * MIN)[0]).toMatchObject({ status: 1, unready: false, recordDetails: [{}] });
  });

  it('announces a ready call after a retry with cmd 1001 state 1 reason 3, and waits no more', () => {
    const state = roomState();
    start(state, RETRYING);
    listAt(state, T0 + 90 * SECOND);
    expect(ready(state, T0 + 90 * SECOND).kind).toBe('Ok');
    listAt(state, T0 + 10 * MIN);
    expect(recordingEvents(state)).toEqual([[1, 1], [1, 4], [1, 3]]);
    expect(listAt(state, T0 + 10 * MIN)[0]).toMatchObject({ status: 1, unready: false });
  });

  it('changes nothing on a second ready call, or for a recording that waits for nothing', () => {
    const state = roomState();
    start(state, RETRYING);
    ready(state, T0 + SECOND);
    expect(ready(state, T0 + 2 * SECOND)).toEqual({ kind: 'Ok', changed: false });
    stop(state, T0 + MIN);
    start(state, WEB, T0 + 2 * MIN);
    expect(ready(state, T0 + 3 * MIN)).toEqual({ kind: 'Ok', changed: false });
    stop(state, T0 + 4 * MIN);
    start(state, undefined, T0 + 5 * MIN);
    expect(ready(state, T0 + 6 * MIN)).toEqual({ kind: 'Ok', changed: false });
  });

  it('reads retryTimeout 0 as no wait', () => {
    const state = roomState();
    start(state, { ...WEB, retryTimeout: 0 });
    listAt(state, T0 + MIN);
    expect(recordingEvents(state)).toEqual([[1, 1]]);
  });

  it('answers RecordingNotStarted (409/30409410) when nothing is recording', () => {
    expect(ready(roomState(), T0)).toEqual({ kind: 'RecordingNotStarted', roomUuid: ROOM });
  });
});

describe('maxRecordingHour (AG-51)', () => {
  it('stops the recording by itself maxRecordingHour hours after its start, on hold or not (cmd 1001 state 2 reason 2)', () => {
    const state = roomState(LIVE);
    start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', maxRecordingHour: 1 } });
    pause(state, true, T0 + MIN);
    expect(listAt(state, T0 + HOUR - 1)[0]!.status).toBe(1);
    expect(listAt(state, T0 + 3 * HOUR)[0]).toMatchObject({ status: 2, endTime: T0 + HOUR, recordDetails: [{}] });
    expect(recordingEvents(state)).toEqual([[1, 1], [2, 2]]);
  });

  it('stops a recording still waiting for its page when maxRecordingHour comes first', () => {
    const state = roomState(LIVE);
    start(state, { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', maxRecordingHour: 1 }, retryTimeout: 3 * 3600 });
    expect(listAt(state, T0 + 5 * HOUR)[0]).toMatchObject({ status: 2, endTime: T0 + HOUR, unready: false });
    expect(recordingEvents(state)).toEqual([[1, 1], [2, 2]]);
  });

  it('never stops a composite recording by itself', () => {
    const state = roomState(LIVE);
    start(state);
    expect(nextRecordingTimer(state)).toBeUndefined();
    applyDueMoments(state, T0 + 1000 * HOUR);
    expect(listAt(state, T0 + 1000 * HOUR)[0]!.status).toBe(1);
  });
});

describe('a web page recording and its class (AG-49)', () => {
  it('stops when the class ends: cmd 1001 state 2 reason 2, its files as they were, no timer left', () => {
    const state = roomState({ startTime: T0, duration: 86_400, closeDelay: 600 });
    start(state, { ...WEB, retryTimeout: 600 });
    ready(state, T0 + MIN);
    setClassroomState(state, { appId: APP_ID, roomUuid: ROOM, state: 2 }, envAt(T0 + 3 * HOUR));
    // Read before the room is destroyed (an hour after it closes at T0 + 3 h 10 min, AG-41).
    expect(listAt(state, T0 + 4 * HOUR)[0]).toMatchObject({ status: 2, endTime: T0 + 3 * HOUR, unready: false, recordDetails: [{}, {}] });
    expect(recordingEvents(state)).toEqual([[1, 1], [2, 2]]);
    expect(nextRecordingTimer(state)).toBeUndefined();
  });
});

describe('the recording timer index', () => {
  it('holds only running web recordings, earliest first, and forgets a recording once it stops', () => {
    const state = newAgoraState();
    for (const roomUuid of ['a', 'b']) createClassroom(state, { appId: APP_ID, roomUuid, classroom: newClassroom() }, envAt(T0));
    setRecordingState(state, { appId: APP_ID, roomUuid: 'a', state: 1, body: { ...WEB, retryTimeout: 600 } }, envAt(T0));
    setRecordingState(state, { appId: APP_ID, roomUuid: 'b', state: 1, body: { ...WEB, retryTimeout: 60 } }, envAt(T0));
    expect(nextRecordingTimer(state)).toBe(T0 + 60 * SECOND);
    setRecordingState(state, { appId: APP_ID, roomUuid: 'b', state: 0 }, envAt(T0 + SECOND));
    expect(nextRecordingTimer(state)).toBe(T0 + 600 * SECOND);
  });

  it('follows a rollback: an undone stop puts the timer back', () => {
    const state = roomState();
    state.store.transaction(() => start(state, { ...WEB, retryTimeout: 60 }));
    expect(nextRecordingTimer(state)).toBe(T0 + 60 * SECOND);
    const stopped = state.store.transaction(() => stop(state, T0 + SECOND));
    expect(nextRecordingTimer(state)).toBeUndefined();
    stopped.undo();
    expect(nextRecordingTimer(state)).toBe(T0 + 60 * SECOND);
  });

  it('costs nothing on a request where nothing is due', () => {
    const state = roomState();
    start(state, { ...WEB, retryTimeout: 60 });
    const { result, changes } = state.store.transaction(() => applyDueMoments(state, T0 + 59 * SECOND));
    expect([result, changes]).toEqual([0, []]);
  });
});
