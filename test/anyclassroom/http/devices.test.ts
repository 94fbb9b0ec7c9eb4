import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW_MS, SEED, TOKEN, seedDevice, startAnyClassroom, type AnyClassroomTestMock } from '../fixture.ts';

let t: AnyClassroomTestMock;
beforeAll(async () => {
  t = await startAnyClassroom();
});
afterAll(() => t.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const OWN_DEVICES = SEED.devices.filter((d) => d.account === undefined);

describe('GET /devices', () => {
  it('answers page 1 of 2 with 50 devices, links on the request URL and the full meta form', async () => {
    const { status, body } = await json(await t.api('/devices'));
    const path = `${t.origin}/api/v1/devices`;
    expect(status).toBe(200);
    expect(body.data).toHaveLength(50);
    expect(body.data[0]).toEqual({ ...OWN_DEVICES[0], classroom_id: undefined });
    expect(body.links).toEqual([
      { url: null, label: 'Previous', active: false },
      { url: `${path}?page=1`, label: 1, active: true },
      { url: `${path}?page=2`, label: 2, active: false },
      { url: `${path}?page=2`, label: 'Next', active: false },
    ]);
    expect(body.meta).toEqual({ current_page: 1, from: 1, last_page: 2, path, per_page: 50, to: 50, total: 67 });
  });

  it('answers the last 17 devices on page 2 with Next null', async () => {
    const { body } = await json(await t.api('/devices?page=2'));
    expect(body.data.map((d: any) => d.anydesk_alias)).toEqual(OWN_DEVICES.slice(50).map((d) => d.anydesk_alias));
    expect(body.links.at(-1)).toEqual({ url: null, label: 'Next', active: false });
    expect(body.meta).toMatchObject({ current_page: 2, from: 51, to: 67, last_page: 2 });
  });

  it('keeps per_page in every link URL when the request gives it, like the seed', async () => {
    const { body } = await json(await t.api('/devices?per_page=20&page=2&sort=ignored'));
    const path = `${t.origin}/api/v1/devices`;
    expect(body.data).toHaveLength(20);
    expect(body.links.map((l: any) => [l.label, l.url, l.active])).toEqual([
      ['Previous', `${path}?per_page=20&page=1`, false],
      [1, `${path}?per_page=20&page=1`, false],
      [2, `${path}?per_page=20&page=2`, true],
      [3, `${path}?per_page=20&page=3`, false],
      [4, `${path}?per_page=20&page=4`, false],
      ['Next', `${path}?per_page=20&page=3`, false],
    ]);
    expect(body.meta).toMatchObject({ per_page: 20, from: 21, to: 40, last_page: 4, path });
  });

  it('answers a page past the last one with no data, from/to null and no error', async () => {
    const { status, body } = await json(await t.api('/devices?page=3'));
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.meta).toMatchObject({ current_page: 3, from: null, to: null, last_page: 2, total: 67 });
    expect(body.links[0].url).toBe(`${t.origin}/api/v1/devices?page=2`);
    expect(body.links.some((l: any) => l.active)).toBe(false);
  });

  it('never lists devices of another account', async () => {
    const { body } = await json(await t.api('/devices?per_page=100'));
    expect(body.data).toHaveLength(67);
    expect(body.data.some((d: any) => d.anydesk_alias.startsWith('rs-'))).toBe(false);
  });

  it('builds the links on the Host the client called', async () => {
    // fetch cannot set Host; node:http can.
    const body = await new Promise<any>((resolve, reject) => {
      const req = request(`${t.origin}/api/v1/devices/?per_page=60`, { headers: { 'X-Token-AC': TOKEN, Host: 'school.example:8080' } }, (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(JSON.parse(text)));
      });
      req.on('error', reject);
      req.end();
    });
    expect(body.meta.path).toBe('http://school.example:8080/api/v1/devices');
    expect(body.links[1].url).toBe('http://school.example:8080/api/v1/devices?per_page=60&page=1');
  });
});

