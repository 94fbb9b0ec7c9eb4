import type { AnyClassroomClient } from './createAnyClassroomClient.ts';
import type { AnyClassroomListArgs, AnyClassroomListOptions, AnyClassroomListPath, AnyClassroomPage } from './listTypes.ts';
import { toAnyClassroomError } from './toAnyClassroomError.ts';
import type { AnyClassroomOperationId } from './validationFields.ts';

type LooseGet = (path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Tags a 422 so that `isValidationErrorOf(error, 'listDevices')` narrows its fields. */
const OPERATION_IDS: Record<AnyClassroomListPath, AnyClassroomOperationId> = {
  '/devices': 'listDevices',
  '/devices/{anydeskId}/temporal': 'listDeviceTemporalAccesses',
  '/classrooms': 'listClassrooms',
  '/classrooms/{classroomId}/devices': 'listClassroomDevices',
};

/**
 * Reads an AnyClassroom list page after page, as an async iterator of whole pages
 * (`{data, links, meta}`). It asks for `page` 1, 2, ... itself (with the caller's `per_page` on every
 * request) rather than following `links`, whose URLs the seed shows pointing at other hosts and
 * page sizes (AC-10), and stops after `meta.last_page` (read afresh from each page). It also stops
 * at the first empty page, so an empty list gives one empty page and a page past the end ends the
 * iteration rather than looping.
 *
 * Throws: the typed `AnyClassroomError` of a failed page (after the client's retries): a 422
 * `AnyClassroomValidationError<'page' | 'per_page'>` for a `perPage` below 1 or not an integer, a 404 for an
 * unknown classroom or device, ...; it carries `status`, `code` and `body`. The `signal`'s reason
 * when aborted.
 *
 * @example
 *   for await (const page of iterateAnyClassroomPages(client, '/devices', { perPage: 100 })) {
 *     console.log(`page ${page.meta.current_page} of ${page.meta.last_page}`);
 *   }
 */
export async function* iterateAnyClassroomPages<P extends AnyClassroomListPath>(
  client: AnyClassroomClient,
  path: P,
  ...[options]: AnyClassroomListArgs<P>
): AsyncGenerator<AnyClassroomPage<P>, void, undefined> {
  const opts = (options ?? {}) as AnyClassroomListOptions<P> & { query?: Record<string, unknown>; path?: Record<string, unknown> };
  const get = client.GET as unknown as LooseGet;
  for (let page = opts.startPage ?? 1; ; page++) {
    const query = { ...opts.query, page, ...(opts.perPage === undefined ? {} : { per_page: opts.perPage }) };
    const result = await get(path, { params: { path: opts.path, query }, signal: opts.signal });
    if (!result.response.ok) throw toAnyClassroomError(result.response, result.error, OPERATION_IDS[path]);
    const body = result.data as AnyClassroomPage<P>;
    yield body;
    // Only the four `meta` fields every form prints are read (AC-4).
    const { data, meta } = body as unknown as { data: readonly unknown[]; meta: { current_page: number; last_page: number } };
    if (data.length === 0 || meta.current_page >= meta.last_page || page >= meta.last_page) return;
  }
}
