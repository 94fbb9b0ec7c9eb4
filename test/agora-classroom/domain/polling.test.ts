import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { EVENT_RETENTION_MS } from '../../../src/agora-classroom/mock/eventRetention.ts';
import { expireEvents } from '../../../src/agora-classroom/mock/expireEvents.ts';
import { pollEvents, POLL_LIMIT } from '../../../src/agora-classroom/mock/pollEvents.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { setRecordingState } from '../../../src/agora-classroom/mock/setRecordingState.ts';
import { toEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { APP_ID, CAPTURED_AT, HOUR, MIN } from '../agoraTestKit.ts';
import { envAt, eventsOf, inTransaction, newClassroom, queueOf, recordsOf, seededState } from './domainKit.ts';

const poll = (state: ReturnType<typeof seededState>) => {
  const outcome = pollEvents(state, { appId: APP_ID });
  if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
  return outcome.events.map(toEvent);
};

describe('pollEvents', () => {
  it(`delivers each event once, oldest first across rooms, at most ${POLL_LIMIT} at a time`, () => {
    const state = seededState();
    for (let i = 0; i < 60; i++) {
      const roomUuid = `room-${i}`;
      createClassroom(state, { appId: APP_ID, roomUuid, classroom: newClassroom() }, envAt(CAPTURED_AT));
      setClassroomState(state, { appId: APP_ID, roomUuid, state: 1 }, envAt(CAPTURED_AT + i));
      setRecordingState(state, { appId: APP_ID, roomUuid, state: 1 }, envAt(CAPTURED_AT + i));
    }
    const first = poll(state);
    expect(first).toHaveLength(100);
    expect(first.slice(0, 3).map((e) => [e.roomUuid, e.cmd, e.sequence])).toEqual([['room-0', 1, 1], ['room-0', 1001, 2], ['room-1', 1, 1]]);
    const second = poll(state);
    expect(second.map((e) => e.roomUuid)).toEqual(Array.from({ length: 20 }, (_, i) => `room-${50 + Math.floor(i / 2)}`));
    expect(poll(state)).toEqual([]);
    // Delivered events stay in each room's list.
    expect(eventsOf(state, 'room-0')).toHaveLength(2);
  });

  it('changes nothing when the queue is empty', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => pollEvents(state, { appId: APP_ID }));
    expect([result, changes]).toEqual([{ kind: 'Ok', events: [] }, []]);
  });
});

describe('expireEvents', () => {
  it('drops a closed room\'s events, listed and queued, one hour after it closed, and nothing before', () => {
    const state = seededState();
    setClassroomState(state, { appId: APP_ID, roomUuid: 'math class 7B', state: 3 }, envAt(CAPTURED_AT));
    const history = eventsOf(state, 'math class 7B');
    const records = recordsOf(state, 'math class 7B');
    // The seeded history-seminar-12 closed 30 min before capturedAt: its events go first.
    expect(expireEvents(state, APP_ID, CAPTURED_AT + EVENT_RETENTION_MS - 1)).toBe(1);
    expect(eventsOf(state, 'math class 7B')).toEqual(history);
    expect(queueOf(state)).toEqual([{ roomUuid: 'math class 7B', sequence: 11 }, { roomUuid: 'math class 7B', sequence: 12 }]);
    expect(expireEvents(state, APP_ID, CAPTURED_AT + EVENT_RETENTION_MS)).toBe(1);
    expect(eventsOf(state, 'math class 7B')).toEqual([]);
    expect(recordsOf(state, 'math class 7B')).toEqual(records);
    expect(queueOf(state)).toEqual([]);
    expect(state.expiry.earliest(APP_ID)).toBeUndefined();
  });

  it('keeps the seeded closed room\'s history readable until an hour after its close', () => {
    const state = seededState();
    expireEvents(state, APP_ID, CAPTURED_AT + 30 * MIN - 1);
    expect(eventsOf(state, 'history-seminar-12')).toHaveLength(12);
    expireEvents(state, APP_ID, CAPTURED_AT + HOUR / 2);
    expect(eventsOf(state, 'history-seminar-12')).toEqual([]);
  });

  it('never expires an ended (state 2) room, whose closeTime is only a forecast', () => {
    const state = seededState();
    expect(state.expiry.earliest(APP_ID)).toMatchObject({ room: `${APP_ID}/history-seminar-12`, at: CAPTURED_AT + 30 * MIN });
    expireEvents(state, APP_ID, CAPTURED_AT + 1000 * HOUR);
    expect(eventsOf(state, 'biology-lab-3')).toHaveLength(9);
  });

  it('writes nothing on a request where no room is due', () => {
    const state = seededState();
    const { result, changes } = inTransaction(state, () => expireEvents(state, APP_ID, CAPTURED_AT));
    expect([result, changes]).toEqual([0, []]);
  });
});
