import { describe, expect, it } from 'vitest';
import { paginate, type PageRequest } from '../../../src/anyclassroom/mock/paginate.ts';
import { laravelPageWindow } from '../../../src/anyclassroom/mock/laravelPageWindow.ts';

const items = Array.from({ length: 64 }, (_, i) => i + 1);
const path = 'http://127.0.0.1:4010/api/v1/devices';
const request = (over: Partial<PageRequest>): PageRequest => ({ page: 1, perPage: 50, path, keepPerPage: false, ...over });
const link = (url: string | null, label: string | number, active = false) => ({ url, label, active });

describe('paginate', () => {
  it('prints page 1 of 2 with Previous null, one link per page and Next to page 2', () => {
    const page = paginate(items, request({}));
    expect(page.data).toEqual(items.slice(0, 50));
    expect(page.links).toEqual([link(null, 'Previous'), link(`${path}?page=1`, 1, true), link(`${path}?page=2`, 2), link(`${path}?page=2`, 'Next')]);
    expect(page.meta).toEqual({ current_page: 1, from: 1, last_page: 2, path, per_page: 50, to: 50, total: 64 });
  });

  it('prints the last page with Next null', () => {
    const page = paginate(items, request({ page: 2 }));
    expect(page.data).toEqual(items.slice(50));
    expect(page.links).toEqual([link(`${path}?page=1`, 'Previous'), link(`${path}?page=1`, 1), link(`${path}?page=2`, 2, true), link(null, 'Next')]);
    expect(page.meta).toMatchObject({ from: 51, to: 64, current_page: 2, last_page: 2 });
  });

  it('keeps per_page before page in every URL when the request named it', () => {
    const page = paginate(items, request({ page: 2, perPage: 20, keepPerPage: true }));
    expect(page.links.map((l) => l.url)).toEqual([
      `${path}?per_page=20&page=1`,
      `${path}?per_page=20&page=1`,
      `${path}?per_page=20&page=2`,
      `${path}?per_page=20&page=3`,
      `${path}?per_page=20&page=4`,
      `${path}?per_page=20&page=3`,
    ]);
  });

  it('answers a page past the last one empty, from/to null, Previous to the page before, nothing active', () => {
    const page = paginate(items.slice(0, 2), request({ page: 3 }));
    expect(page.data).toEqual([]);
    expect(page.links).toEqual([link(`${path}?page=2`, 'Previous'), link(`${path}?page=1`, 1), link(null, 'Next')]);
    expect(page.meta).toEqual({ current_page: 3, from: null, last_page: 1, path, per_page: 50, to: null, total: 2 });
  });

  it('prints an empty result as one empty page 1', () => {
    const page = paginate([], request({}));
    expect(page.links).toEqual([link(null, 'Previous'), link(`${path}?page=1`, 1, true), link(null, 'Next')]);
    expect(page.meta).toEqual({ current_page: 1, from: null, last_page: 1, path, per_page: 50, to: null, total: 0 });
  });

  it('prints the full meta form in Laravel order', () => {
    expect(Object.keys(paginate(items, request({})).meta)).toEqual(['current_page', 'from', 'last_page', 'path', 'per_page', 'to', 'total']);
  });

  it.each([
    { total: 0, perPage: 1, lastPage: 1 },
    { total: 1, perPage: 1, lastPage: 1 },
    { total: 100, perPage: 100, lastPage: 1 },
    { total: 101, perPage: 100, lastPage: 2 },
    { total: 64, perPage: 7, lastPage: 10 },
  ])('counts $lastPage page(s) for $total items of $perPage', ({ total, perPage, lastPage }) => {
    const page = paginate(Array.from({ length: total }), request({ perPage }));
    expect(page.meta.last_page).toBe(lastPage);
    expect(page.links).toHaveLength(lastPage + 2);
  });
});

describe('laravelPageWindow (Laravel UrlWindow, onEachSide 3)', () => {
  const pages = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

  it('prints every page while there are fewer than 14', () => {
    expect(laravelPageWindow(1, 1)).toEqual([1]);
    expect(laravelPageWindow(7, 13)).toEqual(pages(1, 13));
  });

  it('prints pages 1-10, a gap and the last two near the start', () => {
    expect(laravelPageWindow(1, 14)).toEqual([...pages(1, 10), '...', 13, 14]);
    expect(laravelPageWindow(7, 2002)).toEqual([...pages(1, 10), '...', 2001, 2002]);
  });

  it('prints the first two, a gap and the last ten near the end', () => {
    expect(laravelPageWindow(8, 14)).toEqual([1, 2, '...', ...pages(5, 14)]);
    expect(laravelPageWindow(2002, 2002)).toEqual([1, 2, '...', ...pages(1993, 2002)]);
  });

  it('prints the first two, the current page with three on each side and the last two in between', () => {
    expect(laravelPageWindow(50, 2002)).toEqual([1, 2, '...', ...pages(47, 53), '...', 2001, 2002]);
    expect(laravelPageWindow(8, 2002)).toEqual([1, 2, '...', ...pages(5, 11), '...', 2001, 2002]);
  });

  it('keeps the links of page 1 of 100,000 items at 15 entries, gaps unlinked', () => {
    const all = { length: 100_000, slice: (a: number, b: number) => pages(a + 1, b) };
    const page = paginate(all, { page: 1, perPage: 50, path, keepPerPage: false });
    expect(page.links).toHaveLength(15);
    expect(page.links[11]).toEqual(link(null, '...'));
    expect(page.links.at(-2)).toEqual(link(`${path}?page=2000`, 2000));
  });
});
