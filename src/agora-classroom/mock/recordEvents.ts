import type { EventDraft } from './eventData.ts';
import { eventKey, roomKey } from './keys.ts';
import { findApp, type AgoraState, type EventRow, type RoomRow } from './state.ts';

export type { EventDraft } from './eventData.ts';

/** The `version` every event the mock emits carries (Agora's examples all show 1, AG-62). */
const EVENT_VERSION = 1;

/**
 * Writes `room` (as the caller changed it) with its events: each draft gets the room's next
 * `sequence` (one more than any before, AG-62) and `version` 1, becomes a row of the room's history
 * and is queued, after everything already queued, for the App's polling operation. Returns the new
 * event rows, in order (the control API answers with them). Costs O(drafts).
 *
 * @example
 *   recordEvents(state, { ...room, state: 1, startTime: now }, [{ cmd: 1, data: { startTime: now, state: 1, endTime: null, closeTime: null } }]);
 */
export function recordEvents(state: AgoraState, room: RoomRow, drafts: readonly EventDraft[]): EventRow[] {
  const key = roomKey(room.appId, room.roomUuid);
  if (drafts.length === 0) {
    state.rooms.put(key, room);
    return [];
  }
  const app = findApp(state, room.appId);
  // A room is only ever written together with its App (seed loading, createClassroom).
  if (!app) throw new Error(`agora-classroom mock: room "${room.roomUuid}" has no App ${room.appId}`);
  let sequence = room.lastSequence;
  let serial = app.lastQueued;
  const rows: EventRow[] = [];
  for (const draft of drafts) {
    sequence += 1;
    serial += 1;
    const at = eventKey(key, sequence);
    const row: EventRow = { appId: room.appId, roomUuid: room.roomUuid, sequence, cmd: draft.cmd, version: EVENT_VERSION, data: draft.data };
    state.events.put(at, row);
    state.pending.put(at, { appId: room.appId, roomUuid: room.roomUuid, sequence, serial });
    rows.push(row);
  }
  state.rooms.put(key, { ...room, lastSequence: sequence });
  state.apps.put(app.appId, { ...app, lastQueued: serial });
  return rows;
}
