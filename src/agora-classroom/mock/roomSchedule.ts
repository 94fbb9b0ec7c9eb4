import type { PendingRow, RoomRow } from './state.ts';

const HOUR_MS = 60 * 60 * 1000;

/** A closed classroom is destroyed one hour after it closed (AG-41). */
export const DESTROY_AFTER_CLOSE_MS = HOUR_MS;
/** A classroom nobody used is destroyed five days after its creation (AG-44). */
export const UNUSED_ROOM_LIFETIME_MS = 120 * HOUR_MS;
/** Unpolled events of a destroyed classroom leave the polling queue one hour after the destruction (AG-43). */
export const POLL_AFTER_DESTRUCTION_MS = HOUR_MS;
/** `closeDelay` when the create body gives none: ten minutes (AG-31). */
export const DEFAULT_CLOSE_DELAY_S = 600;

/** What happens to a classroom at its next scheduled moment. */
export type RoomStep =
  | { readonly kind: 'start' | 'end' | 'close' | 'destroy'; readonly at: number }
  | undefined;

/**
 * The next scheduled step of a classroom's life on the mock clock (AG-37..AG-44), from its row alone:
 *
 * - state 0: the automatic start at `schedule.startTime` (the creation moment when that is earlier,
 *   AG-37), or, for a classroom nobody has used, its destruction five days after creation (AG-44),
 *   whichever comes first;
 * - state 1: the end, `duration` seconds after the actual start (AG-38);
 * - state 2: the close, `closeDelay` seconds after the end (AG-39);
 * - state 3: the destruction, one hour after the close (AG-41);
 * - a destroyed classroom: nothing.
 *
 * `undefined` when nothing is scheduled (no `startTime` in state 0 in a used classroom, no
 * `duration` in state 1).
 *
 * @example
 *   nextRoomStep({ ...room, state: 2, endTime: t, schedule: { closeDelay: 600 } }); // { kind: 'close', at: t + 600_000 }
 */
export function nextRoomStep(room: RoomRow): RoomStep {
  if (room.destroyedAt !== undefined) return undefined;
  switch (room.state) {
    case 0: {
      const planned = room.schedule.startTime;
      const start = planned === undefined ? undefined : Math.max(planned, room.createTime);
      const forgotten = room.used ? undefined : room.createTime + UNUSED_ROOM_LIFETIME_MS;
      if (forgotten !== undefined && (start === undefined || forgotten < start)) return { kind: 'destroy', at: forgotten };
      return start === undefined ? undefined : { kind: 'start', at: start };
    }
    case 1:
      return room.schedule.duration === undefined || room.startTime === null ? undefined : { kind: 'end', at: room.startTime + room.schedule.duration * 1000 };
    case 2:
      return room.endTime === null ? undefined : { kind: 'close', at: room.endTime + room.schedule.closeDelay * 1000 };
    case 3:
      return room.closeTime === null ? undefined : { kind: 'destroy', at: room.closeTime + DESTROY_AFTER_CLOSE_MS };
  }
}

/**
 * The due index's rule for rooms: the moment of `nextRoomStep`.
 *
 * @example
 *   due.follow('room', rooms, roomDueAt);
 */
export const roomDueAt = (room: RoomRow): number | undefined => nextRoomStep(room)?.at;

/**
 * The due index's rule for the polling queue: an entry that retains a destroyed room's event is
 * dropped at its `dropAt`; every other entry waits for a poll.
 *
 * @example
 *   due.follow('pending', pending, pendingDropAt);
 */
export const pendingDropAt = (entry: PendingRow): number | undefined => entry.retained?.dropAt;
