import type { components } from '../../../generated/agora-classroom.ts';
import type { AgoraClassroomClient } from './createAgoraClassroomClient.ts';
import { followNextId } from './followNextId.ts';
import { unwrapAgora } from './unwrapAgora.ts';

/** One recording session, as the record list prints it. */
export type AgoraRecording = components['schemas']['Recording'];

export interface IterateRecordingsOptions {
  /** The classroom whose recordings to list. */
  readonly roomUuid: string;
  /** Default: the client's `appId`. */
  readonly appId?: string;
  /** Cancels the request in flight; the iteration then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Every recording of a classroom, following `nextId` from batch to batch until it is null (or
 * absent, as in the seed's example). An empty list yields nothing.
 *
 * Throws: the named `AgoraError` of a failed batch (after the client's retries), e.g.
 * `AgoraRoomNotFoundError` (404 / 20404100), carrying `status`, `code` and `body`; an `Error` if the
 * server repeats a `nextId`.
 *
 * @example
 *   for await (const recording of iterateRecordings(client, { roomUuid: 'math-101' })) {
 *     console.log(recording.recordId, recording.url);
 *   }
 */
export function iterateRecordings(client: AgoraClassroomClient, options: IterateRecordingsOptions): AsyncGenerator<AgoraRecording, void, undefined> {
  const appId = options.appId ?? client.appId;
  return followNextId(async (nextId) => {
    const result = await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/records', {
      params: { path: { appId, roomUuid: options.roomUuid }, query: nextId === undefined ? {} : { nextId } },
      signal: options.signal,
    });
    return unwrapAgora(result).data;
  });
}
