import { destroyRoom } from './destroyRoom.ts';
import type { DueEntry } from './dueIndex.ts';
import { moveClass } from './moveClass.ts';
import { applyRecordingTimer } from './recordingTimers.ts';
import { nextRoomStep } from './roomSchedule.ts';
import type { AgoraState } from './state.ts';

/** What happens when a source's moment comes: the step changes the row so that it is due later, or no more. */
type DueStep = (state: AgoraState, entry: DueEntry) => void;

/**
 * The step of each source the due index follows (`newAgoraState` wires the sources): a class's
 * lifecycle, a destroyed room's queued events, a web page recording's retries and `maxRecordingHour`.
 * A new kind of scheduled change adds its source there and its step here.
 */
const STEPS: Readonly<Record<string, DueStep>> = {
  room(state, { key, at }) {
    const room = state.rooms.get(key);
    const step = room && nextRoomStep(room);
    if (!room || !step) return;
    if (step.kind === 'destroy') destroyRoom(state, room, at);
    else moveClass(state, room, step.kind === 'start' ? 1 : step.kind === 'end' ? 2 : 3, at);
  },
  pending(state, { key }) {
    state.pending.delete(key);
  },
  recording(state, { key, at }) {
    applyRecordingTimer(state, key, at);
  },
};

/** More steps than this in one call means a step that does not move its row on: a bug, not a busy clock. */
const MAX_STEPS = 1_000_000;

/**
 * Applies, in time order, everything the clock has made due by `nowMs`: each step stamped with its
 * own moment, not the request's (AG-45), so one jump of the clock may start, end and close a class in
 * order. Runs before and after every request and whenever the control API sets the clock; a call
 * where nothing is due looks at the head of the due index once and writes nothing. Setting the
 * clock back undoes nothing: what is scheduled later waits for the clock. Returns how many steps ran.
 *
 * @example
 *   applyDueMoments(state, env.nowMs); // 0 on most requests
 */
export function applyDueMoments(state: AgoraState, nowMs: number): number {
  let steps = 0;
  for (let due = state.due.earliest(); due && due.at <= nowMs; due = state.due.earliest()) {
    const step = STEPS[due.source];
    if (!step) throw new Error(`agora-classroom mock: no step for due source ${due.source}`);
    step(state, due);
    // A step may leave its row due at the same moment (a class of `duration` 0 ends when it starts),
    // so only a runaway count tells a step that does not move its row on.
    if (++steps > MAX_STEPS) throw new Error('agora-classroom mock: too many scheduled steps at once');
  }
  return steps;
}
