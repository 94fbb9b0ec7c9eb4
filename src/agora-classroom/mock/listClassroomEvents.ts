import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { isFirstBatch, PAGE_SIZE, type Batch } from './paging.ts';
import { findRoom, type AgoraState, type EventRow } from './state.ts';

export interface ListClassroomEventsInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly nextId?: string | undefined;
  /** Only events of this type. */
  readonly cmd?: number | undefined;
}

/**
 * One batch of a room's events in `sequence` order, optionally of one `cmd`. Reading consumes
 * nothing (unlike polling). `nextId` is a sequence number as a string: the batch starts at the
 * first matching event whose `sequence` is at least `nextId` (Agora's example `nextId=50`), and the
 * answer's `nextId` is the `sequence` of the first matching event after the batch, `null` on the
 * last batch. `total` counts every matching event of the room. A `nextId` that is not a
 * non-negative integer is a bad parameter (400). Events of a room closed over an hour ago are gone
 * (`expireEvents` runs first), so its list is empty. Costs O(log n + batch).
 *
 * @example
 *   listClassroomEvents(state, { appId, roomUuid: 'test_class', nextId: '50', cmd: 1 });
 */
export function listClassroomEvents(state: AgoraState, input: ListClassroomEventsInput): Outcome<{ readonly batch: Batch<EventRow> }> {
  // A malformed nextId is a bad value, answered 400 before any lookup (like a malformed roomUuid).
  let from = 0;
  if (!isFirstBatch(input.nextId)) {
    const text = input.nextId ?? '';
    if (!/^\d{1,15}$/.test(text)) {
      return { kind: 'BadParameter', name: 'nextId', message: `nextId "${text}" is not an event sequence number; send the nextId of the previous batch, or none for the first batch` };
    }
    from = Number(text);
  }
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const events = state.eventIndex.ofRoom(roomKey(room.appId, room.roomUuid), input.cmd);
  const start = events.lowerBound(from);
  const following = events.at(start + PAGE_SIZE);
  return { kind: 'Ok', batch: { total: events.size, list: events.slice(start, start + PAGE_SIZE), nextId: following ? String(following.sequence) : null } };
}
