import type { DomainEnv } from '../../../src/core/domain/DomainEnv.ts';
import { applyDueMoments } from '../../../src/agora-classroom/mock/applyDueMoments.ts';
import { AGORA_DEFAULTS, createAgoraClassroomMock } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import type { NewClassroom } from '../../../src/agora-classroom/mock/createClassroom.ts';
import { joinRoom, type JoinRoomInput } from '../../../src/agora-classroom/mock/joinRoom.ts';
import { roomKey } from '../../../src/agora-classroom/mock/keys.ts';
import type { AgoraState, RoomRow, UserRow } from '../../../src/agora-classroom/mock/state.ts';
import { toEvent, type AgoraEvent } from '../../../src/agora-classroom/mock/toEvent.ts';
import { toRecording, type Recording } from '../../../src/agora-classroom/mock/toRecording.ts';
import { APP_ID, CAPTURED_AT, HOUR, SEED } from '../agoraTestKit.ts';

/** One mock for the whole test file: its seed checker is compiled once. */
const api = createAgoraClassroomMock(AGORA_DEFAULTS);

/**
 * A fixed env: the clock at `nowMs`, ids counting up (so tests see distinct, stable ids).
 *
 * @example
 *   setClassroomState(state, { appId: APP_ID, roomUuid: 'physics-101', state: 1 }, envAt(CAPTURED_AT));
 */
export function envAt(nowMs: number): DomainEnv {
  let n = 0;
  return {
    nowMs,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    randomHex: (length) => (++n).toString(16).padStart(length, '0').slice(-length),
  };
}

/** A fresh state holding the default seed (or `seed`), loaded as the mock loads it (for the default App). */
export function seededState(seed: unknown = SEED, mock = api): AgoraState {
  const state = mock.newState();
  mock.loadSeed(state, seed, envAt(CAPTURED_AT));
  return state;
}

/** The default App's live or destroyed room row, or a test failure when it is missing. */
export function roomOf(state: AgoraState, roomUuid: string, appId: string = APP_ID): RoomRow {
  const room = state.rooms.get(roomKey(appId, roomUuid));
  if (!room) throw new Error(`no room ${roomUuid}`);
  return room;
}

/** A room's history as the event list returns it, in `sequence` order. */
export function eventsOf(state: AgoraState, roomUuid: string, appId: string = APP_ID): AgoraEvent[] {
  return [...state.eventIndex.ofRoom(roomKey(appId, roomUuid))].map(toEvent);
}

/** A room's recordings as the record list returns them, oldest first. */
export function recordsOf(state: AgoraState, roomUuid: string, appId: string = APP_ID): Recording[] {
  return [...state.recordIndex.ofRoom(roomKey(appId, roomUuid))].map(toRecording);
}

/** A room's users (rows), by `userUuid`. */
export function usersOf(state: AgoraState, roomUuid: string, appId: string = APP_ID): UserRow[] {
  return [...state.userIndex.ofRoom(roomKey(appId, roomUuid))];
}

/** The `userUuid`s online in a room. */
export function onlineIn(state: AgoraState, roomUuid: string, appId: string = APP_ID): string[] {
  return [...state.userIndex.onlineOf(roomKey(appId, roomUuid))].map((u) => u.userUuid);
}

/** The App's polling queue, oldest first, as `{ roomUuid, sequence }`. */
export function queueOf(state: AgoraState, appId: string = APP_ID): { roomUuid: string; sequence: number }[] {
  return [...state.pollingQueue.ofApp(appId)].map(({ roomUuid, sequence }) => ({ roomUuid, sequence }));
}

/** Events as `cmd` (and `state` for cmd 1), for compact expectations. */
export const brief = (events: readonly AgoraEvent[]) => events.map((e) => (e.cmd === 1 ? `1:${(e.data as { state: number }).state}` : String(e.cmd)));

/** What `handleRequest` would make of a valid create-classroom body. */
export const newClassroom = (overrides: Partial<NewClassroom> = {}): NewClassroom => ({
  roomName: 'Physics 101',
  roomType: 4,
  schedule: { startTime: CAPTURED_AT + HOUR, duration: 600, closeDelay: 300 },
  roleConfig: { '2': { limit: 50 } },
  ...overrides,
});

/** Joins a user (a student unless told otherwise), failing the test when the join is refused. */
export function join(state: AgoraState, roomUuid: string, userUuid: string, nowMs: number, overrides: Partial<JoinRoomInput> = {}) {
  const outcome = joinRoom(state, { appId: APP_ID, roomUuid, userUuid, userName: userUuid, role: 2, ...overrides }, envAt(nowMs));
  if (outcome.kind !== 'Ok') throw new Error(`join ${userUuid} refused: ${outcome.kind}`);
  return outcome;
}

/** Applies what is due at `nowMs` (as a request at that moment would) and returns how many steps ran. */
export const tick = (state: AgoraState, nowMs: number) => applyDueMoments(state, nowMs);

/**
 * Runs `fn` in a store transaction and returns its result with the changes it made (an empty list:
 * the state is untouched).
 *
 * @example
 *   const { result, changes } = inTransaction(state, () => setClassroomState(state, input, env));
 */
export function inTransaction<T>(state: AgoraState, fn: () => T) {
  return state.store.transaction(fn);
}
