import { describe, expect, it } from 'vitest';
import { paginate, type PageRequest } from '../../../src/anyclassroom/mock/paginate.ts';

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
