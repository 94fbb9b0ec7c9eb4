import type { RecordingRow, RecordingStateData } from './state.ts';

/**
 * The cmd-1001 `data` (and the set-recording-state `data`) describing one recording session.
 * The mock never pushes recordings to a CDN, so `streamingUrl` is always `null`.
 *
 * @example
 *   recordingData(record); // { recordId, sid, resourceId, state: record.status, startTime, streamingUrl: null }
 */
export function recordingData(record: RecordingRow): RecordingStateData {
  return {
    recordId: record.recordId,
    sid: record.sid,
    resourceId: record.resourceId,
    state: record.status,
    startTime: record.startTime,
    streamingUrl: null,
  };
}
