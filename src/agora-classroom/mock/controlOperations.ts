import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { ControlOperation, ControlRequest, MockResponse } from '../../core/mock/types.ts';
import { acceptToStage } from './acceptToStage.ts';
import { applyDueMoments } from './applyDueMoments.ts';
import type { Outcome } from './domainError.ts';
import { giveRewards, type GiveRewardsInput } from './giveRewards.ts';
import { joinRoom, type JoinRoomInput } from './joinRoom.ts';
import { leaveRoom } from './leaveRoom.ts';
import { lowerHand } from './lowerHand.ts';
import { raiseHand } from './raiseHand.ts';
import { removeFromStage } from './removeFromStage.ts';
import { renderControlError } from './renderError.ts';
import { sendRoomMessage } from './sendRoomMessage.ts';
import { setRoomMute, type MuteFlags } from './setRoomMute.ts';
import type { AgoraState, EventRow, JsonObject, UserRow } from './state.ts';
import { toEvent } from './toEvent.ts';
import { toUser } from './toUser.ts';

/** A control operation before the clock and the answer: its domain call on the App the mock serves. */
type Activity = (state: AgoraState, appId: string, request: ControlRequest, env: DomainEnv) => Outcome<ActivityResult>;

/** What an activity succeeds with: its events, and the user (join, leave) or the mute flags. */
interface ActivityResult {
  readonly user?: UserRow;
  readonly events?: readonly EventRow[];
  readonly flags?: MuteFlags;
}

const path = (request: ControlRequest) => ({ roomUuid: String(request.path.roomUuid), userUuid: String(request.path.userUuid ?? '') });
const body = <T>(request: ControlRequest) => (request.body ?? {}) as T;

/**
 * The classroom activity of the control API (`openapi/mock-control/`, AG-60, AG-61), what users do
 * through Agora's client SDKs: join, leave, chat, mute, hands, stage and rewards. Each acts on the
 * classrooms of the App the mock serves (AG-46) and answers the events it produced (`{events}`, and
 * the user on join and leave), as the event list shows them; a failure answers `{error, code?}`
 * (MK-5). What the clock has made due is applied first, as before every API request (AG-45).
 */
const ACTIVITIES: Readonly<Record<string, Activity>> = {
  joinRoom: (state, appId, request, env) => joinRoom(state, { appId, roomUuid: path(request).roomUuid, ...body<Omit<JoinRoomInput, 'appId' | 'roomUuid'>>(request) }, env),
  leaveRoom: (state, appId, request, env) => leaveRoom(state, { appId, ...path(request) }, env),
  sendRoomMessage: (state, appId, request) => sendRoomMessage(state, { appId, roomUuid: path(request).roomUuid, ...body<{ fromUserUuid: string; message: string }>(request) }),
  setRoomMute: (state, appId, request) => setRoomMute(state, { appId, roomUuid: path(request).roomUuid, ...body<Partial<MuteFlags>>(request) }),
  raiseHand: (state, appId, request) => raiseHand(state, { appId, ...path(request), payload: body<{ payload?: JsonObject }>(request).payload }),
  lowerHand: (state, appId, request) => lowerHand(state, { appId, ...path(request) }),
  acceptToStage: (state, appId, request) => acceptToStage(state, { appId, ...path(request) }),
  removeFromStage: (state, appId, request) => removeFromStage(state, { appId, ...path(request) }),
  giveRewards: (state, appId, request, env) => giveRewards(state, { appId, roomUuid: path(request).roomUuid, rewardDetails: body<Pick<GiveRewardsInput, 'rewardDetails'>>(request).rewardDetails }, env),
};

/**
 * The Agora mock's control operations (`ApiMock.controlOperations`) for the App `appId`.
 *
 * @example
 *   const operations = createControlOperations(config.appId);
 *   operations.joinRoom(state, { operationId: 'joinRoom', path: { roomUuid: 'math class 7B' }, body: { userUuid: 'student_7', userName: 'Tom', role: 2 } }, env);
 */
export function createControlOperations(appId: string): Readonly<Record<string, ControlOperation<AgoraState>>> {
  const app = appId.toLowerCase();
  return Object.fromEntries(
    Object.entries(ACTIVITIES).map(([operationId, activity]) => [
      operationId,
      (state: AgoraState, request: ControlRequest, env: DomainEnv): MockResponse => {
        applyDueMoments(state, env.nowMs);
        const outcome = activity(state, app, request, env);
        applyDueMoments(state, env.nowMs);
        return outcome.kind === 'Ok' ? { status: 200, body: view(outcome) } : renderControlError(outcome);
      },
    ]),
  );
}

/** A success in the document's shapes: `ActivityResult`, `UserActivityResult` or `MuteFlags`. */
function view(outcome: ActivityResult) {
  if (outcome.flags) return outcome.flags;
  const events = (outcome.events ?? []).map(toEvent);
  return outcome.user ? { user: toUser(outcome.user), events } : { events };
}
