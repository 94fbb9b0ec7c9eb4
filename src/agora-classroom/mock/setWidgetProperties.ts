import type { Outcome } from './domainError.ts';
import { setProperties } from './properties.ts';
import { recordEvents } from './recordEvents.ts';
import { findRoom, type AgoraState, type JsonObject, type RoomWidget } from './state.ts';
import { widgetEvent } from './widgetEvent.ts';

export interface SetWidgetPropertiesInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly widgetUuid: string;
  /** The widget's own properties to add or update (keys or dotted paths, AG-56). */
  readonly extra?: JsonObject | undefined;
  /** The same as `extra` (the form of Agora's current Chinese example), applied after it. */
  readonly properties?: JsonObject | undefined;
  readonly state?: 0 | 1 | undefined;
  readonly ownerUserUuid?: string | undefined;
}

/**
 * Sets a widget's room properties (CN 2.20, AG-59), creating the widget when the classroom has none
 * of that ID: `extra` and `properties` are merged into the widget's `extra` under the one in-place
 * rule (AG-56), `state` and `ownerUserUuid` are stored. The widget shows in the classroom query at
 * `roomProperties.widgets.<widgetUuid>`. Every call produces a widget event (cmd 1110, `action` 1)
 * whose `changeProperties` holds what was set (`extra` members as given, `state`, `ownerUserUuid`),
 * with the `server` operator. `cause` is not read. 404/20404100 for an unknown classroom.
 *
 * @example
 *   setWidgetProperties(state, { appId, roomUuid: 'math class 7B', widgetUuid: 'countdownTimer', extra: { seconds: 60 }, state: 1 });
 *   // roomProperties.widgets.countdownTimer = { extra: { seconds: 60 }, state: 1 }
 */
export function setWidgetProperties(state: AgoraState, input: SetWidgetPropertiesInput): Outcome<{ readonly widget: RoomWidget }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const widgets = room.widgets ?? {};
  const current: RoomWidget = Object.hasOwn(widgets, input.widgetUuid) ? widgets[input.widgetUuid]! : {};
  const extraChanges: JsonObject = { ...input.extra, ...input.properties };
  // An `extra` given empty still makes one (Agora's widget event example: `"changeProperties": {"extra": {}, "state": 1}`).
  const setsExtra = input.extra !== undefined || input.properties !== undefined;
  const widget: RoomWidget = {
    ...current,
    ...(setsExtra ? { extra: setProperties(setProperties(current.extra ?? {}, input.extra ?? {}), input.properties ?? {}) } : {}),
    ...(input.state === undefined ? {} : { state: input.state }),
    ...(input.ownerUserUuid === undefined ? {} : { ownerUserUuid: input.ownerUserUuid }),
  };
  const changeProperties: JsonObject = {
    ...(setsExtra ? { extra: structuredClone(extraChanges) } : {}),
    ...(input.state === undefined ? {} : { state: input.state }),
    ...(input.ownerUserUuid === undefined ? {} : { ownerUserUuid: input.ownerUserUuid }),
  };
  recordEvents(state, { ...room, widgets: { ...widgets, [input.widgetUuid]: widget } }, [widgetEvent(1, input.widgetUuid, changeProperties)]);
  return { kind: 'Ok', widget };
}
