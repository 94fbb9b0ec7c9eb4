import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { roomKey, userKey } from './keys.ts';
import { deleteProperties } from './properties.ts';
import type { AgoraState } from './state.ts';

/**
 * Deletes a user's custom properties by key or dotted path (`deleteProperties`, AG-56); when
 * something was deleted, the user's `updateTime` moves to now. No event.
 *
 * @example
 *   deleteUserProperties(state, { appId, roomUuid: 'math class 7B', userUuid: 'student_1', properties: ['seat'] }, env);
 */
export function deleteUserProperties(state: AgoraState, input: UserInput & { readonly properties: readonly string[] }, env: Pick<DomainEnv, 'nowMs'>): Outcome<object> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { user } = found;
  const userProperties = deleteProperties(user.userProperties, input.properties);
  if (userProperties !== user.userProperties) state.users.put(userKey(roomKey(user.appId, user.roomUuid), user.userUuid), { ...user, userProperties, updateTime: env.nowMs });
  return { kind: 'Ok' };
}
