import type { AgoraClassroomClient } from './createAgoraClassroomClient.ts';
import { followNextId } from './followNextId.ts';
import type { AgoraEvent } from './iterateClassroomEvents.ts';
import { unwrapAgora } from './unwrapAgora.ts';

export interface IterateWidgetEventsOptions {
  readonly roomUuid: string;
  /** The widget, e.g. `countdownTimer` or a custom widget's ID. */
  readonly widgetUuid: string;
  /** Default: the client's `appId`. */
  readonly appId?: string;
  /** Cancels the request in flight; the iteration then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Every event (cmd 1110) of one widget of a classroom, oldest first, following `nextId` (100 per
 * batch) until it is null (Agora's Chinese reference only, AG-59). Reading consumes nothing, so the
 * list can be read again. An unused widget yields nothing.
 *
 * Throws: the named `AgoraError` of a failed batch, e.g. `AgoraRoomNotFoundError`, carrying
 * `status`, `code` and `body`; an `Error` if the server repeats a `nextId`.
 *
 * @example
 *   for await (const event of iterateWidgetEvents(client, { roomUuid: 'math-101', widgetUuid: 'countdownTimer' })) {
 *     console.log(event.sequence, event.data);
 *   }
 */
export function iterateWidgetEvents(client: AgoraClassroomClient, options: IterateWidgetEventsOptions): AsyncGenerator<AgoraEvent, void, undefined> {
  const appId = options.appId ?? client.appId;
  return followNextId(async (nextId) => {
    const result = await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/{widgetUuid}/sequences', {
      params: { path: { appId, roomUuid: options.roomUuid, widgetUuid: options.widgetUuid }, query: nextId === undefined ? {} : { nextId } },
      signal: options.signal,
    });
    return unwrapAgora(result).data;
  });
}
