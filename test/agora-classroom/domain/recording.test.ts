import { describe, expect, it } from 'vitest';
import { setRecordingState } from '../../../src/agora-classroom/mock/setRecordingState.ts';
import { APP_ID, CAPTURED_AT, MIN } from '../agoraTestKit.ts';
import { envAt, eventsOf, inTransaction, queueOf, recordsOf, seededState } from './domainKit.ts';

const ENGLISH = 'english 1on1 (Anna & Leo)';

describe('setRecordingState', () => {
  it('appends a record with status 1 and ids shaped like Agora\'s when recording starts', () => {
    const state = seededState();
    const outcome = setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 1 }, envAt(CAPTURED_AT));
    const record = recordsOf(state, ENGLISH).at(-1)!;
    expect(record).toMatchObject({ appId: APP_ID, roomUuid: ENGLISH, startTime: CAPTURED_AT, endTime: null, status: 1, type: 2 });
    expect(record).not.toHaveProperty('serial');
    expect(record.recordId).toMatch(new RegExp(`^${Math.floor(CAPTURED_AT / 1000).toString(16)}[0-9a-f]{16}$`));
    expect(record.sid).toMatch(/^[0-9a-f]{32}$/);
    expect(record.resourceId).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(record.url).toBe(`scenario/recording/${APP_ID}/${record.recordId}/${record.sid}.m3u8`);
    expect(outcome).toEqual({ kind: 'Ok', data: { recordId: record.recordId, sid: record.sid, resourceId: record.resourceId, state: 1, startTime: CAPTURED_AT, streamingUrl: null, reason: 1 } });
    expect(eventsOf(state, ENGLISH).at(-1)).toEqual({ roomUuid: ENGLISH, cmd: 1001, sequence: 4, version: 1, data: outcome.kind === 'Ok' ? outcome.data : null });
  });

  it('stops the running record (status 2, endTime now) and announces it with a cmd-1001 event', () => {
    const state = seededState();
    const started = setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 1 }, envAt(CAPTURED_AT));
    const stopped = setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 0 }, envAt(CAPTURED_AT + 7 * MIN));
    if (started.kind !== 'Ok' || stopped.kind !== 'Ok') throw new Error('expected Ok');
    expect(stopped.data).toEqual({ ...started.data, state: 2, reason: 2 });
    expect(recordsOf(state, ENGLISH)).toEqual([expect.objectContaining({ recordId: started.data.recordId, status: 2, endTime: CAPTURED_AT + 7 * MIN })]);
    expect(queueOf(state)).toEqual([{ roomUuid: ENGLISH, sequence: 4 }, { roomUuid: ENGLISH, sequence: 5 }]);
  });

  it('keeps a room\'s recordings in start order when the mock clock has been set back', () => {
    const state = seededState();
    setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 1 }, envAt(CAPTURED_AT));
    setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 0 }, envAt(CAPTURED_AT + MIN));
    setRecordingState(state, { appId: APP_ID, roomUuid: ENGLISH, state: 1 }, envAt(CAPTURED_AT - 60 * MIN));
    expect(recordsOf(state, ENGLISH).map((r) => [r.startTime, r.status])).toEqual([[CAPTURED_AT, 2], [CAPTURED_AT - 60 * MIN, 1]]);
  });

  it.each([
    ['starting while recording', 'math class 7B', 1, 'RecordingNotEnded'],
    ['stopping while not recording', ENGLISH, 0, 'RecordingNotStarted'],
    ['starting after the class ended', 'biology-lab-3', 1, 'ClassEnded'],
    ['starting after the class closed', 'history-seminar-12', 1, 'ClassEnded'],
    ['stopping after the class ended (ending stopped it)', 'biology-lab-3', 0, 'RecordingNotStarted'],
    ['any change in an unknown room', 'no-such-room', 1, 'RoomNotFound'],
  ] as const)('fails %s with %s, state untouched', (_label, roomUuid, to, kind) => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => setRecordingState(state, { appId: APP_ID, roomUuid, state: to }, envAt(CAPTURED_AT)));
    expect(result.kind).toBe(kind);
    expect(changes).toEqual([]);
  });

  it('allows recording before the class has started (state 0)', () => {
    expect(setRecordingState(seededState(), { appId: APP_ID, roomUuid: 'physics-101', state: 1 }, envAt(CAPTURED_AT)).kind).toBe('Ok');
  });
});
