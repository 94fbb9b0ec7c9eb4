import type { Outcome } from './domainError.ts';
import { recordKey, roomKey } from './keys.ts';
import { isFirstBatch, PAGE_SIZE, type Batch } from './paging.ts';
import { findRoom, type AgoraState, type RecordingRow } from './state.ts';

export interface ListRecordingsInput {
  readonly appId: string;
  readonly roomUuid: string;
  readonly nextId?: string | undefined;
}

/**
 * One batch of a room's recordings, oldest first (the order they were started, which never
 * changes, AG-53). `nextId` is the `recordId` of the first record of the next batch, `null` on the
 * last batch; `total` counts every record of the room. A `nextId` that names no record of the room
 * (Agora's own example sends `nextId=xxx`) gives an empty last batch: never 400, and never the
 * first batch again, which could loop a client forever. Costs O(log n + batch): the `nextId` record
 * is found by its key, its place by its `serial`.
 *
 * @example
 *   listRecordings(state, { appId, roomUuid: 'study-marathon-2025' });                  // 100 records, nextId '67c4…'
 *   listRecordings(state, { appId, roomUuid: 'study-marathon-2025', nextId: '67c4…' }); // 37 records, nextId null
 */
export function listRecordings(state: AgoraState, input: ListRecordingsInput): Outcome<{ readonly batch: Batch<RecordingRow> }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const key = roomKey(room.appId, room.roomUuid);
  const records = state.recordIndex.ofRoom(key);
  let start = 0;
  if (!isFirstBatch(input.nextId)) {
    const from = state.records.get(recordKey(key, input.nextId ?? ''));
    start = from ? records.lowerBound(from.serial) : records.size;
  }
  const following = records.at(start + PAGE_SIZE);
  return { kind: 'Ok', batch: { total: records.size, list: records.slice(start, start + PAGE_SIZE), nextId: following ? following.recordId : null } };
}
