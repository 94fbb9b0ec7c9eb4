import type { Outcome } from './domainError.ts';
import { recordEvents } from './recordEvents.ts';
import { findRoom, type AgoraState } from './state.ts';
import { widgetEvent } from './widgetEvent.ts';

/**
 * Deletes a widget of a classroom with all its properties (CN 2.21, AG-59): a widget event (cmd
 * 1110, `action` 2) lists each of its members with the value `null`. Deleting a widget the classroom
 * does not have succeeds and produces nothing. 404/20404100 for an unknown classroom.
 *
 * @example
 *   deleteWidget(state, { appId, roomUuid: 'math class 7B', widgetUuid: 'countdownTimer' }); // { kind: 'Ok', deleted: true }
 */
export function deleteWidget(state: AgoraState, input: { readonly appId: string; readonly roomUuid: string; readonly widgetUuid: string }): Outcome<{ readonly deleted: boolean }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const widgets = room.widgets ?? {};
  if (!Object.hasOwn(widgets, input.widgetUuid)) return { kind: 'Ok', deleted: false };
  const removed = widgets[input.widgetUuid]!;
  const rest = Object.fromEntries(Object.entries(widgets).filter(([widgetUuid]) => widgetUuid !== input.widgetUuid));
  const changeProperties = Object.fromEntries(Object.keys(removed).map((member) => [member, null]));
  recordEvents(state, { ...room, widgets: rest }, [widgetEvent(2, input.widgetUuid, changeProperties)]);
  return { kind: 'Ok', deleted: true };
}
