import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { roomKey, userKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import { findRoom, findUser, type AgoraState, type EventRow, type UserRow } from './state.ts';

export interface GiveRewardsInput {
  readonly appId: string;
  readonly roomUuid: string;
  /** The body Agora's web client sends: `changeReward` rewards for each user. */
  readonly rewardDetails: readonly { readonly userUuid: string; readonly changeReward: number }[];
}

/**
 * The teacher gives rewards (the control API's rewards, AG-61): one rewards event (cmd 1101) with,
 * per entry, `changedReward` and the user's new `totalReward` (totals per user and classroom, from
 * 0), and `updateTime`. Every user must have joined the classroom, online or not; one who never did
 * answers 20404200 and nobody gets anything.
 *
 * @example
 *   giveRewards(state, { appId, roomUuid: 'math class 7B', rewardDetails: [{ userUuid: 'student_2', changeReward: 1 }] }, env);
 */
export function giveRewards(state: AgoraState, input: GiveRewardsInput, env: Pick<DomainEnv, 'nowMs'>): Outcome<{ readonly events: readonly EventRow[] }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const missing = input.rewardDetails.find(({ userUuid }) => !findUser(state, room, userUuid));
  if (missing) return { kind: 'UserNotFound', roomUuid: room.roomUuid, userUuid: missing.userUuid };
  const key = roomKey(room.appId, room.roomUuid);
  const rewardDetails = input.rewardDetails.map(({ userUuid, changeReward }) => {
    const user = findUser(state, room, userUuid)!;
    const rewarded: UserRow = { ...user, totalReward: user.totalReward + changeReward };
    state.users.put(userKey(key, userUuid), rewarded);
    return { userUuid, changedReward: changeReward, totalReward: rewarded.totalReward };
  });
  return { kind: 'Ok', events: recordEvents(state, room, [{ cmd: 1101, data: { rewardDetails, updateTime: env.nowMs } }]) };
}
