import type { Table } from '../../core/store/Store.ts';
import { roomKey } from './keys.ts';
import { OrderedList, type ReadonlyOrderedList } from './OrderedList.ts';
import type { EventRow } from './state.ts';

/** The event type of a widget's change (AG-59). */
export const WIDGET_EVENT = 1110;

/**
 * The widget events (cmd 1110) of each room, per widget, by `sequence`, derived from the `events`
 * table: the widget event list and the quiz and poll data lists (AG-59) read a page of one widget's
 * events as a `lowerBound` and a `slice`, whatever else the room holds.
 *
 * @example
 *   const events = state.widgetEvents.of(roomKey(appId, 'math class 7B'), 'popupQuiz');
 *   events.slice(events.lowerBound(50), events.lowerBound(50) + 100);
 */
export interface WidgetEventIndex {
  /** The widget's events in `sequence` order (empty when it has none). */
  of(room: string, widgetUuid: string): ReadonlyOrderedList<EventRow>;
}

const bySequence = (event: EventRow) => event.sequence;
const NONE: ReadonlyOrderedList<EventRow> = new OrderedList<EventRow>(bySequence);

/** The widget an event is about, when it is a widget event that names one. */
function widgetOf(event: EventRow): string | undefined {
  if (event.cmd !== WIDGET_EVENT) return undefined;
  const widgetUuid = (event.data as { readonly widgetUuid?: unknown }).widgetUuid;
  return typeof widgetUuid === 'string' ? widgetUuid : undefined;
}

/**
 * Wires a `WidgetEventIndex` to the `events` table.
 *
 * @example
 *   const widgetEvents = createWidgetEventIndex(store.table<EventRow>('events'));
 */
export function createWidgetEventIndex(events: Table<EventRow>): WidgetEventIndex {
  const byWidget = new Map<string, OrderedList<EventRow>>();
  // A room key never holds a NUL, so the pair cannot collide.
  const keyOf = (event: EventRow, widgetUuid: string) => `${roomKey(event.appId, event.roomUuid)}\u0000${widgetUuid}`;
  events.watch((_key, previous, next) => {
    const before = previous && widgetOf(previous);
    if (previous && before !== undefined) {
      const key = keyOf(previous, before);
      const list = byWidget.get(key);
      list?.remove(previous.sequence);
      if (list?.size === 0) byWidget.delete(key);
    }
    const after = next && widgetOf(next);
    if (next && after !== undefined) {
      const key = keyOf(next, after);
      let list = byWidget.get(key);
      if (!list) {
        list = new OrderedList<EventRow>(bySequence);
        byWidget.set(key, list);
      }
      list.put(next);
    }
  });
  return { of: (room, widgetUuid) => byWidget.get(`${room}\u0000${widgetUuid}`) ?? NONE };
}
