import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { getUser, type UserInput } from './getUser.ts';
import { roomKey, userKey } from './keys.ts';
import { setProperties } from './properties.ts';
import { recordEvents } from './recordEvents.ts';
import type { AgoraState, JsonObject } from './state.ts';
import { widgetEvent } from './widgetEvent.ts';
import { widgetUserProperties, withWidgetUserProperties } from './widgetUserProperties.ts';

/**
 * Adds or updates a user's properties in a widget (CN 2.23, AG-59) under the one in-place rule
 * (AG-56): they live in the user's `userProperties.widgets.<widgetUuid>`, so the user query and later
 * users events show them, and the user's `updateTime` moves to now. A widget event (cmd 1110,
 * `action` 1) carries the properties as given and the user as `fromUser`. The classroom is checked
 * first (20404100), then the user (never joined: 20404200); the widget need not exist.
 *
 * @example
 *   setWidgetUserProperties(state, { appId, roomUuid: 'math class 7B', widgetUuid: 'popupQuiz', userUuid: 'student_1', properties: { answer: 'B' } }, env);
 */
export function setWidgetUserProperties(
  state: AgoraState,
  input: UserInput & { readonly widgetUuid: string; readonly properties: JsonObject },
  env: Pick<DomainEnv, 'nowMs'>,
): Outcome<object> {
  const found = getUser(state, input);
  if (found.kind !== 'Ok') return found;
  const { room, user } = found;
  const properties = setProperties(widgetUserProperties(user, input.widgetUuid), input.properties);
  const changed = { ...user, userProperties: withWidgetUserProperties(user, input.widgetUuid, properties), updateTime: env.nowMs };
  state.users.put(userKey(roomKey(room.appId, room.roomUuid), user.userUuid), changed);
  recordEvents(state, room, [widgetEvent(1, input.widgetUuid, structuredClone(input.properties), changed)]);
  return { kind: 'Ok' };
}
