import type { DomainEnv } from '../../src/core/domain/DomainEnv.ts';
import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../src/agora-classroom/mock/createClassroom.ts';
import { EVENT_RETENTION_MS, expireEvents } from '../../src/agora-classroom/mock/expireEvents.ts';
import { listClassroomEvents } from '../../src/agora-classroom/mock/listClassroomEvents.ts';
import { listRecordings } from '../../src/agora-classroom/mock/listRecordings.ts';
import { loadSeed } from '../../src/agora-classroom/mock/loadSeed.ts';
import { pollEvents, POLL_LIMIT } from '../../src/agora-classroom/mock/pollEvents.ts';
import { setClassroomState } from '../../src/agora-classroom/mock/setClassroomState.ts';
import { setRecordingState } from '../../src/agora-classroom/mock/setRecordingState.ts';
import { findRoom, type AppState, type Room } from '../../src/agora-classroom/mock/state.ts';

import { CAPTURED_AT, HOUR, MIN, newRoomBody, SEED } from './agoraTestKit.ts';

const seededApp = (): AppState => loadSeed(SEED).apps[0]!;

/** A fixed env: the clock at `nowMs`, ids counting up (so tests see distinct, stable ids). */
function envAt(nowMs: number): DomainEnv {
  let n = 0;
  return {
    nowMs,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    randomHex: (length) => (++n).toString(16).padStart(length, '0').slice(-length),
  };
}

const room = (app: AppState, roomUuid: string): Room => findRoom(app, roomUuid)!;

describe('setClassroomState', () => {
  it('stamps startTime and emits one cmd-1 event with the next sequence when a class starts', () => {
    const env = envAt(CAPTURED_AT);
    const { app, outcome } = setClassroomState(seededApp(), { roomUuid: 'physics-101', state: 1 }, env);
    expect(outcome).toEqual({ kind: 'Ok', changed: true });
    const r = room(app, 'physics-101');
    expect([r.state, r.startTime, r.endTime, r.closeTime]).toEqual([1, CAPTURED_AT, null, null]);
    expect(r.events).toEqual([{ roomUuid: 'physics-101', cmd: 1, sequence: 1, version: 1, data: { startTime: CAPTURED_AT, state: 1, endTime: null, closeTime: null } }]);
    expect(app.pending).toEqual([{ roomUuid: 'physics-101', sequence: 1 }]);
  });

  it('forecasts closeTime as end + closeDelay when a class ends, and uses the moment of closing on close', () => {
    const ended = setClassroomState(seededApp(), { roomUuid: 'english 1on1 (Anna & Leo)', state: 2 }, envAt(CAPTURED_AT)).app;
    expect(room(ended, 'english 1on1 (Anna & Leo)').events.at(-1)!.data).toEqual({ startTime: CAPTURED_AT - 5 * MIN, state: 2, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + 300_000 });
    const closed = setClassroomState(ended, { roomUuid: 'english 1on1 (Anna & Leo)', state: 3 }, envAt(CAPTURED_AT + MIN)).app;
    expect(room(closed, 'english 1on1 (Anna & Leo)').events.at(-1)!.data).toEqual({ startTime: CAPTURED_AT - 5 * MIN, state: 3, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + MIN });
  });

  it('ends the class at the moment of closing when a class is closed without having ended (1 -> 3)', () => {
    const { app } = setClassroomState(seededApp(), { roomUuid: 'english 1on1 (Anna & Leo)', state: 3 }, envAt(CAPTURED_AT));
    const r = room(app, 'english 1on1 (Anna & Leo)');
    expect([r.state, r.endTime, r.closeTime]).toEqual([3, CAPTURED_AT, CAPTURED_AT]);
  });

  it('keeps startTime null when a class that never started is ended (0 -> 2)', () => {
    const { app } = setClassroomState(seededApp(), { roomUuid: 'physics-101', state: 2 }, envAt(CAPTURED_AT));
    expect(room(app, 'physics-101').events.at(-1)!.data).toEqual({ startTime: null, state: 2, endTime: CAPTURED_AT, closeTime: CAPTURED_AT + 600_000 });
  });

  it.each([2, 3] as const)('stops a running recording when the class goes to %i, emitting cmd 1 then cmd 1001', (to) => {
    const { app } = setClassroomState(seededApp(), { roomUuid: 'math class 7B', state: to }, envAt(CAPTURED_AT));
    const r = room(app, 'math class 7B');
    expect(r.records.at(-1)).toMatchObject({ status: 2, endTime: CAPTURED_AT });
    expect(r.events.slice(-2).map((e) => [e.cmd, e.sequence, (e.data as { state: number }).state])).toEqual([[1, 11, to], [1001, 12, 2]]);
  });

  it('changes nothing and emits nothing when the class is set to its current state', () => {
    const before = seededApp();
    const { app, outcome } = setClassroomState(before, { roomUuid: 'math class 7B', state: 1 }, envAt(CAPTURED_AT));
    expect(outcome).toEqual({ kind: 'Ok', changed: false });
    expect(app).toBe(before);
  });

  it('leaves the state untouched on a conflict', () => {
    const before = seededApp();
    const { app, outcome } = setClassroomState(before, { roomUuid: 'biology-lab-3', state: 1 }, envAt(CAPTURED_AT));
    expect(outcome).toEqual({ kind: 'ClassStateConflict', code: 30409101, from: 2, to: 1 });
    expect(app).toBe(before);
  });
});

