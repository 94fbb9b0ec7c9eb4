import { describe, expect, it } from 'vitest';
import { createClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { pollEvents, POLL_LIMIT } from '../../../src/agora-classroom/mock/pollEvents.ts';
import { setClassroomState } from '../../../src/agora-classroom/mock/setClassroomState.ts';
import { setRecordingState } from '../../../src/agora-classroom/mock/setRecordingState.ts';
import { toEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { APP_ID, CAPTURED_AT } from '../agoraTestKit.ts';
import { envAt, eventsOf, inTransaction, newClassroom, seededState } from './domainKit.ts';

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
