import { describe, expect, it } from 'vitest';
import { listClassroomEvents } from '../../../src/agora-classroom/mock/listClassroomEvents.ts';
import { listRecordings } from '../../../src/agora-classroom/mock/listRecordings.ts';
import { toRecording } from '../../../src/agora-classroom/mock/toRecording.ts';
import { APP_ID } from '../agoraTestKit.ts';
import { recordsOf, seededState } from './domainKit.ts';

const MARATHON = 'study-marathon-2025';

describe('listRecordings', () => {
  const state = seededState();
  const all = recordsOf(state, MARATHON);
  const page = (input: { roomUuid: string; nextId?: string }) => {
    const outcome = listRecordings(state, { appId: APP_ID, ...input });
    if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
    return { ...outcome.batch, list: outcome.batch.list.map(toRecording) };
  };

  it('pages 137 records as 100 then 37, oldest first, linked by the recordId of the next batch', () => {
    const first = page({ roomUuid: MARATHON });
    expect([first.total, first.list.length, first.nextId]).toEqual([137, 100, all[100]!.recordId]);
    expect(first.list).toEqual(all.slice(0, 100));
    const second = page({ roomUuid: MARATHON, nextId: first.nextId! });
    expect([second.total, second.list.length, second.nextId]).toEqual([137, 37, null]);
    expect(second.list).toEqual(all.slice(100));
  });

  it('starts a batch at any recordId of the room', () => {
    expect(page({ roomUuid: MARATHON, nextId: all[42]!.recordId }).list.map((r) => r.recordId)).toEqual(all.slice(42, 137).map((r) => r.recordId).slice(0, 100));
  });

  it.each([undefined, '', 'null'])('reads nextId %j as the first batch', (nextId) => {
    expect(page({ roomUuid: MARATHON, ...(nextId === undefined ? {} : { nextId }) }).list[0]).toEqual(all[0]);
  });

  it.each([
    ['another room\'s recordId', () => all[5]!.recordId],
    ['Agora\'s example xxx', () => 'xxx'],
  ])('gives an empty last batch for a nextId that names no record of the room (%s, AG-53)', (_label, nextId) => {
    expect(listRecordings(state, { appId: APP_ID, roomUuid: 'math class 7B', nextId: nextId() })).toEqual({ kind: 'Ok', batch: { total: 2, list: [], nextId: null } });
  });

  it('answers RoomNotFound for an unknown room', () => {
    expect(listRecordings(state, { appId: APP_ID, roomUuid: 'nope' })).toEqual({ kind: 'RoomNotFound', roomUuid: 'nope' });
  });
});

describe('listClassroomEvents', () => {
  const state = seededState();

  it('pages 277 events by sequence: 1-100, 101-200, 201-277', () => {
    const pages: [number, number, string | null][] = [];
    let nextId: string | undefined;
    do {
      const out = listClassroomEvents(state, { appId: APP_ID, roomUuid: MARATHON, nextId });
      if (out.kind !== 'Ok') throw new Error(out.kind);
      pages.push([out.batch.list[0]!.sequence, out.batch.list.length, out.batch.nextId]);
      nextId = out.batch.nextId ?? undefined;
    } while (nextId);
    expect(pages).toEqual([[1, 100, '101'], [101, 100, '201'], [201, 77, null]]);
  });

  it('filters by cmd, counts only matching events in total, and starts at the nextId sequence', () => {
    const out = listClassroomEvents(state, { appId: APP_ID, roomUuid: 'history-seminar-12', cmd: 1, nextId: '3' });
    if (out.kind !== 'Ok') throw new Error(out.kind);
    expect(out.batch.total).toBe(3);
    expect(out.batch.list.map((e) => [e.cmd, e.sequence])).toEqual([[1, 10], [1, 12]]);
  });

  it('gives an empty last batch for a nextId past the end and for a cmd the room never had', () => {
    expect(listClassroomEvents(state, { appId: APP_ID, roomUuid: MARATHON, nextId: '9999' })).toEqual({ kind: 'Ok', batch: { total: 277, list: [], nextId: null } });
    expect(listClassroomEvents(state, { appId: APP_ID, roomUuid: MARATHON, cmd: 4242 })).toEqual({ kind: 'Ok', batch: { total: 0, list: [], nextId: null } });
  });

  it.each(['abc', '-1', '1.5', '1e3'])('gives an empty last batch for a nextId %j that is not a sequence number (AG-33)', (nextId) => {
    expect(listClassroomEvents(state, { appId: APP_ID, roomUuid: 'math class 7B', nextId })).toEqual({ kind: 'Ok', batch: { total: 10, list: [], nextId: null } });
  });

  it('answers RoomNotFound for an unknown room whatever the nextId', () => {
    expect(listClassroomEvents(state, { appId: APP_ID, roomUuid: 'nope', nextId: 'abc' })).toEqual({ kind: 'RoomNotFound', roomUuid: 'nope' });
  });
});
