import type { RecordingStateData } from './eventData.ts';
import type { RecordingRow } from './state.ts';

/**
 * The cmd-1001 `data` (and the set-recording-state `data`) describing one recording session, with
 * why its state changed: `1` started, `2` stopped (AG-50). The mock pushes no recording to a CDN
 * here, so `streamingUrl` is `null`.
 *
 * @example
 *   recordingData(record, 2); // { recordId, sid, resourceId, state: record.status, startTime, streamingUrl: null, reason: 2 }
 */
export function recordingData(record: RecordingRow, reason: NonNullable<RecordingStateData['reason']>): RecordingStateData {
  return {
    recordId: record.recordId,
    sid: record.sid,
    resourceId: record.resourceId,
    state: record.status,
    startTime: record.startTime,
    streamingUrl: null,
    reason,
  };
}
