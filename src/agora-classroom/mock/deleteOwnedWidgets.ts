import type { EventDraft } from './recordEvents.ts';
import type { RoomRow } from './state.ts';
import { widgetEvent } from './widgetEvent.ts';

/**
 * The widgets owned by users who are going offline (`ownerUserUuid`, AG-59) deleted from the room,
 * with one widget event each (cmd 1110, `action` 2, every member `null`), for the caller to record
 * with the room it returns. Leaving, kicking and closing call it after the users event (AG-40,
 * AG-57, AG-60). Looks at this room's widgets only; no owned widget: the room unchanged, no draft.
 *
 * @example
 *   const { room: after, drafts } = deleteOwnedWidgets(room, ['student_1']);
 *   recordEvents(state, after, drafts);
 */
export function deleteOwnedWidgets(room: RoomRow, userUuids: Iterable<string>): { readonly room: RoomRow; readonly drafts: EventDraft[] } {
  const gone = new Set(userUuids);
  const entries = Object.entries(room.widgets ?? {});
  const owned = entries.filter(([, widget]) => typeof widget.ownerUserUuid === 'string' && gone.has(widget.ownerUserUuid));
  if (owned.length === 0) return { room, drafts: [] };
  const kept = Object.fromEntries(entries.filter(([, widget]) => !(typeof widget.ownerUserUuid === 'string' && gone.has(widget.ownerUserUuid))));
  const drafts = owned.map(([widgetUuid, widget]) => widgetEvent(2, widgetUuid, Object.fromEntries(Object.keys(widget).map((member) => [member, null]))));
  return { room: { ...room, widgets: kept }, drafts };
}