describe('GET /devices/{anydeskId}', () => {
  const lab1 = seedDevice('lab1-pc-01@ad');

  it.each([
    ['its AnyDesk ID', lab1.anydesk_id],
    ['its alias', 'lab1-pc-01@ad'],
    ['its alias with @ encoded', 'lab1-pc-01%40ad'],
  ])('finds a device by %s', async (_, key) => {
    const { status, body } = await json(await t.api(`/devices/${key}`));
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ anydesk_id: lab1.anydesk_id, anydesk_alias: 'lab1-pc-01@ad', anydesk_password: lab1.anydesk_password, has_2fa: true, status: 'enabled' });
  });

  it('prints the classroom as {id, name} and the latest five links newest first, without timestamps', async () => {
    const { body } = await json(await t.api('/devices/lab1-pc-01@ad'));
    const links = SEED.temporal_accesses.filter((l) => l.anydesk_id === lab1.anydesk_id);
    expect(links).toHaveLength(7);
    expect(body.data.classroom).toEqual({ id: 114, name: 'Computer Lab 1' });
    // Seed order 0..6; links 4 and 5 share a created_at, so the later-inserted 5 comes first.
    expect(body.data.latest_temporal_access.map((l: any) => l.token)).toEqual([6, 5, 4, 3, 2].map((i) => links[i]!.token));
    expect(Object.keys(body.data.latest_temporal_access[0])).toEqual(['token', 'from_time', 'until_time', 'url']);
  });

  it('prints classroom null and an empty latest_temporal_access for a spare device', async () => {
    const { body } = await json(await t.api('/devices/spare-laptop-05@ad'));
    expect(body.data).toMatchObject({ classroom: null, latest_temporal_access: [], has_2fa: false, status: 'disabled' });
  });

  it.each(['000000000', 'LAB1-PC-01@ad', 'lab1-pc-01', 'nobody@ad'])('answers 404 Device not found. for %s (exact match only)', async (key) => {
    expect(await json(await t.api(`/devices/${key}`))).toEqual({ status: 404, body: { message: 'Device not found.' } });
  });

  it('answers 403 for a device of another account, by ID or alias', async () => {
    for (const key of ['rs-laba-pc-02@ad', seedDevice('rs-spare-01@ad').anydesk_id]) {
      expect(await json(await t.api(`/devices/${key}`))).toEqual({ status: 403, body: { message: 'This action is unauthorized.' } });
    }
  });

  it('keeps the clock frozen where the test put it', () => {
    expect(t.clock.nowMs()).toBe(NOW_MS);
  });
});

describe('pagination parameters on every list', () => {
  const lists = ['/devices', '/devices/lab1-pc-01@ad/temporal', '/classrooms', '/classrooms/114/devices'];
  const cases: [string, Record<string, string[]>, string][] = [
    ['per_page=abc', { per_page: ['The per page field must be an integer.'] }, 'The per page field must be an integer.'],
    ['per_page=0', { per_page: ['The per page field must be at least 1.'] }, 'The per page field must be at least 1.'],
    ['per_page=-5', { per_page: ['The per page field must be at least 1.'] }, 'The per page field must be at least 1.'],
    ['per_page=2.5', { per_page: ['The per page field must be an integer.'] }, 'The per page field must be an integer.'],
    ['per_page=1e2', { per_page: ['The per page field must be an integer.'] }, 'The per page field must be an integer.'],
    ['per_page=0x10', { per_page: ['The per page field must be an integer.'] }, 'The per page field must be an integer.'],
    ['per_page=0&page=abc', { per_page: ['The per page field must be at least 1.'] }, 'The per page field must be at least 1.'],
  ];
  for (const list of lists) {
    it.each(cases)(`answers ${list}?%s with a Laravel 422 on per_page only`, async (query, errors, message) => {
      const { status, body } = await json(await t.api(`${list}?${query}`));
      expect(status).toBe(422);
      expect(body).toEqual({ message, errors });
      expect(Object.keys(body.errors)).toEqual(Object.keys(errors));
    });

    it(`sets no upper bound on per_page: ${list}?per_page=101 and per_page=100000 answer 200 and print the size asked (AC-9)`, async () => {
      for (const size of [101, 100_000]) {
        const { status, body } = await json(await t.api(`${list}?per_page=${size}`));
        expect(status).toBe(200);
        expect(body.meta).toMatchObject({ per_page: size, current_page: 1, last_page: 1 });
        expect(body.data).toHaveLength(body.meta.total);
        expect(body.links[1].url).toBe(`${t.origin}/api/v1${list}?per_page=${size}&page=1`);
      }
    });

    it.each(['0', '-1', 'abc', '1.0', '0x10', '1e400', '02', '', '2.5', '99999999999999999999'])(`reads ${list}?per_page=1&page=%s as page 1, as Laravel's paginator does (AC-9)`, async (page) => {
      const { status, body } = await json(await t.api(`${list}?per_page=1&page=${encodeURIComponent(page)}`));
      expect(status).toBe(200);
      expect(body.meta).toMatchObject({ current_page: 1, per_page: 1 });
      expect(body.links.find((l: any) => l.active)?.label).toBe(1);
    });
  }

  it.each([
    ['2', 2],
    [' 2', 2],
    ['2 ', 2],
    ['+2', 2],
  ])('reads page=%j as page %i (PHP integer filter: sign allowed, whitespace trimmed)', async (page, expected) => {
    const { body } = await json(await t.api(`/devices?per_page=1&page=${encodeURIComponent(page)}`));
    expect(body.meta).toMatchObject({ current_page: expected, from: expected, to: expected });
  });

  it.each([
    ['/devices/ghost-pc@ad/temporal?per_page=0', 404, 'Device not found.'],
    ['/devices/ghost-pc@ad?page=0', 404, 'Device not found.'],
    ['/devices/rs-laba-pc-01@ad/temporal?per_page=abc', 403, 'This action is unauthorized.'],
    ['/classrooms/999/devices?per_page=0', 404, 'Classroom not found.'],
    ['/classrooms/201/devices?per_page=0', 403, 'This action is unauthorized.'],
  ])('answers %s with the resource %i before the query 422 (AC-39)', async (path, status, message) => {
    expect(await json(await t.api(path))).toEqual({ status, body: { message } });
  });

  it.each(['per_page=1', 'per_page=100', 'page=1'])('accepts %s', async (query) => {
    expect((await t.api(`/devices?${query}`)).status).toBe(200);
  });
});
