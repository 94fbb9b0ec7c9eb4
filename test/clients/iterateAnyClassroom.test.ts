import { describe, expect, it } from 'vitest';
import { createAnyClassroomClient } from '../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { AnyClassroomNotFoundError, AnyClassroomValidationError } from '../../src/anyclassroom/client/errors.ts';
import { iterateAnyClassroomItems } from '../../src/anyclassroom/client/iterateAnyClassroomItems.ts';
import { iterateAnyClassroomPages } from '../../src/anyclassroom/client/iterateAnyClassroomPages.ts';
import { isValidationErrorOf } from '../../src/anyclassroom/client/validationFields.ts';
import { fakeFetch, json, type SeenRequest } from './support/fakeFetch.ts';

const classroom = (id: number) => ({ id, name: `Room ${id}`, devices_count: 0, created_at: '2026-01-01T00:00:00.000000Z', updated_at: '2026-01-01T00:00:00.000000Z' });

/** A Laravel-like paginator over `total` items (short `meta` form), reading `page` and `per_page`. */
function paginated(total: number, make: (i: number) => unknown = classroom) {
  return (request: SeenRequest) => {
    const page = Number(request.url.searchParams.get('page') ?? 1);
    const perPage = Number(request.url.searchParams.get('per_page') ?? 50);
    if (perPage < 1 || perPage > 100) return json(422, { message: 'The per page field must not be greater than 100.', errors: { per_page: ['The per page field must not be greater than 100.'] } });
    const start = (page - 1) * perPage;
    const data = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => make(start + i + 1));
    return json(200, { data, links: [], meta: { total, per_page: perPage, current_page: page, last_page: Math.max(1, Math.ceil(total / perPage)) } });
  };
}

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe('iterateAnyClassroomItems', () => {
  it('reads every page up to meta.last_page, in order', async () => {
    const server = fakeFetch(paginated(64));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const items = await collect(iterateAnyClassroomItems(client, '/classrooms'));
    expect(items.map((c) => c.id)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    expect(server.seen.map((r) => r.url.search)).toEqual(['?page=1', '?page=2']);
  });

  it('sends the caller\'s per_page on every request', async () => {
    const server = fakeFetch(paginated(64));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const items = await collect(iterateAnyClassroomItems(client, '/classrooms', { perPage: 25 }));
    expect(items).toHaveLength(64);
    expect(server.seen.map((r) => r.url.search)).toEqual(['?page=1&per_page=25', '?page=2&per_page=25', '?page=3&per_page=25']);
  });

  it('yields nothing for an empty list, after one request', async () => {
    const server = fakeFetch(paginated(0));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    expect(await collect(iterateAnyClassroomItems(client, '/classrooms'))).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it('stops at the last page when it is exactly full', async () => {
    const server = fakeFetch(paginated(100));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    expect(await collect(iterateAnyClassroomItems(client, '/classrooms'))).toHaveLength(100);
    expect(server.seen).toHaveLength(2);
  });

  it('stops at an empty page even if meta claims more pages (no endless loop)', async () => {
    const server = fakeFetch((request) =>
      json(200, { data: request.url.searchParams.get('page') === '1' ? [classroom(1)] : [], links: [], meta: { total: 5, per_page: 1, current_page: 1, last_page: 5 } }),
    );
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    expect(await collect(iterateAnyClassroomItems(client, '/classrooms'))).toHaveLength(1);
    expect(server.seen).toHaveLength(2);
  });

  it('fills the path parameters of a nested list', async () => {
    const server = fakeFetch(paginated(3, (i) => ({ anydesk_id: String(i), anydesk_alias: `d${i}@ad`, anydesk_password: 'x', has_2fa: false, status: 'enabled' })));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const devices = await collect(iterateAnyClassroomItems(client, '/classrooms/{classroomId}/devices', { path: { classroomId: 155 } }));
    expect(devices.map((d) => d.anydesk_id)).toEqual(['1', '2', '3']);
    expect(server.seen[0]?.url.pathname).toBe('/api/v1/classrooms/155/devices');
  });

  it('throws a 422 typed with page/per_page fields, carrying status, code and body', async () => {
    const server = fakeFetch(paginated(10));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const error = await collect(iterateAnyClassroomItems(client, '/devices', { perPage: 500 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnyClassroomValidationError);
    expect(error).toMatchObject({ status: 422, code: 'ValidationFailed', operationId: 'listDevices' });
    expect(isValidationErrorOf(error, 'listDevices') && error.fields.per_page).toEqual(['The per page field must not be greater than 100.']);
  });

  it('throws the not-found error of an unknown classroom', async () => {
    const server = fakeFetch(() => json(404, { message: 'Classroom not found.' }));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const error = await collect(iterateAnyClassroomItems(client, '/classrooms/{classroomId}/devices', { path: { classroomId: 9 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnyClassroomNotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'NotFound', body: { message: 'Classroom not found.' } });
  });

  it('fetches a page only when the loop reaches it', async () => {
    const server = fakeFetch(paginated(120));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    for await (const item of iterateAnyClassroomItems(client, '/classrooms')) if (item.id === 3) break;
    expect(server.seen).toHaveLength(1);
  });

  it('rejects with the abort reason once the signal aborts', async () => {
    const controller = new AbortController();
    const server = fakeFetch(paginated(120));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const error = await (async () => {
      for await (const item of iterateAnyClassroomItems(client, '/classrooms', { signal: controller.signal })) if (item.id === 50) controller.abort(new Error('stop'));
    })().catch((e: unknown) => e);
    expect(error).toEqual(new Error('stop'));
    expect(server.seen).toHaveLength(2);
  });
});

describe('iterateAnyClassroomPages', () => {
  it('yields whole pages with their meta, starting at startPage', async () => {
    const server = fakeFetch(paginated(120));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const pages = await collect(iterateAnyClassroomPages(client, '/classrooms', { startPage: 2 }));
    expect(pages.map((p) => [p.meta.current_page, p.data.length])).toEqual([[2, 50], [3, 20]]);
  });

  it('yields one empty page for a start page past the end', async () => {
    const server = fakeFetch(paginated(3));
    const client = createAnyClassroomClient({ token: 't', fetch: server.fetch });
    const pages = await collect(iterateAnyClassroomPages(client, '/classrooms', { startPage: 4 }));
    expect(pages.map((p) => p.data)).toEqual([[]]);
  });
});