describe('setRecordingState', () => {
  it('appends a record with status 1 and ids shaped like Agora\'s when recording starts', () => {
    const env = envAt(CAPTURED_AT);
    const { app, outcome } = setRecordingState(seededApp(), { roomUuid: 'english 1on1 (Anna & Leo)', state: 1 }, env);
    const record = room(app, 'english 1on1 (Anna & Leo)').records.at(-1)!;
    expect(record).toMatchObject({ appId: app.appId, roomUuid: 'english 1on1 (Anna & Leo)', startTime: CAPTURED_AT, endTime: null, status: 1, type: 2 });
    expect(record.recordId).toMatch(new RegExp(`^${Math.floor(CAPTURED_AT / 1000).toString(16)}[0-9a-f]{16}$`));
    expect(record.sid).toMatch(/^[0-9a-f]{32}$/);
    expect(record.url).toBe(`scenario/recording/${app.appId}/${record.recordId}/${record.sid}.m3u8`);
    expect(outcome).toEqual({ kind: 'Ok', data: { recordId: record.recordId, sid: record.sid, resourceId: record.resourceId, state: 1, startTime: CAPTURED_AT, streamingUrl: null } });
  });

  it.each([
    ['starting while recording', 'math class 7B', 1, 'RecordingNotEnded'],
    ['stopping while not recording', 'english 1on1 (Anna & Leo)', 0, 'RecordingNotStarted'],
    ['starting after the class ended', 'biology-lab-3', 1, 'ClassEnded'],
    ['starting after the class closed', 'history-seminar-12', 1, 'ClassEnded'],
    ['stopping after the class ended (ending stopped it)', 'biology-lab-3', 0, 'RecordingNotStarted'],
    ['any change in an unknown room', 'no-such-room', 1, 'RoomNotFound'],
  ] as const)('fails %s with %s, state untouched', (_label, roomUuid, state, kind) => {
    const before = seededApp();
    const { app, outcome } = setRecordingState(before, { roomUuid, state }, envAt(CAPTURED_AT));
    expect(outcome.kind).toBe(kind);
    expect(app).toBe(before);
  });

  it('allows recording before the class has started (state 0)', () => {
    expect(setRecordingState(seededApp(), { roomUuid: 'physics-101', state: 1 }, envAt(CAPTURED_AT)).outcome.kind).toBe('Ok');
  });
});

describe('listRecordings', () => {
  const app = seededApp();
  const all = room(app, 'study-marathon-2025').records;

  it('pages 137 records as 100 then 37, oldest first, linked by the recordId of the next batch', () => {
    const first = listRecordings(app, { roomUuid: 'study-marathon-2025' });
    if (first.kind !== 'Ok') throw new Error(first.kind);
    expect([first.page.total, first.page.count, first.page.nextId]).toEqual([137, 100, all[100]!.recordId]);
    expect(first.page.list).toEqual(all.slice(0, 100));
    const second = listRecordings(app, { roomUuid: 'study-marathon-2025', nextId: first.page.nextId! });
    if (second.kind !== 'Ok') throw new Error(second.kind);
    expect([second.page.total, second.page.count, second.page.nextId]).toEqual([137, 37, null]);
    expect(second.page.list).toEqual(all.slice(100));
  });

  it.each([undefined, '', 'null'])('reads nextId %j as the first batch', (nextId) => {
    const page = listRecordings(app, { roomUuid: 'study-marathon-2025', nextId });
    expect(page.kind === 'Ok' && page.page.list[0]).toEqual(all[0]);
  });

  it('rejects a nextId that names no record of the room', () => {
    expect(listRecordings(app, { roomUuid: 'math class 7B', nextId: all[5]!.recordId })).toMatchObject({ kind: 'BadParameter', name: 'nextId' });
  });
});

