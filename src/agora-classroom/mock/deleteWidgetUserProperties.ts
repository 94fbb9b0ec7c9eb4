import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { roomKey, userKey } from './keys.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState } from './state.ts';
import { deleteEach, widgetEvent } from './widgetEvent.ts';
import { widgetUserProperties, withWidgetUserProperties } from './widgetUserProperties.ts';

/**
 * Deletes keys or dotted paths from a user's properties in a widget (CN 2.24, AG-56, AG-59). When
 * something was deleted, the user's `updateTime` moves to now and a widget event (cmd 1110, `action`
 * 2, with `fromUser`) lists each deleted path with the value `null`; a call that deletes nothing
 * produces no event. The classroom is checked first (20404100), then the user (20404200).
 *
 * @example
 *   deleteWidgetUserProperties(state, { appId, roomUuid: 'math class 7B', widgetUuid: 'popupQuiz', userUuid: 'student_1', properties: ['answer'] }, env);
 */
export function deleteWidgetUserProperties(
  state: AgoraState,
  input: UserInput & { readonly widgetUuid: string; readonly properties: readonly string[] },
  env: Pick<DomainEnv, 'nowMs'>,
): Outcome<{ readonly deleted: boolean }> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  const current = widgetUserProperties(user, input.widgetUuid);
  const { result, deleted } = deleteEach(current, input.properties);
  if (result === current) return { kind: 'Ok', deleted: false };
  const changed = { ...user, userProperties: withWidgetUserProperties(user, input.widgetUuid, result), updateTime: env.nowMs };
  state.users.put(userKey(roomKey(room.appId, room.roomUuid), user.userUuid), changed);
  recordEvents(state, room, [widgetEvent(2, input.widgetUuid, deleted, changed)]);
  return { kind: 'Ok', deleted: true };
}
