import type { EventDraft } from './eventData.ts';
import { roomKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, ClassState, EventRow, RoomRow } from './state.ts';
import { stopRecording } from './stopRecording.ts';
import { takeOffline } from './takeOffline.ts';

/**
 * Moves a class forward to state `to` at the moment `at`, by hand (`setClassroomState`) or by the
 * clock (`applyDueMoments`), with everything that goes with it, and returns the events it recorded:
 *
 * - the moments (AG-36): `startTime` = `at` on 1; `endTime` = `at` and the `closeTime` forecast
 *   (`at` + `closeDelay`) on 2; `closeTime` = `at` on 3 (and `endTime` = `at` when the class had not
 *   ended); then one class state event (cmd 1) with them;
 * - ending or closing stops a running recording (cmd 1001 `state` 2, `reason` 2, AG-49);
 * - closing takes everyone offline (cmd 20 `type` 2), lowers the raised hands (cmd 1502) and empties
 *   the stage (cmd 1501) (AG-40).
 *
 * The caller has checked that `to` lies ahead of the current state (`classTransition`).
 *
 * @example
 *   moveClass(state, room, 2, room.startTime + room.schedule.duration * 1000); // [cmd 1, cmd 1001?]
 */
export function moveClass(state: AgoraState, room: RoomRow, to: Exclude<ClassState, 0>, at: number): EventRow[] {
  let moved: RoomRow = { ...room, state: to };
  if (to === 1) moved = { ...moved, startTime: at };
  if (to === 2) moved = { ...moved, endTime: at, closeTime: at + room.schedule.closeDelay * 1000 };
  if (to === 3) moved = { ...moved, endTime: room.endTime ?? at, closeTime: at };

  const drafts: EventDraft[] = [{ cmd: 1, data: { startTime: moved.startTime, state: to, endTime: moved.endTime, closeTime: moved.closeTime } }];
  if (to >= 2) {
    const stop = stopRecording(state, moved, at);
    if (stop) drafts.push(stop.event);
  }
  if (to === 3) {
    const everyone = [...state.userIndex.onlineOf(roomKey(room.appId, room.roomUuid))];
    const offline = takeOffline(state, moved, everyone, 2, at);
    moved = offline.room;
    drafts.push(...offline.drafts);
  }
  return recordEvents(state, moved, drafts);
}
