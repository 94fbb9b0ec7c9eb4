import type { paths } from '../../../generated/anyclassroom.ts';

/** What a paginated AnyClassroom answer has in common: `data` plus `meta` with the four fields every form prints (AC-4). */
interface PageShape {
  readonly data: readonly unknown[];
  readonly meta: { readonly current_page: number; readonly last_page: number; readonly per_page: number; readonly total: number };
}

type ListGet<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer Page } } } } }
  ? Page extends PageShape
    ? Page
    : never
  : never;

/**
 * The AnyClassroom paths whose GET answers one page of a list (`{data, links, meta}`):
 * `/devices`, `/devices/{anydeskId}/temporal`, `/classrooms`, `/classrooms/{classroomId}/devices`.
 *
 * @example
 *   const path: AnyClassroomListPath = '/classrooms';
 */
export type AnyClassroomListPath = { [P in keyof paths]: [ListGet<P>] extends [never] ? never : P }[keyof paths];

/** One page of the list at `P`, as the API prints it. */
export type AnyClassroomPage<P extends AnyClassroomListPath> = ListGet<P>;

/** One item of the list at `P` (`Device`, `TemporalAccess`, `Classroom`). */
export type AnyClassroomListItem<P extends AnyClassroomListPath> = ListGet<P>['data'][number];

type GetParameters<P extends AnyClassroomListPath> = paths[P]['get']['parameters'];
type PathParams<P extends AnyClassroomListPath> = NonNullable<GetParameters<P>['path']>;
type ExtraQuery<P extends AnyClassroomListPath> = Omit<NonNullable<GetParameters<P>['query']>, 'page' | 'per_page'>;

/**
 * Options of the AnyClassroom list iterators. `path` is required exactly when the list's path has
 * parameters (`{ path: { classroomId: 155 } }`), and must not be given otherwise.
 */
export type AnyClassroomListOptions<P extends AnyClassroomListPath> = {
  /** Items per page, sent as `per_page` on every request (an integer of at least 1, no upper bound; the server's default is 50). */
  readonly perPage?: number;
  /** The first page to read (default 1). */
  readonly startPage?: number;
  /** Cancels the request in flight and ends the iteration (the promise rejects with the reason). */
  readonly signal?: AbortSignal;
} & ([keyof ExtraQuery<P>] extends [never] ? { readonly query?: never } : { readonly query?: ExtraQuery<P> }) &
  ([PathParams<P>] extends [never] ? { readonly path?: never } : { readonly path: PathParams<P> });

/** The options argument: optional for lists without path parameters, required for the others. */
export type AnyClassroomListArgs<P extends AnyClassroomListPath> = [PathParams<P>] extends [never]
  ? [options?: AnyClassroomListOptions<P>]
  : [options: AnyClassroomListOptions<P>];
