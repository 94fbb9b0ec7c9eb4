import type { AgoraEvent, AppState } from './state.ts';

/** Most events one poll returns; the rest wait for the next poll (BEHAVIOUR.md). */
export const POLL_LIMIT = 100;

/**
 * Takes the oldest undelivered events of every room of the App, at most `POLL_LIMIT`, in the order
 * they happened, and removes them from the queue: each event is delivered once. Events of rooms
 * closed over an hour ago are gone before this runs (`expireEvents`).
 *
 * @example
 *   const { app: next, events } = pollEvents(app); // events: [] when nothing happened
 */
export function pollEvents(app: AppState): { readonly app: AppState; readonly events: readonly AgoraEvent[] } {
  if (app.pending.length === 0) return { app, events: [] };
  const taken = app.pending.slice(0, POLL_LIMIT);
  const rooms = new Map(app.rooms.map((room) => [room.roomUuid, room]));
  const events = taken.flatMap((ref) => {
    const event = rooms.get(ref.roomUuid)?.events.find((e) => e.sequence === ref.sequence);
    return event ? [event] : [];
  });
  return { app: { ...app, pending: app.pending.slice(taken.length) }, events };
}
