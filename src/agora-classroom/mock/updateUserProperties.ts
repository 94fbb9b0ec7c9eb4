import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { roomKey, userKey } from './keys.ts';
import { setProperties } from './properties.ts';
import type { AgoraState, JsonObject } from './state.ts';

/**
 * Adds or updates a user's custom properties under the one in-place rule (`setProperties`, AG-56);
 * they show in the user query and in later users events as `userProperties`, and the user's
 * `updateTime` moves to now. The user may be offline; one who never joined answers 20404200. No event.
 *
 * @example
 *   updateUserProperties(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1', properties: { seat: 'front' } }, env);
 */
export function updateUserProperties(state: AgoraState, input: UserInput & { readonly properties: JsonObject }, env: Pick<DomainEnv, 'nowMs'>): Outcome<object> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { user } = found;
  state.users.put(userKey(roomKey(user.appId, user.roomUuid), user.userUuid), { ...user, userProperties: setProperties(user.userProperties, input.properties), updateTime: env.nowMs });
  return { kind: 'Ok' };
}
