import { eventKey, roomKey } from './keys.ts';
import { findApp, type AgoraState, type ClassStateData, type RecordingStateData, type RoomRow } from './state.ts';
import type { WidgetEventData } from './widgetEvent.ts';

/** The `version` every event the mock emits carries (Agora's examples all show 1). */
const EVENT_VERSION = 1;

/** An event before it has a place in its room's sequence. */
export type EventDraft =
  | { readonly cmd: 1; readonly data: ClassStateData }
  | { readonly cmd: 1001; readonly data: RecordingStateData }
  | { readonly cmd: 1110; readonly data: WidgetEventData };

/**
 * Writes `room` (as the caller changed it) with its events: each draft gets the room's next
 * `sequence` (one more than any before) and `version` 1, becomes a row of the room's history and
 * is queued, after everything already queued, for the App's polling operation. Costs O(drafts).
 *
 * @example
 *   recordEvents(state, { ...room, state: 1, startTime: now }, [{ cmd: 1, data: { startTime: now, state: 1, endTime: null, closeTime: null } }]);
 */
export function recordEvents(state: AgoraState, room: RoomRow, drafts: readonly EventDraft[]): void {
  const app = findApp(state, room.appId);
  // A room is only ever written together with its App (seed loading, createClassroom).
  if (!app) throw new Error(`agora-classroom mock: room "${room.roomUuid}" has no App ${room.appId}`);
  const key = roomKey(room.appId, room.roomUuid);
  let sequence = room.lastSequence;
  let serial = app.lastQueued;
  for (const draft of drafts) {
    sequence += 1;
    serial += 1;
    const at = eventKey(key, sequence);
    state.events.put(at, { appId: room.appId, roomUuid: room.roomUuid, sequence, cmd: draft.cmd, version: EVENT_VERSION, data: draft.data });
    state.pending.put(at, { appId: room.appId, roomUuid: room.roomUuid, sequence, serial });
  }
  state.rooms.put(key, { ...room, lastSequence: sequence });
  state.apps.put(app.appId, { ...app, lastQueued: serial });
}
