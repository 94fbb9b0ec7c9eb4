import type { Outcome } from './domainError.ts';
import { recordEvents } from './recordEvents.ts';
import { findRoom, type AgoraState } from './state.ts';
import { deleteEach, widgetEvent } from './widgetEvent.ts';

export interface DeleteWidgetPropertiesInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly widgetUuid: string;
  /** Keys or dotted paths of the widget's `extra` (AG-56). */
  readonly properties: readonly string[];
}

/**
 * Deletes keys or dotted paths from a widget's `extra` (CN 2.22, AG-56, AG-59). When something was
 * deleted, a widget event (cmd 1110, `action` 2) lists each deleted path with the value `null`
 * under `extra`; paths that name nothing are ignored, and a call that deletes nothing (or names a
 * widget the classroom does not have) produces no event. 404/20404100 for an unknown classroom.
 *
 * @example
 *   deleteWidgetProperties(state, { appId, roomUuid: 'math class 7B', widgetUuid: 'countdownTimer', properties: ['seconds'] });
 *   // event data.changeProperties: { extra: { seconds: null } }
 */
export function deleteWidgetProperties(state: AgoraState, input: DeleteWidgetPropertiesInput): Outcome<{ readonly deleted: boolean }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const widgets = room.widgets ?? {};
  const widget = Object.hasOwn(widgets, input.widgetUuid) ? widgets[input.widgetUuid] : undefined;
  if (!widget?.extra) return { kind: 'Ok', deleted: false };
  const { result, deleted } = deleteEach(widget.extra, input.properties);
  if (result === widget.extra) return { kind: 'Ok', deleted: false };
  recordEvents(state, { ...room, widgets: { ...widgets, [input.widgetUuid]: { ...widget, extra: result } } }, [widgetEvent(2, input.widgetUuid, { extra: deleted })]);
  return { kind: 'Ok', deleted: true };
}
