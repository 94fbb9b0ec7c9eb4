import type { Outcome } from './domainError.ts';
import { roomKey } from './keys.ts';
import { batchBySequence, PAGE_SIZE, type Batch } from './paging.ts';
import { findRoom, type AgoraState, type EventRow } from './state.ts';

export interface ListClassroomEventsInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly nextId?: string | undefined;
  /** Only events of this type. */
  readonly cmd?: number | undefined;
}

/**
 * One batch of a room's events in `sequence` order, optionally of one `cmd` (AG-33). Reading
 * consumes nothing (unlike polling). `nextId` is a sequence number as a string: the batch starts at
 * the first matching event whose `sequence` is at least `nextId` (Agora's example `nextId=50`), and
 * the answer's `nextId` is the `sequence` of the first matching event after the batch, `null` on the
 * last batch. `total` counts every matching event of the room. A `nextId` that is not a non-negative
 * integer names no position: an empty last batch (AG-33, AG-53), never 400 and never the first batch
 * again, which could loop a client forever. A destroyed room is not found (AG-42). Costs
 * O(log n + batch).
 *
 * @example
 *   listClassroomEvents(state, { appId, roomUuid: 'test_class', nextId: '50', cmd: 1 });
 */
export function listClassroomEvents(state: AgoraState, input: ListClassroomEventsInput): Outcome<{ readonly batch: Batch<EventRow> }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const events = state.eventIndex.ofRoom(roomKey(room.appId, room.roomUuid), input.cmd);
  return { kind: 'Ok', batch: batchBySequence(events, input.nextId, PAGE_SIZE) };
}
