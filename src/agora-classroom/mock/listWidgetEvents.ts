import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { batchBySequence, PAGE_SIZE, type Batch } from './paging.ts';
import { findRoom, type AgoraState, type EventRow } from './state.ts';

export interface ListWidgetEventsInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly widgetUuid: string;
  readonly nextId?: string | undefined;
  /** Batch size (quiz and poll data: `count`, default 100, no maximum); the widget event list always takes 100. */
  readonly count?: number | undefined;
}

/**
 * One batch of a widget's events (cmd 1110) in `sequence` order (AG-59): the widget event list
 * (CN 2.19), and the pop-up quiz and poll data lists (EN 2.17, 2.18), which are those of the widgets
 * `popupQuiz` and `poll`. Paged as the classroom's event list (AG-33): `nextId` is a sequence number
 * (inclusive), the answer's `nextId` the sequence of the next event, `null` on the last batch; one
 * that is not a sequence number gives an empty last batch. `total` counts all the widget's events.
 * Reading consumes nothing. 404/20404100 for an unknown classroom. Costs O(log n + batch).
 *
 * @example
 *   listWidgetEvents(state, { appId, roomUuid: 'math class 7B', widgetUuid: 'popupQuiz', count: 20 });
 */
export function listWidgetEvents(state: AgoraState, input: ListWidgetEventsInput): Outcome<{ readonly batch: Batch<EventRow> }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const events = state.widgetEvents.of(roomKey(room.appId, room.roomUuid), input.widgetUuid);
  return { kind: 'Ok', batch: batchBySequence(events, input.nextId, input.count ?? PAGE_SIZE) };
}
