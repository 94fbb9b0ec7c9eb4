import type { components } from '../../../generated/agora-classroom.ts';
import type { RecordingRow } from './state.ts';
import { recordDetailsOf } from './webRecording.ts';

/** A record-list item as the document describes it (`Recording`, AG-25). */
export type Recording = components['schemas']['Recording'];

/**
 * A recording row as the record list answers it at `nowMs`: the row without what only the mock
 * keeps (its `serial`, the place in the room's start order, which is the list's order; the pause
 * flag; a web page recording's configuration). A web page recording also lists its MP4 files so far
 * (`recordDetails`), the query of its page (`webRecordUrlQuery`) and `unready` (AG-25, AG-51).
 *
 * @example
 *   toRecording(row, env.nowMs).status; // 1 while recording
 */
export function toRecording(row: RecordingRow, nowMs: number = row.endTime ?? row.startTime): Recording {
  const { serial: _serial, onhold: _onhold, web, ...record } = row;
  if (!web) return record as Recording;
  return { ...record, recordDetails: recordDetailsOf({ ...row, web }, nowMs), unready: web.unready, webRecordUrlQuery: web.webRecordUrlQuery } as Recording;
}