describe('listClassroomEvents', () => {
  const app = seededApp();

  it('pages 277 events by sequence: 1-100, 101-200, 201-277', () => {
    const pages: [number, number, string | null][] = [];
    let nextId: string | undefined;
    do {
      const out = listClassroomEvents(app, { roomUuid: 'study-marathon-2025', nextId });
      if (out.kind !== 'Ok') throw new Error(out.kind);
      pages.push([out.page.list[0]!.sequence, out.page.count, out.page.nextId]);
      nextId = out.page.nextId ?? undefined;
    } while (nextId);
    expect(pages).toEqual([[1, 100, '101'], [101, 100, '201'], [201, 77, null]]);
  });

  it('filters by cmd, counts only matching events in total, and starts at the nextId sequence', () => {
    const out = listClassroomEvents(app, { roomUuid: 'history-seminar-12', cmd: 1, nextId: '3' });
    if (out.kind !== 'Ok') throw new Error(out.kind);
    expect(out.page.total).toBe(3);
    expect(out.page.list.map((e) => [e.cmd, e.sequence])).toEqual([[1, 10], [1, 12]]);
  });

  it('rejects a nextId that is not a sequence number', () => {
    expect(listClassroomEvents(app, { roomUuid: 'math class 7B', nextId: 'abc' })).toMatchObject({ kind: 'BadParameter', name: 'nextId' });
  });
});

describe('pollEvents', () => {
  it(`delivers each event once, oldest first across rooms, at most ${POLL_LIMIT} at a time`, () => {
    let app = seededApp();
    for (let i = 0; i < 60; i++) {
      const roomUuid = `room-${i}`;
      app = createClassroom(app, { roomUuid, body: newRoomBody() as never }, envAt(CAPTURED_AT)).app;
      app = setClassroomState(app, { roomUuid, state: 1 }, envAt(CAPTURED_AT + i)).app;
      app = setRecordingState(app, { roomUuid, state: 1 }, envAt(CAPTURED_AT + i)).app;
    }
    const first = pollEvents(app);
    expect(first.events).toHaveLength(100);
    expect(first.events.slice(0, 3).map((e) => [e.roomUuid, e.cmd, e.sequence])).toEqual([['room-0', 1, 1], ['room-0', 1001, 2], ['room-1', 1, 1]]);
    const second = pollEvents(first.app);
    expect(second.events.map((e) => e.roomUuid)).toEqual(Array.from({ length: 20 }, (_, i) => `room-${50 + Math.floor(i / 2)}`));
    expect(pollEvents(second.app).events).toEqual([]);
  });
});

describe('expireEvents', () => {
  it('drops a closed room\'s events, listed and queued, one hour after it closed, and nothing before', () => {
    const closedAt = CAPTURED_AT;
    const app = setClassroomState(seededApp(), { roomUuid: 'math class 7B', state: 3 }, envAt(closedAt)).app;
    const justBefore = expireEvents(app, closedAt + EVENT_RETENTION_MS - 1);
    expect(room(justBefore, 'math class 7B').events).toEqual(room(app, 'math class 7B').events);
    expect(justBefore.pending).toEqual([{ roomUuid: 'math class 7B', sequence: 11 }, { roomUuid: 'math class 7B', sequence: 12 }]);
    const expired = expireEvents(app, closedAt + EVENT_RETENTION_MS);
    expect(room(expired, 'math class 7B').events).toEqual([]);
    expect(room(expired, 'math class 7B').records).toEqual(room(app, 'math class 7B').records);
    expect(expired.pending).toEqual([]);
  });

  it('keeps the seeded closed room\'s history readable until an hour after its close', () => {
    const app = seededApp();
    expect(room(expireEvents(app, CAPTURED_AT + 30 * MIN - 1), 'history-seminar-12').events).toHaveLength(12);
    expect(room(expireEvents(app, CAPTURED_AT + HOUR / 2), 'history-seminar-12').events).toEqual([]);
  });
});
