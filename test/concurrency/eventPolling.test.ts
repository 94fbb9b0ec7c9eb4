import { beforeEach, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { seededRandom, useConcurrencyKit } from './concurrencyKit.ts';

const kit = useConcurrencyKit();
const ROOMS = Array.from({ length: 6 }, (_, i) => `poll room ${i + 1}`);
const POLLERS = 8;
const random = seededRandom(8);
const RECORDING_ROUNDS = 15;

type Event = { roomUuid: string; cmd: number; sequence: number; version: number; data: Record<string, unknown> };
const key = (e: Event) => `${e.roomUuid}#${e.sequence}`;
const roomPath = kit.roomPath;

beforeEach(async () => {
  await kit.control('agora', 'reset');
  await kit.createRooms(ROOMS);
});

const roomEvents = (room: string) => kit.roomEvents<Event>(room);

/** One room's life: start, record and stop again and again, end, close; each step after the last. */
async function produce(room: string): Promise<void> {
  const steps = ['/states/1', ...Array.from({ length: RECORDING_ROUNDS }, () => ['/records/states/1', '/records/states/0']).flat(), '/records/states/1', '/states/2', '/states/3'];
  for (const step of steps) expect((await kit.call('agora', 'PUT', roomPath(room, step))).status, `${room} ${step}`).toBe(200);
}

describe('Agora polling under concurrent pollers and producers', () => {
  it(`delivers every event exactly once between ${POLLERS} pollers looping while ${ROOMS.length} rooms change state at the same time`, async () => {
    let producing = true;
    const received: Event[][] = Array.from({ length: POLLERS }, () => []);
    let pollsWhileProducing = 0;

    // Each poller loops while events are produced, then until one poll of its own comes back
    // empty after the producers are done: then the queue is empty for good.
    const poller = async (index: number) => {
      for (;;) {
        const done = !producing;
        const { status, body } = await kit.call('agora', 'GET', `/edu/polling/apps/${kit.appId}/v2/rooms/sequences`);
        expect(status).toBe(200);
        received[index]!.push(...body.data);
        if (!done && body.data.length > 0) pollsWhileProducing += 1;
        if (done && body.data.length === 0) return;
        // A jittered pause, as real pollers have: without it the first sockets win every race.
        await sleep(random() * 3);
      }
    };
    const pollers = Array.from({ length: POLLERS }, (_, i) => poller(i));
    await Promise.all(ROOMS.map(produce));
    producing = false;
    await Promise.all(pollers);

    const polled = received.flat();
    const expected = (await Promise.all(ROOMS.map(roomEvents))).flat();
    // Per room: start (1), two per recording round, the last recording's start (1), the end with
    // the stop it forces on that recording (2), the close (1).
    expect(expected).toHaveLength(ROOMS.length * (1 + 2 * RECORDING_ROUNDS + 1 + 2 + 1));
    const counts = new Map<string, number>();
    for (const e of polled) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1), 'events delivered more than once').toEqual([]);
    expect(new Set(counts.keys())).toEqual(new Set(expected.map(key)));
    // What was polled is what the room lists hold, field for field.
    const byKey = new Map(expected.map((e) => [key(e), e]));
    for (const e of polled) expect(e).toEqual(byKey.get(key(e)));
    // Each poller saw a room's events in sequence order.
    for (const events of received) {
      for (const room of ROOMS) {
        const sequences = events.filter((e) => e.roomUuid === room).map((e) => e.sequence);
        expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      }
    }
    // The polling really overlapped the producing, and the events were shared out between pollers.
    expect(pollsWhileProducing).toBeGreaterThan(POLLERS);
    expect(received.filter((events) => events.length > 0).length).toBeGreaterThan(POLLERS / 2);
  });
});
