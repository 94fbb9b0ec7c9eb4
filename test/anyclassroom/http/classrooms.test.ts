import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, SEED, startAnyClassroom, type AnyClassroomTestMock } from '../fixture.ts';

let t: AnyClassroomTestMock;
beforeAll(async () => {
  t = await startAnyClassroom();
});
afterAll(() => t.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

describe('GET /classrooms', () => {
  it('lists the account classrooms with the full meta form and seed timestamps', async () => {
    const { status, body } = await json(await t.api('/classrooms'));
    expect(status).toBe(200);
    expect(body.data.map((c: any) => [c.id, c.name, c.devices_count])).toEqual([
      [114, 'Computer Lab 1', 20],
      [115, 'Computer Lab 2', 18],
      [116, 'Library', 8],
      [117, 'Science Room', 6],
      [118, 'Staff Room', 0],
      [155, 'Demo Room', 3],
    ]);
    expect(body.data[3]).toEqual({ id: 117, name: 'Science Room', devices_count: 6, created_at: '2025-09-01T13:20:00.000000Z', updated_at: '2026-01-08T09:11:47.000000Z' });
    expect(body.meta).toEqual({ current_page: 1, from: 1, last_page: 1, path: `${t.origin}/api/v1/classrooms`, per_page: 50, to: 6, total: 6 });
    expect(body.links).toEqual([
      { url: null, label: 'Previous', active: false },
      { url: `${t.origin}/api/v1/classrooms?page=1`, label: 1, active: true },
      { url: null, label: 'Next', active: false },
    ]);
  });

  it('gives each classroom a devices_count equal to the total of its device list', async () => {
    const { body } = await json(await t.api('/classrooms'));
    for (const classroom of body.data) {
      const devices = await json(await t.api(`/classrooms/${classroom.id}/devices?per_page=1`));
      expect(devices.body.meta.total, classroom.name).toBe(classroom.devices_count);
    }
  });

  it('pages classrooms with per_page', async () => {
    const { body } = await json(await t.api('/classrooms?per_page=2&page=3'));
    expect(body.data.map((c: any) => c.id)).toEqual([118, 155]);
    expect(body.meta).toEqual({ current_page: 3, from: 5, last_page: 3, path: `${t.origin}/api/v1/classrooms`, per_page: 2, to: 6, total: 6 });
  });
});

describe('GET /classrooms/{classroomId}/devices', () => {
  it('lists a classroom devices in pages, with links on the request URL', async () => {
    const { status, body } = await json(await t.api('/classrooms/114/devices?per_page=5&page=2'));
    const expected = SEED.devices.filter((d) => d.classroom_id === 114).slice(5, 10);
    expect(status).toBe(200);
    expect(body.data).toEqual(expected.map(({ classroom_id: _, ...device }) => device));
    expect(body.meta).toEqual({ current_page: 2, from: 6, last_page: 4, path: `${t.origin}/api/v1/classrooms/114/devices`, per_page: 5, to: 10, total: 20 });
    expect(body.links.map((l: any) => l.url)).toEqual([
      `${t.origin}/api/v1/classrooms/114/devices?per_page=5&page=1`,
      ...[1, 2, 3, 4].map((n) => `${t.origin}/api/v1/classrooms/114/devices?per_page=5&page=${n}`),
      `${t.origin}/api/v1/classrooms/114/devices?per_page=5&page=3`,
    ]);
  });

  it('lists an empty classroom as an empty first page', async () => {
    const { body } = await json(await t.api('/classrooms/118/devices'));
    expect(body).toMatchObject({ data: [], meta: { total: 0, current_page: 1, last_page: 1 } });
  });

  it.each([
    ['an unknown id', '999'],
    ['an id that is not an integer', 'abc'],
    ['id 0', '0'],
    ['a fraction', '114.5'],
  ])('answers 404 Classroom not found. for %s (route-model binding)', async (_, id) => {
    expect(await json(await t.api(`/classrooms/${id}/devices`))).toEqual({ status: 404, body: { message: 'Classroom not found.' } });
  });

  it('answers 404 for a bad classroom id even when the query is also invalid (binding runs first)', async () => {
    expect((await t.api('/classrooms/abc/devices?per_page=0')).status).toBe(404);
  });

  it('answers 403 for a classroom of another account', async () => {
    expect(await json(await t.api('/classrooms/201/devices'))).toEqual({ status: 403, body: { message: 'This action is unauthorized.' } });
  });

  it('never changes devices_count when links are created (it counts devices only)', async () => {
    await t.api('/devices/lab1-pc-02@ad/temporal', postJson({ until_time: 1900000000 }));
    const { body } = await json(await t.api('/classrooms'));
    expect(body.data[0].devices_count).toBe(20);
  });
});
