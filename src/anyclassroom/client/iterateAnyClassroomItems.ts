import type { AnyClassroomClient } from './createAnyClassroomClient.ts';
import { iterateAnyClassroomPages } from './iterateAnyClassroomPages.ts';
import type { AnyClassroomListArgs, AnyClassroomListItem, AnyClassroomListPath } from './listTypes.ts';

/**
 * Every item of an AnyClassroom list, across all its pages (see `iterateAnyClassroomPages` for how
 * pages are followed, and what it throws: the typed error of a failed page, carrying `status`,
 * `code` and `body`). Pages are fetched only as the loop reaches them; an empty list yields nothing.
 *
 * @example
 *   for await (const device of iterateAnyClassroomItems(client, '/classrooms/{classroomId}/devices', { path: { classroomId: 155 } })) {
 *     console.log(device.anydesk_alias);
 *   }
 */
export async function* iterateAnyClassroomItems<P extends AnyClassroomListPath>(
  client: AnyClassroomClient,
  path: P,
  ...args: AnyClassroomListArgs<P>
): AsyncGenerator<AnyClassroomListItem<P>, void, undefined> {
  for await (const page of iterateAnyClassroomPages(client, path, ...args)) {
    yield* (page as unknown as { data: AnyClassroomListItem<P>[] }).data;
  }
}
