import type { AgoraClassroomClient } from './createAgoraClassroomClient.ts';
import { followNextId } from './followNextId.ts';
import type { AgoraEvent } from './iterateClassroomEvents.ts';
import { unwrapAgora } from './unwrapAgora.ts';

export interface IterateQuizOrPollDataOptions {
  readonly roomUuid: string;
  /** Items per batch (Agora's `count`, at least 1; the server's default is 100). Sent on every batch. */
  readonly count?: number;
  /** Default: the client's `appId`. */
  readonly appId?: string;
  /** Cancels the request in flight; the iteration then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** The two data lists of the English reference (2.17, 2.18): the `popupQuiz` and `poll` widgets' events. */
export type WidgetDataPath = '/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/popupQuiz/sequences' | '/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/poll/sequences';

/**
 * The loop behind `iteratePopupQuizData` and `iteratePollData`: `count` sent on every batch,
 * `nextId` followed until it is null. Not exported from the package.
 *
 * @example
 *   iterateWidgetData(client, '/edu/apps/{appId}/v2/rooms/{roomUuid}/widgets/poll/sequences', { roomUuid: 'r', count: 10 });
 */
export function iterateWidgetData(client: AgoraClassroomClient, path: WidgetDataPath, options: IterateQuizOrPollDataOptions): AsyncGenerator<AgoraEvent, void, undefined> {
  const appId = options.appId ?? client.appId;
  const { count } = options;
  if (count !== undefined && !(Number.isInteger(count) && count >= 1)) throw new RangeError(`count must be an integer >= 1, got ${count}`);
  return followNextId(async (nextId) => {
    const query = { ...(nextId === undefined ? {} : { nextId }), ...(count === undefined ? {} : { count }) };
    const result = await client.GET(path, { params: { path: { appId, roomUuid: options.roomUuid }, query }, signal: options.signal });
    return unwrapAgora(result).data;
  });
}

