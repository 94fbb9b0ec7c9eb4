import type { AppState, Room } from './state.ts';

/** How long a closed classroom's events stay readable: one hour after it closed (seed note). */
export const EVENT_RETENTION_MS = 60 * 60 * 1000;

/**
 * Whether a room's events are gone at `nowMs`: the room is closed (state 3) and its `closeTime`
 * lies at least an hour back.
 *
 * @example
 *   eventsExpired({ ...room, state: 3, closeTime: 0 }, 3_600_000); // true
 */
export function eventsExpired(room: Room, nowMs: number): boolean {
  return room.state === 3 && room.closeTime !== null && nowMs >= room.closeTime + EVENT_RETENTION_MS;
}

/**
 * Drops the events of every room closed more than an hour ago, from the room's list and from the
 * polling queue. The rooms themselves and their recordings stay. Returns `app` itself when nothing
 * expired, so a read-only request leaves the state untouched.
 *
 * @example
 *   const app2 = expireEvents(app, env.nowMs); // run before every App-scoped operation
 */
export function expireEvents(app: AppState, nowMs: number): AppState {
  const gone = new Set(app.rooms.filter((room) => room.events.length > 0 && eventsExpired(room, nowMs)).map((room) => room.roomUuid));
  if (gone.size === 0) return app;
  return {
    ...app,
    rooms: app.rooms.map((room) => (gone.has(room.roomUuid) ? { ...room, events: [] } : room)),
    pending: app.pending.filter((p) => !gone.has(p.roomUuid)),
  };
}
