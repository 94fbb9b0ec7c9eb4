import type { AgoraClassroomClient } from './createAgoraClassroomClient.ts';
import type { AgoraEvent } from './iterateClassroomEvents.ts';
import { iterateWidgetData, type IterateQuizOrPollDataOptions } from './iterateWidgetData.ts';

/**
 * Every item of a classroom's poll data (the `poll` widget's events, cmd 1110: a poll started or
 * ended, each vote), oldest first, `count` per batch, following `nextId` until it is null. Reading
 * consumes nothing.
 *
 * Throws: `RangeError` for a `count` that is not an integer >= 1 (before anything is sent); the
 * named `AgoraError` of a failed batch, e.g. `AgoraRoomNotFoundError`, carrying `status`, `code`
 * and `body`; an `Error` if the server repeats a `nextId`.
 *
 * @example
 *   for await (const item of iteratePollData(client, { roomUuid: 'math-101' })) console.log(item.data);
 */
export function iteratePollData(client: AgoraClassroomClient, options: IterateQuizOrPollDataOptions): AsyncGenerator<AgoraEvent, void, undefined> {
  return iterateWidgetData(client, '/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/poll/sequences', options);
}
