import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { findRoom, type AgoraState, type MuteState } from './state.ts';

/** The classroom-wide mute flags. */
export interface MuteFlags {
  readonly muteChat: MuteState;
  readonly muteVideo: MuteState;
  readonly muteAudio: MuteState;
}

/**
 * Sets a classroom's mute flags, as a teacher does in Agora's client (the control API's mute,
 * AG-61); the flags not given keep their value. The classroom query shows them; `muteChat` 1 makes
 * students' chat messages fail with 30403200. No event (Agora documents none).
 *
 * @example
 *   setRoomMute(state, { appId, roomUuid: 'math class 7B', muteChat: 1 }); // { kind: 'Ok', flags: { muteChat: 1, muteVideo: 0, muteAudio: 0 } }
 */
export function setRoomMute(state: AgoraState, input: { readonly appId: string; readonly roomUuid: string } & Partial<MuteFlags>): Outcome<{ readonly flags: MuteFlags }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const flags: MuteFlags = { muteChat: input.muteChat ?? room.muteChat, muteVideo: input.muteVideo ?? room.muteVideo, muteAudio: input.muteAudio ?? room.muteAudio };
  if (flags.muteChat !== room.muteChat || flags.muteVideo !== room.muteVideo || flags.muteAudio !== room.muteAudio) {
    state.rooms.put(roomKey(room.appId, room.roomUuid), { ...room, ...flags });
  }
  return { kind: 'Ok', flags };
}
