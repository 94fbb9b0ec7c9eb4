import type { RecordingStateData } from './eventData.ts';
import type { RecordingReason, RecordingRow } from './state.ts';
import { streamingUrlOf } from './webRecording.ts';

/**
 * The cmd-1001 `data` (and the set-recording-state `data`) describing one recording session at a
 * change of its state, with the reason of the change (AG-29, AG-50, AG-51): `streamingUrl` is the
 * `live.mock.invalid` addresses for a web page recording started with `publishRtmp` (AG-7), else
 * `null`.
 *
 * @example
 *   recordingData(record, 1); // { recordId, sid, resourceId, state: record.status, startTime, streamingUrl: null, reason: 1 }
 */
export function recordingData(record: RecordingRow, reason: RecordingReason): RecordingStateData {
  return {
    recordId: record.recordId,
    sid: record.sid,
    resourceId: record.resourceId,
    state: record.status,
    startTime: record.startTime,
    streamingUrl: streamingUrlOf(record),
    reason,
  };
}
