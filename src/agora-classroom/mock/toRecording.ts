import type { components } from '../../../generated/agora-classroom.ts';
import type { RecordingRow } from './state.ts';

/** A record-list item as the document describes it (`Recording`, AG-25). */
export type Recording = components['schemas']['Recording'];

/**
 * A recording row as the record list answers it: the row without its `serial` (the place in the
 * room's start order is the list's order).
 *
 * @example
 *   toRecording(row).status; // 1 while recording
 */
export function toRecording(row: RecordingRow): Recording {
  const { serial: _serial, ...record } = row;
  return record as Recording;
}
