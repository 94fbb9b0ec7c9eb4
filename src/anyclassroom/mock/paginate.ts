import type { components } from '../../../generated/anyclassroom.ts';
import { laravelPageWindow } from './laravelPageWindow.ts';
import type { Sliceable } from './Sliceable.ts';

type PaginationLink = components['schemas']['PaginationLink'];
type PaginationMeta = components['schemas']['PaginationMeta'];

/** Which page to cut and how its links are written (no HTTP objects: the handler extracts these). */
export interface PageRequest {
  /** 1-based page number, an integer >= 1 (`laravelPage` reads the query's value). */
  readonly page: number;
  /** Page size: an integer >= 1 with no upper bound (validated by the document, default 50). */
  readonly perPage: number;
  /** The collection's absolute URL without query: the request's origin + path, no trailing slash. */
  readonly path: string;
  /** Whether the request named `per_page`: then every page URL keeps it (`?per_page=20&page=1`). */
  readonly keepPerPage: boolean;
}

/** One page in the seed's collection shape, `data` still holding domain rows. */
export interface Page<T> {
  readonly data: T[];
  readonly links: PaginationLink[];
  readonly meta: PaginationMeta;
}

/**
 * Cuts one page out of a whole result the way the API's customised Laravel paginator prints it:
 * `links` is "Previous", the page numbers of Laravel's URL window (every page while there are fewer
 * than 14, else runs of them with `"..."` gaps: `laravelPageWindow`; the current one `active`), "Next",
 * with URLs built on `path`; "Previous" is null on page 1 and "Next" null on the last page or past it. A page past the
 * last one is empty with `from`/`to` null, not an error. `meta` is Laravel's full form (`current_page,
 * from, last_page, path, per_page, to, total`) on every list (BEHAVIOUR 5, DECISIONS AC-4).
 * Only the page is read from `all` (`slice`) and `links` holds at most 17 entries, so a page costs
 * O(page) however long the list is.
 *
 * @example
 *   const p = paginate(devices, { page: 2, perPage: 50, path: 'http://127.0.0.1:4010/api/v1/devices', keepPerPage: false });
 *   p.meta;     // { current_page: 2, from: 51, last_page: 2, path: '...', per_page: 50, to: 64, total: 64 }
 *   p.links[0]; // { url: 'http://127.0.0.1:4010/api/v1/devices?page=1', label: 'Previous', active: false }
 */
export function paginate<T>(all: Sliceable<T>, request: PageRequest): Page<T> {
  const { page, perPage } = request;
  const total = all.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const data = all.slice((page - 1) * perPage, page * perPage);
  const from = data.length > 0 ? (page - 1) * perPage + 1 : null;
  const to = from === null ? null : from + data.length - 1;
  const url = (n: number) => `${request.path}?${request.keepPerPage ? `per_page=${perPage}&` : ''}page=${n}`;

  const links: PaginationLink[] = [{ url: page > 1 ? url(page - 1) : null, label: 'Previous', active: false }];
  for (const item of laravelPageWindow(page, lastPage)) {
    links.push(item === '...' ? { url: null, label: '...', active: false } : { url: url(item), label: item, active: item === page });
  }
  links.push({ url: page < lastPage ? url(page + 1) : null, label: 'Next', active: false });

  const meta: PaginationMeta = { current_page: page, from, last_page: lastPage, path: request.path, per_page: perPage, to, total };
  return { data, links, meta };
}
