import type { Outcome } from './domainError.ts';
import { isFirstBatch, PAGE_SIZE } from './paging.ts';
import { findRoom, type AppState, type Recording } from './state.ts';

export interface RecordBatch {
  readonly total: number;
  readonly count: number;
  readonly list: readonly Recording[];
  readonly nextId: string | null;
}

/**
 * One batch of a room's recordings, oldest first (the order they were started, which never
 * changes). `nextId` is the `recordId` of the first record of the next batch, `null` on the last
 * batch; `total` counts every record of the room, `count` this batch. A `nextId` that names no
 * record of the room is a bad parameter (400): a client cannot have received it from this list.
 *
 * @example
 *   listRecordings(app, { roomUuid: 'study-marathon' });                  // 100 records, nextId '67c4…'
 *   listRecordings(app, { roomUuid: 'study-marathon', nextId: '67c4…' }); // 37 records, nextId null
 */
export function listRecordings(app: AppState, input: { readonly roomUuid: string; readonly nextId?: string | undefined }): Outcome<{ readonly page: RecordBatch }> {
  const room = findRoom(app, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  let start = 0;
  if (!isFirstBatch(input.nextId)) {
    start = room.records.findIndex((record) => record.recordId === input.nextId);
    if (start < 0) {
      return { kind: 'BadParameter', name: 'nextId', message: `nextId "${input.nextId}" is not a recordId of classroom "${room.roomUuid}"; send the nextId of the previous batch, or none for the first batch` };
    }
  }
  const list = room.records.slice(start, start + PAGE_SIZE);
  const following = room.records[start + PAGE_SIZE];
  return { kind: 'Ok', page: { total: room.records.length, count: list.length, list, nextId: following ? following.recordId : null } };
}
