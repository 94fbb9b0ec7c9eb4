import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { Outcome } from './domainError.ts';
import { recordKey, roomKey } from './keys.ts';
import { findRoom, type AgoraState, type RecordingRow } from './state.ts';
import { pauseWeb, resumeWeb } from './webRecording.ts';

export interface UpdateRecordingConfigInput {
  readonly appId: string;
  readonly roomUuid: string;
  /** The body (`UpdateRecordingRequest`): `webRecordConfig.onhold`. */
  readonly body: { readonly webRecordConfig?: { readonly onhold: boolean } };
}

/**
 * Updates the configuration of the classroom's running recording, web page or composite (AG-52):
 * `onhold` `true` pauses it (a web page recording stops counting recorded time, so no new file is
 * listed), `false` resumes it. Each call replaces the previous update, so a body without
 * `webRecordConfig` means `onhold` `false` (Agora's default). The rest of the configuration the
 * recording started with is kept. No event (Agora documents none). 409/30409410 when nothing is
 * recording; 404/20404100 for an unknown classroom.
 *
 * @example
 *   updateRecordingConfig(state, { appId, roomUuid: 'test_class', body: { webRecordConfig: { onhold: true } } }, env);
 *   // { kind: 'Ok', record: { ..., onhold: true } }
 */
export function updateRecordingConfig(state: AgoraState, input: UpdateRecordingConfigInput, env: Pick<DomainEnv, 'nowMs'>): Outcome<{ readonly record: RecordingRow }> {
  const room = findRoom(state, input.appId, input.roomUuid);
  if (!room) return { kind: 'RoomNotFound', roomUuid: input.roomUuid };
  const key = roomKey(room.appId, room.roomUuid);
  const running = state.recordIndex.running(key);
  if (!running) return { kind: 'RecordingNotStarted', roomUuid: room.roomUuid };
  const onhold = input.body.webRecordConfig?.onhold ?? false;
  const web = running.web && (onhold ? pauseWeb(running.web, env.nowMs) : resumeWeb(running.web, false, env.nowMs));
  const record: RecordingRow = { ...running, onhold, ...(web ? { web } : {}) };
  state.records.put(recordKey(key, record.recordId), record);
  return { kind: 'Ok', record };
}
