import type { components } from '../../../generated/agora-classroom.ts';
import type { AgoraClassroomClient } from './createAgoraClassroomClient.ts';
import { followNextId } from './followNextId.ts';
import { unwrapAgora } from './unwrapAgora.ts';

/** One classroom event `{roomUuid, cmd, sequence, version, data}`; `data` depends on `cmd`. */
export type AgoraEvent = components['schemas']['Event'];

export interface IterateClassroomEventsOptions {
  readonly roomUuid: string;
  /** Only events of this type (`1` class state, `3` chat, `20` users, `1001` recording, ...). */
  readonly cmd?: number;
  /** Default: the client's `appId`. */
  readonly appId?: string;
  /** Cancels the request in flight; the iteration then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Every event of one classroom in `sequence` order, following `nextId` until it is null. Reading
 * this list consumes nothing (unlike `pollClassroomEvents`), so it can be read again.
 *
 * Throws: the named `AgoraError` of a failed batch, e.g. `AgoraRoomNotFoundError`, carrying
 * `status`, `code` and `body`; an `Error` if the server repeats a `nextId`.
 *
 * @example
 *   for await (const event of iterateClassroomEvents(client, { roomUuid: 'math-101', cmd: 3 })) {
 *     if (isAgoraEvent(event, 3)) console.log(event.data.message);
 *   }
 */
export function iterateClassroomEvents(client: AgoraClassroomClient, options: IterateClassroomEventsOptions): AsyncGenerator<AgoraEvent, void, undefined> {
  const appId = options.appId ?? client.appId;
  return followNextId(async (nextId) => {
    const query = { ...(nextId === undefined ? {} : { nextId }), ...(options.cmd === undefined ? {} : { cmd: options.cmd }) };
    const result = await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/sequences', {
      params: { path: { appId, roomUuid: options.roomUuid }, query },
      signal: options.signal,
    });
    return unwrapAgora(result).data;
  });
}
