/** A page number to print in `links`, or the `"..."` gap between two runs of them. */
export type PageWindowItem = number | '...';

/** Laravel's default `onEachSide`: pages printed on each side of the current one in a full slider. */
const ON_EACH_SIDE = 3;

/**
 * The page numbers Laravel's paginator prints in `links` (`Illuminate\Pagination\UrlWindow` with the
 * default `onEachSide` of 3, as `LengthAwarePaginator::linkCollection` uses it): every page while
 * there are fewer than 14; otherwise the first pages near the start (1-10 … last two), the last
 * pages near the end (1, 2 … last ten), and in between 1, 2 … current ± 3 … last two. So an answer
 * holds at most 15 page entries however many pages there are (DECISIONS AC-3).
 *
 * @example
 *   laravelPageWindow(1, 5);     // [1, 2, 3, 4, 5]
 *   laravelPageWindow(1, 2002);  // [1, 2, …, 10, '...', 2001, 2002]
 *   laravelPageWindow(50, 2002); // [1, 2, '...', 47, …, 53, '...', 2001, 2002]
 */
export function laravelPageWindow(current: number, lastPage: number, onEachSide = ON_EACH_SIDE): PageWindowItem[] {
  if (lastPage < onEachSide * 2 + 8) return range(1, lastPage);
  const window = onEachSide + 4;
  const start = range(1, 2);
  const finish = range(lastPage - 1, lastPage);
  if (current <= window) return [...range(1, window + onEachSide), '...', ...finish];
  if (current > lastPage - window) return [...start, '...', ...range(lastPage - (window + (onEachSide - 1)), lastPage)];
  return [...start, '...', ...range(current - onEachSide, current + onEachSide), '...', ...finish];
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
