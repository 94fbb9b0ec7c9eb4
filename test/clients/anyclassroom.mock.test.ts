import { describe, expect, it } from 'vitest';
import {
  AnyClassroomAlreadyInvalidatedError,
  AnyClassroomForbiddenError,
  AnyClassroomNotFoundError,
  AnyClassroomUnauthenticatedError,
  AnyClassroomValidationError,
} from '../../src/anyclassroom/client/errors.ts';
import { iterateAnyClassroomItems } from '../../src/anyclassroom/client/iterateAnyClassroomItems.ts';
import { iterateAnyClassroomPages } from '../../src/anyclassroom/client/iterateAnyClassroomPages.ts';
import { unwrapAnyClassroom } from '../../src/anyclassroom/client/unwrapAnyClassroom.ts';
import { isValidationErrorOf } from '../../src/anyclassroom/client/validationFields.ts';
import { collect, useRunningMocks } from './support/runningMocks.ts';

// 2026-06-01T12:00:00Z, the instant the mock's own HTTP tests freeze the clock at.
const NOW = 1_780_315_200;
const t = useRunningMocks({ anyclassroom: NOW });
const catching = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe('AnyClassroom client against the stateful mock: every operation', () => {
  it('listDevices: the first page holds 50 of the account\'s 67 devices', async () => {
    const page = unwrapAnyClassroom(await t.anyClassroom().GET('/devices'));
    expect(page.data).toHaveLength(50);
    expect(page.meta).toMatchObject({ current_page: 1, last_page: 2, total: 67 });
  });

  it('getDevice: by AnyDesk ID and by alias (the @ sent as %40)', async () => {
    const client = t.anyClassroom();
    const byId = unwrapAnyClassroom(await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '7788097973' } } }));
    const byAlias = unwrapAnyClassroom(await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: 'lab1-pc-01@ad' } } }));
    expect(byAlias).toEqual(byId);
    expect(byId.data.classroom).toEqual({ id: 114, name: 'Computer Lab 1' });
    expect(t.requests[1]?.url).toContain('/devices/lab1-pc-01%40ad');
  });

  it('createTemporalAccess, listDeviceTemporalAccesses and invalidateTemporalAccess, then a second invalidation is 422, before and past the mark', async () => {
    const client = t.anyClassroom();
    const path = { anydeskId: '7788097973' };
    const { data: link } = unwrapAnyClassroom(await client.POST('/devices/{anydeskId}/temporal', { params: { path }, body: { until_time: NOW + 3600 } }), 'createTemporalAccess');
    expect(link).toMatchObject({ from_time: NOW, until_time: NOW + 3600 });

    const links = await collect(iterateAnyClassroomItems(client, '/devices/{anydeskId}/temporal', { path }));
    expect(links[0]?.token).toBe(link.token);

    const done = unwrapAnyClassroom(await client.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token: link.token } } }));
    expect(done).toEqual({ status: 'Invalidated', session_expires_at: NOW + 30 });
    const [cut] = await collect(iterateAnyClassroomItems(client, '/devices/{anydeskId}/temporal', { path }));
    expect(cut).toMatchObject({ token: link.token, until_time: NOW + 30, url: expect.stringContaining(`?expires=${NOW + 30}&signature=`) });

    for (const advance of [0, 31]) {
      await t.control(new URL(t.mocks.anyClassroomUrl).origin, 'clock', { advance });
      const again = await client.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token: link.token } } });
      const error = catching(Promise.resolve().then(() => unwrapAnyClassroom(again)));
      await expect(error).resolves.toBeInstanceOf(AnyClassroomAlreadyInvalidatedError);
    }
  });

  it('listClassrooms and listClassroomDevices', async () => {
    const client = t.anyClassroom();
    const classrooms = await collect(iterateAnyClassroomItems(client, '/classrooms'));
    expect(classrooms.map((c) => [c.id, c.devices_count])).toEqual([[114, 20], [115, 18], [116, 8], [117, 6], [118, 0], [155, 3]]);
    const devices = await collect(iterateAnyClassroomItems(client, '/classrooms/{classroomId}/devices', { path: { classroomId: 115 } }));
    expect(devices).toHaveLength(18);
  });
});

describe('AnyClassroom helpers against the stateful mock', () => {
  it('iterates all 67 devices in two requests of 50', async () => {
    const devices = await collect(iterateAnyClassroomItems(t.anyClassroom(), '/devices'));
    expect(devices).toHaveLength(67);
    expect(new Set(devices.map((d) => d.anydesk_id)).size).toBe(67);
    expect(t.requests.map((r) => new URL(r.url).search)).toEqual(['?page=1', '?page=2']);
  });

  it('honours per_page: 25 per page is three requests, the last one holding 17', async () => {
    const pages = await collect(iterateAnyClassroomPages(t.anyClassroom(), '/devices', { perPage: 25 }));
    expect(pages.map((p) => p.data.length)).toEqual([25, 25, 17]);
    expect(pages.at(-1)?.meta).toMatchObject({ current_page: 3, last_page: 3 });
  });

  it('yields nothing for an empty classroom', async () => {
    expect(await collect(iterateAnyClassroomItems(t.anyClassroom(), '/classrooms/{classroomId}/devices', { path: { classroomId: 118 } }))).toEqual([]);
    expect(t.requests).toHaveLength(1);
  });

  it('reads every device in one request of per_page 500 (no upper bound)', async () => {
    const pages = await collect(iterateAnyClassroomPages(t.anyClassroom(), '/devices', { perPage: 500 }));
    expect(pages.map((p) => [p.data.length, p.meta.per_page])).toEqual([[67, 500]]);
  });

  it('throws a typed 422 naming per_page when it is below 1', async () => {
    const error = await catching(collect(iterateAnyClassroomItems(t.anyClassroom(), '/devices', { perPage: 0 })));
    expect(error).toBeInstanceOf(AnyClassroomValidationError);
    expect(isValidationErrorOf(error, 'listDevices') && Object.keys(error.fields)).toEqual(['per_page']);
    expect(error).toMatchObject({ status: 422, code: 'ValidationFailed', url: `${t.mocks.anyClassroomUrl}/devices?page=1&per_page=0` });
  });
});

describe('AnyClassroom errors from the stateful mock', () => {
  it('401 with a wrong token', async () => {
    const result = await t.anyClassroom({ token: 'wrong' }).GET('/classrooms');
    expect(() => unwrapAnyClassroom(result)).toThrow(AnyClassroomUnauthenticatedError);
  });

  it('404 for an unknown device and 403 for another account\'s device', async () => {
    const client = t.anyClassroom();
    const missing = await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    expect(() => unwrapAnyClassroom(missing)).toThrow(AnyClassroomNotFoundError);
    const other = (await import('../../mocks/anyclassroom.seed.json', { with: { type: 'json' } })).default.devices.find((d: { account?: string }) => d.account);
    const foreign = await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: String(other?.anydesk_id) } } });
    expect(() => unwrapAnyClassroom(foreign)).toThrow(AnyClassroomForbiddenError);
  });

  it('422 with typed fields when from_time is not lower than until_time', async () => {
    const result = await t.anyClassroom().POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '7788097973' } }, body: { from_time: NOW + 10, until_time: NOW } });
    let error: unknown;
    try {
      unwrapAnyClassroom(result, 'createTemporalAccess');
    } catch (e) {
      error = e;
    }
    expect(isValidationErrorOf(error, 'createTemporalAccess')).toBe(true);
    if (isValidationErrorOf(error, 'createTemporalAccess')) expect(error.fields.from_time?.length).toBe(1);
  });
});
