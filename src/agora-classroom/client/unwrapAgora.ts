import { unwrapResult, type FetchResultLike } from '../../core/client/unwrapResult.ts';
import { toAgoraError } from './toAgoraError.ts';

/**
 * The data of a successful Agora call, or a throw of its named error (`AgoraClassEndedError` for
 * 30409101, `AgoraRoomNotFoundError` for 20404100, ...; see `toAgoraError`).
 *
 * Throws: an `AgoraError` subclass carrying `status`, `code` (the business code) and `body`.
 *
 * @example
 *   const { data: classroom } = unwrapAgora(
 *     await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: client.appId, roomUuid: 'math-101' } } }),
 *   );
 */
export function unwrapAgora<Data>(result: FetchResultLike<Data>): Exclude<Data, undefined> {
  return unwrapResult(result, toAgoraError);
}
