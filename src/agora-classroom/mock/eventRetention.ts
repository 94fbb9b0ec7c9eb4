import type { RoomRow } from './state.ts';

/** How long a closed classroom's events stay readable: one hour after it closed (seed note). */
export const EVENT_RETENTION_MS = 60 * 60 * 1000;

/**
 * When a room's events expire: one hour after the room closed (state 3, `closeTime` from the clock),
 * or `undefined` while it is not closed. A room in state 2 never expires: its `closeTime` is only a
 * forecast, and the class state changes only through the API (BEHAVIOUR.md 5).
 *
 * @example
 *   eventsExpireAt({ ...room, state: 3, closeTime: 0 }); // 3_600_000
 */
export function eventsExpireAt(room: Pick<RoomRow, 'state' | 'closeTime'>): number | undefined {
  return room.state === 3 && room.closeTime !== null ? room.closeTime + EVENT_RETENTION_MS : undefined;
}
