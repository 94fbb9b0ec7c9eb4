import type { components } from '../../../generated/agora-classroom.ts';
import type { EventRow } from './state.ts';

/** A classroom event as the document describes it (`Event`, AG-28). */
export type AgoraEvent = components['schemas']['Event'];

/**
 * An event row as the event list and the polling operation answer it: `{roomUuid, cmd, sequence,
 * version, data}` (the owning App is the request's).
 *
 * @example
 *   toEvent(row); // { roomUuid: 'math class 7B', cmd: 1, sequence: 11, version: 1, data: { ... } }
 */
export function toEvent(row: EventRow): AgoraEvent {
  return { roomUuid: row.roomUuid, cmd: row.cmd, sequence: row.sequence, version: row.version, data: row.data } as AgoraEvent;
}
