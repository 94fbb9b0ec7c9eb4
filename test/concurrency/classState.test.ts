import { beforeEach, describe, expect, it } from 'vitest';
import { seededRandom, useConcurrencyKit, type JsonAnswer } from './concurrencyKit.ts';

const kit = useConcurrencyKit();
const SEED = 20260601;
const ROOMS = Array.from({ length: 5 }, (_, i) => `race room ${i + 1}`);
const STATE_PUTS = 200;
const RECORDING_PUTS = 60;

type Event = { roomUuid: string; cmd: number; sequence: number; data: { state: number; recordId?: string } };
const roomPath = kit.roomPath;

beforeEach(async () => {
  await kit.control('agora', 'reset');
  await kit.createRooms(ROOMS);
});

const roomEvents = (room: string) => kit.roomEvents<Event>(room);

interface Sent {
  readonly room: string;
  readonly kind: 'class' | 'recording';
  readonly target: number;
  readonly answer: JsonAnswer;
}

describe('Agora class states under concurrent changes', () => {
  it(`keeps every room's history a legal forward walk under ${STATE_PUTS} concurrent PUTs of random states per room (seed ${SEED})`, async () => {
    const random = seededRandom(SEED);
    const requests: { room: string; kind: 'class' | 'recording'; target: number; delayMs: number }[] = [];
    for (const room of ROOMS) {
      // Any state, any time; a later state tends to be held a little longer in the server (overlapping
      // windows), so that a room lives through several states and neighbouring states race.
      for (let i = 0; i < STATE_PUTS; i++) {
        const target = Math.floor(random() * 4);
        requests.push({ room, kind: 'class', target, delayMs: target * 100 + Math.floor(random() * 120) });
      }
      // Recording starts and stops all along, so that ending a class meets running recordings.
      for (let i = 0; i < RECORDING_PUTS; i++) requests.push({ room, kind: 'recording', target: random() < 0.5 ? 1 : 0, delayMs: Math.floor(random() * 400) });
    }
    // Shuffled (Fisher-Yates), so that rooms and kinds of change interleave on the wire.
    for (let i = requests.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [requests[i], requests[j]] = [requests[j]!, requests[i]!];
    }
    const inFlight = kit.watchInFlight('agora');
    const sent: Sent[] = await Promise.all(
      requests.map(async ({ room, kind, target, delayMs }) => ({
        room,
        kind,
        target,
        answer: await kit.call('agora', 'PUT', roomPath(room, `${kind === 'class' ? '' : '/records'}/states/${target}`), { delayMs }),
      })),
    );
    inFlight.stop();
    expect(inFlight.max).toBeGreaterThan(50);

    for (const room of ROOMS) {
      const events = await roomEvents(room);
      const answers = sent.filter((s) => s.room === room);
      const { body: classroom } = await kit.call('agora', 'GET', roomPath(room));
      const finalState: number = classroom.data.state;

      // One sequence per event, no gaps, no duplicates.
      expect(events.map((e) => e.sequence)).toEqual(events.map((_, i) => i + 1));

      // Class states only move forward (0 -> 1 -> 2 -> 3, steps may be skipped), ending where the room is.
      const classStates = events.filter((e) => e.cmd === 1).map((e) => e.data.state);
      let previous = 0;
      for (const state of classStates) {
        expect(state, `${room}: ${classStates.join(' -> ')}`).toBeGreaterThan(previous);
        previous = state;
      }
      expect(previous).toBe(finalState);

      // Answers agree with that walk: 200 for a state not behind the final one, 409 with the
      // documented code for a state that was behind the room's state at that moment.
      for (const { target, answer } of answers.filter((s) => s.kind === 'class')) {
        if (answer.status === 200) expect(target).toBeLessThanOrEqual(finalState);
        else {
          expect(answer.status).toBe(409);
          expect(target).toBeLessThan(finalState);
          // 30409100: back to 0 from a started class; 30409101: back from an ended or closed one.
          if (answer.body.code === 30409100) expect([target, classStates.includes(1)]).toEqual([0, true]);
          else expect([answer.body.code, finalState >= 2]).toEqual([30409101, true]);
        }
      }

      // Recordings: started and stopped in turn, at most one running, none started once the class ended.
      const endedAt = events.find((e) => e.cmd === 1 && e.data.state >= 2)?.sequence ?? Infinity;
      let running: string | null = null;
      for (const e of events.filter((e) => e.cmd === 1001)) {
        if (e.data.state === 1) {
          expect(running, `${room}#${e.sequence} starts a recording while one runs`).toBeNull();
          expect(e.sequence, `${room}#${e.sequence} starts a recording after the class ended`).toBeLessThan(endedAt);
          running = e.data.recordId!;
        } else {
          expect(e.data.recordId, `${room}#${e.sequence} stops a recording that is not running`).toBe(running);
          running = null;
        }
      }
      if (finalState >= 2) expect(running).toBeNull();
      for (const { answer } of answers.filter((s) => s.kind === 'recording')) expect([200, 409, 410]).toContain(answer.status);
    }
  });
});
