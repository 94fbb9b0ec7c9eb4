import { describe, expect, it } from 'vitest';
import { AGORA_DEFAULTS, createAgoraClassroomMock } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { applyDueMoments } from '../../../src/agora-classroom/mock/applyDueMoments.ts';
import { kickUser } from '../../../src/agora-classroom/mock/kickUser.ts';
import { roomKey } from '../../../src/agora-classroom/mock/keys.ts';
import { pollEvents } from '../../../src/agora-classroom/mock/pollEvents.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { setRecordingState } from '../../../src/agora-classroom/mock/setRecordingState.ts';
import type { AgoraState } from '../../../src/agora-classroom/mock/state.ts';
import type { StoreChange } from '../../../src/core/store/Store.ts';
import { APP_ID, CAPTURED_AT, HOUR, MIN } from '../agoraTestKit.ts';
import { envAt, eventsOf, join, newClassroom, queueOf, recordsOf, seededState } from './domainKit.ts';

/** Everything the indexes answer, per room and per App: two states that agree here answer every request alike. */
function picture(state: AgoraState) {
  const rooms = [...state.rooms.values()].map((room) => {
    const key = roomKey(room.appId, room.roomUuid);
    return {
      room,
      events: eventsOf(state, room.roomUuid, room.appId),
      classEvents: [...state.eventIndex.ofRoom(key, 1)].map((e) => e.sequence),
      records: recordsOf(state, room.roomUuid, room.appId),
      running: state.recordIndex.running(key)?.recordId ?? null,
      users: [...state.userIndex.ofRoom(key)],
      online: [...state.userIndex.onlineOf(key)].map((u) => u.userUuid),
      students: state.userIndex.onlineCount(key, 2),
    };
  });
  const queue = [...state.pollingQueue.ofApp(APP_ID)];
  return { apps: [...state.apps.values()], rooms, queue, due: state.due.earliest() ?? null };
}

/**
 * A busy stretch of work: a new room, users joining and kicked, classes started and ended,
 * recordings, a poll, then the clock two hours on (closes, destructions, retained events dropped).
 */
function work(state: AgoraState, startMs: number): void {
  const at = (offset: number) => envAt(startMs + offset);
  applyDueMoments(state, startMs);
  createClassroom(state, { appId: APP_ID, roomUuid: 'lab', classroom: newClassroom() }, at(0));
  join(state, 'lab', 'student_1', startMs);
  setClassroomState(state, { appId: APP_ID, roomUuid: 'lab', state: 1 }, at(MIN));
  setRecordingState(state, { appId: APP_ID, roomUuid: 'lab', state: 1 }, at(2 * MIN));
  kickUser(state, { appId: APP_ID, roomUuid: 'math class 7B', userUuid: 'student_2' }, at(2 * MIN));
  pollEvents(state, { appId: APP_ID });
  setClassroomState(state, { appId: APP_ID, roomUuid: 'math class 7B', state: 3 }, at(4 * MIN));
  setRecordingState(state, { appId: APP_ID, roomUuid: 'study-marathon-2025', state: 0 }, at(5 * MIN));
  applyDueMoments(state, startMs + 2 * HOUR);
}

describe('the Agora indexes follow their tables', () => {
  it('are as they were after a transaction that throws (every write undone in reverse)', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: 'physics-101', state: 1 }, envAt(CAPTURED_AT));
    const before = picture(state);
    expect(() =>
      state.store.transaction(() => {
        work(state, CAPTURED_AT);
        throw new Error('the state file could not be written');
      }),
    ).toThrow('could not be written');
    expect(picture(state)).toEqual(before);
  });

  it('put a poll\'s events back at the head of the queue, in order, when it is undone (a HEAD request)', () => {
    const state = seededState();
    for (const roomUuid of ['physics-101', 'math class 7B', 'english 1on1 (Anna & Leo)']) setClassroomState(state, { appId: APP_ID, roomUuid, state: 2 }, envAt(CAPTURED_AT));
    const queue = queueOf(state);
    const { result, undo } = state.store.transaction(() => pollEvents(state, { appId: APP_ID }));
    expect(result.kind === 'Ok' && result.events).toHaveLength(queue.length);
    expect(queueOf(state)).toEqual([]);
    undo();
    expect(queueOf(state)).toEqual(queue);
  });

  it('put a destroyed room\'s rows back, in order and due again, when the destruction is undone (a HEAD request)', () => {
    const state = seededState();
    const before = picture(state);
    const { result, undo } = state.store.transaction(() => applyDueMoments(state, CAPTURED_AT + MIN * 30));
    // biology-lab-3 closes, the English lesson ends and closes, history-seminar-12 is destroyed.
    expect(result).toBe(4);
    expect(eventsOf(state, 'history-seminar-12')).toEqual([]);
    undo();
    expect(picture(state)).toEqual(before);
  });

  it('are rebuilt by restoring a snapshot and the changes committed after it (a state file read back as JSON)', () => {
    const api = createAgoraClassroomMock(AGORA_DEFAULTS);
    const original = seededState();
    const snapshot = JSON.parse(JSON.stringify(original.store.snapshot()));
    const changes: StoreChange[] = [];
    for (let i = 0; i < 3; i++) changes.push(...original.store.transaction(() => work(original, CAPTURED_AT + i * 3 * HOUR)).changes);
    // A room created and left running, then the same again under another name (new rows after deletions).
    const restored = api.newState();
    restored.store.restore(snapshot, JSON.parse(JSON.stringify(changes)));
    expect(picture(restored)).toEqual(picture(original));
  });
});
