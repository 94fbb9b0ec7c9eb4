import { putRoom, type AgoraEvent, type AppState, type ClassStateEventData, type RecordingStateData, type Room } from './state.ts';

/** The `version` every event the mock emits carries (Agora's examples all show 1). */
export const EVENT_VERSION = 1;

/** An event before it has a place in its room's sequence. */
export type EventDraft =
  | { readonly cmd: 1; readonly data: ClassStateEventData }
  | { readonly cmd: 1001; readonly data: RecordingStateData };

/**
 * Appends events to a room: each gets the room's next `sequence` (one more than any before) and
 * `version` 1, is kept in the room's event list and is queued for the App's polling operation.
 * Returns the App with the updated room in place.
 *
 * @example
 *   const next = recordEvents(app, room, [{ cmd: 1, data: { startTime: now, state: 1, endTime: null, closeTime: null } }]);
 */
export function recordEvents(app: AppState, room: Room, drafts: readonly EventDraft[]): AppState {
  let sequence = room.lastSequence;
  const events: AgoraEvent[] = drafts.map((draft) => {
    sequence += 1;
    return { roomUuid: room.roomUuid, cmd: draft.cmd, sequence, version: EVENT_VERSION, data: draft.data } as AgoraEvent;
  });
  const updated: Room = { ...room, events: [...room.events, ...events], lastSequence: sequence };
  const withRoom = putRoom(app, updated);
  return { ...withRoom, pending: [...withRoom.pending, ...events.map((e) => ({ roomUuid: e.roomUuid, sequence: e.sequence }))] };
}
