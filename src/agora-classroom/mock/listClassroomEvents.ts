import type { Outcome } from './domainError.ts';
import { isFirstBatch, PAGE_SIZE } from './paging.ts';
import { findRoom, type AgoraEvent, type AppState } from './state.ts';

export interface EventBatch {
  readonly total: number;
  readonly count: number;
  readonly list: readonly AgoraEvent[];
  readonly nextId: string | null;
}

export interface ListClassroomEventsInput {
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
 * (`expireEvents` runs first), so its list is empty.
 *
 * @example
 *   listClassroomEvents(app, { roomUuid: 'test_class', nextId: '50', cmd: 1 });
 */
export function listClassroomEvents(app: AppState, input: ListClassroomEventsInput): Outcome<{ readonly page: EventBatch }> {
  // A malformed nextId is a bad value, answered 400 before any lookup (like a malformed roomUuid).
  let from = 0;
  if (!isFirstBatch(input.nextId)) {
    const text = input.nextId ?? '';
    if (!/^\d{1,15}$/.test(text)) {
      return { kind: 'BadParameter', name: 'nextId', message: `nextId "${text}" is not an event sequence number; send the nextId of the previous batch, or none for the first batch` };
    }
    from = Number(text);
  }
  const room = findRoom(app, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const matching = input.cmd === undefined ? room.events : room.events.filter((event) => event.cmd === input.cmd);
  const start = matching.findIndex((event) => event.sequence >= from);
  const rest = start < 0 ? [] : matching.slice(start);
  const list = rest.slice(0, PAGE_SIZE);
  const following = rest[PAGE_SIZE];
  return { kind: 'Ok', page: { total: matching.length, count: list.length, list, nextId: following ? String(following.sequence) : null } };
}
