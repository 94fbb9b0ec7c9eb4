import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hasValidSignature } from '../../../src/anyclassroom/mock/signTemporalAccessUrl.ts';
import { APP_KEY, LINK_BASE_URL, NOW_MS, postJson, SEED, seedDevice, startAnyClassroom, utc, type AnyClassroomTestMock } from '../fixture.ts';

let t: AnyClassroomTestMock;
beforeAll(async () => {
  t = await startAnyClassroom();
});
beforeEach(() => t.reset());
afterAll(() => t.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });
const NOW = NOW_MS / 1000;
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function createLink(device: string, body: unknown) {
  return json(await t.api(`/devices/${device}/temporal`, postJson(body)));
}
async function invalidate(token: string) {
  return json(await t.api(`/temporal-access/${token}/invalidate`, { method: 'PATCH' }));
}
async function linkInList(device: string, token: string) {
  const { body } = await json(await t.api(`/devices/${device}/temporal?per_page=100`));
  return body.data.find((l: any) => l.token === token);
}
async function linkInDetail(device: string, token: string) {
  const { body } = await json(await t.api(`/devices/${device}`));
  return body.data.latest_temporal_access.find((l: any) => l.token === token);
}

describe('GET /devices/{anydeskId}/temporal', () => {
  const lab1 = seedDevice('lab1-pc-01@ad');
  const seedLinks = SEED.temporal_accesses.filter((l) => l.anydesk_id === lab1.anydesk_id);

  it('lists a device links newest first (created_at ties: later inserted first) with the full meta form', async () => {
    const { status, body } = await json(await t.api(`/devices/${lab1.anydesk_id}/temporal`));
    expect(status).toBe(200);
    expect(body.data.map((l: any) => l.token)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => seedLinks[i]!.token));
    expect(body.data[0]).toEqual({
      token: seedLinks[6]!.token,
      from_time: seedLinks[6]!.from_time,
      until_time: seedLinks[6]!.until_time,
      url: expect.stringMatching(new RegExp(`^${LINK_BASE_URL}/temporal-access/${seedLinks[6]!.token}\\?expires=${seedLinks[6]!.until_time}&signature=[0-9a-f]{64}$`)),
      created_at: seedLinks[6]!.created_at,
      updated_at: seedLinks[6]!.updated_at,
    });
    expect(body.meta).toEqual({ current_page: 1, from: 1, last_page: 1, path: `${t.origin}/api/v1/devices/${lab1.anydesk_id}/temporal`, per_page: 50, to: 7, total: 7 });
    expect(body.links[1]).toEqual({ url: `${t.origin}/api/v1/devices/${lab1.anydesk_id}/temporal?page=1`, label: 1, active: true });
  });

  it('paginates with per_page, keeping it in the links', async () => {
    const { body } = await json(await t.api('/devices/lab1-pc-01@ad/temporal?per_page=3&page=3'));
    expect(body.data.map((l: any) => l.token)).toEqual([seedLinks[0]!.token]);
    expect(body.meta).toEqual({ current_page: 3, from: 7, last_page: 3, path: `${t.origin}/api/v1/devices/lab1-pc-01@ad/temporal`, per_page: 3, to: 7, total: 7 });
    expect(body.links.map((l: any) => l.url)).toEqual([
      `${t.origin}/api/v1/devices/lab1-pc-01@ad/temporal?per_page=3&page=2`,
      ...[1, 2, 3].map((n) => `${t.origin}/api/v1/devices/lab1-pc-01@ad/temporal?per_page=3&page=${n}`),
      null,
    ]);
  });

  it('lists no links for a device that has none', async () => {
    const { body } = await json(await t.api('/devices/reception-pc@ad/temporal'));
    expect(body).toMatchObject({ data: [], meta: { total: 0, current_page: 1, last_page: 1 } });
  });

  it('answers 404 for an unknown device and 403 for another account device', async () => {
    expect(await json(await t.api('/devices/999999999/temporal'))).toEqual({ status: 404, body: { message: 'Device not found.' } });
    expect(await json(await t.api('/devices/rs-laba-pc-01@ad/temporal'))).toEqual({ status: 403, body: { message: 'This action is unauthorized.' } });
  });
});

describe('POST /devices/{anydeskId}/temporal', () => {
  it('creates a link from the seed example body (numeric strings) and answers 201 with integers', async () => {
    t.clock.set(Date.UTC(2020, 7, 3, 15, 49, 42));
    const { status, body } = await createLink('lab2-pc-07@ad', { from_time: '1596642000', until_time: '1596643000' });
    expect(status).toBe(201);
    expect(body).toEqual({
      data: {
        token: expect.stringMatching(UUID_V4),
        from_time: 1596642000,
        until_time: 1596643000,
        url: expect.any(String),
        created_at: '2020-08-03T15:49:42.000000Z',
        updated_at: '2020-08-03T15:49:42.000000Z',
      },
    });
    expect(body.data.url).toBe(`${LINK_BASE_URL}/temporal-access/${body.data.token}?expires=1596643000&signature=${body.data.url.split('signature=')[1]}`);
    expect(hasValidSignature(body.data.url, APP_KEY)).toBe(true);
  });

  it('defaults from_time to the clock in whole seconds and prints millisecond timestamps with six digits', async () => {
    t.clock.set(NOW_MS + 456);
    const { status, body } = await createLink(seedDevice('lab1-pc-03@ad').anydesk_id, { until_time: NOW + 3600 });
    expect(status).toBe(201);
    expect(body.data).toMatchObject({ from_time: NOW, until_time: NOW + 3600, created_at: '2026-06-01T12:00:00.456000Z', updated_at: '2026-06-01T12:00:00.456000Z' });
  });

  it('gives every link a fresh token', async () => {
    const a = await createLink('lab1-pc-03@ad', { until_time: NOW + 60 });
    const b = await createLink('lab1-pc-03@ad', { until_time: NOW + 60 });
    expect(a.body.data.token).not.toBe(b.body.data.token);
  });

  it('shows the new link first in the device list and in the detail, which keeps five', async () => {
    const { body } = await createLink('lab1-pc-01@ad', { until_time: NOW + 600 });
    const list = await json(await t.api('/devices/lab1-pc-01@ad/temporal'));
    expect(list.body.data[0]).toEqual(body.data);
    expect(list.body.meta.total).toBe(8);
    const detail = await json(await t.api('/devices/lab1-pc-01@ad'));
    expect(detail.body.data.latest_temporal_access).toHaveLength(5);
    expect(detail.body.data.latest_temporal_access[0]).toEqual({ token: body.data.token, from_time: NOW, until_time: NOW + 600, url: body.data.url });
  });

  it('accepts a window in the past when from_time is given (decision: no rule on past times)', async () => {
    expect((await createLink('lab1-pc-03@ad', { from_time: 1596642000, until_time: 1596643000 })).status).toBe(201);
  });

  it('creates links on a disabled device without 2FA', async () => {
    expect(seedDevice('spare-laptop-04@ad')).toMatchObject({ has_2fa: false, status: 'disabled' });
    expect((await createLink('spare-laptop-04@ad', { until_time: NOW + 60 })).status).toBe(201);
  });

  it('ignores unknown body fields as Laravel does', async () => {
    expect((await createLink('lab1-pc-03@ad', { until_time: NOW + 60, note: 'exam' })).status).toBe(201);
  });

  it.each<[string, unknown, Record<string, string[]>, string]>([
    ['an empty body', {}, { until_time: ['The until time field is required.'] }, 'The until time field is required.'],
    ['no body at all', undefined, { until_time: ['The until time field is required.'] }, 'The until time field is required.'],
    ['a JSON array', [1596643000], { until_time: ['The until time field is required.'] }, 'The until time field is required.'],
    ['until_time a word', { until_time: 'tomorrow' }, { until_time: ['The until time field must be an integer.'] }, 'The until time field must be an integer.'],
    ['until_time a fraction', { until_time: 1780318800.5 }, { until_time: ['The until time field must be an integer.'] }, 'The until time field must be an integer.'],
    ['until_time a decimal string', { until_time: '1780318800.0' }, { until_time: ['The until time field must be an integer.'] }, 'The until time field must be an integer.'],
    ['from_time not an integer', { from_time: 'now', until_time: NOW + 60 }, { from_time: ['The from time field must be an integer.'] }, 'The from time field must be an integer.'],
    [
      'both not integers',
      { from_time: false, until_time: 'x' },
      { from_time: ['The from time field must be an integer.'], until_time: ['The until time field must be an integer.'] },
      'The from time field must be an integer. (and 1 more error)',
    ],
    ['from_time equal to until_time', { from_time: '1596643000', until_time: '1596643000' }, { from_time: ['The from time field must be less than 1596643000.'] }, 'The from time field must be less than 1596643000.'],
    ['from_time after until_time', { from_time: NOW + 61, until_time: NOW + 60 }, { from_time: [`The from time field must be less than ${NOW + 60}.`] }, `The from time field must be less than ${NOW + 60}.`],
    ['until_time in the past without from_time', { until_time: NOW - 1 }, { until_time: [`The until time field must be greater than ${NOW}.`] }, `The until time field must be greater than ${NOW}.`],
    ['a negative from_time', { from_time: -60, until_time: NOW + 60 }, { from_time: ['The from time field must be at least 0.'] }, 'The from time field must be at least 0.'],
  ])('answers 422 with Laravel field errors for %s', async (_, body, errors, message) => {
    const init = body === undefined ? { method: 'POST' } : postJson(body);
    const res = await json(await t.api('/devices/lab1-pc-03@ad/temporal', init));
    expect(res).toEqual({ status: 422, body: { message, errors } });
    expect(Object.keys(res.body.errors)).toEqual(Object.keys(errors));
    expect((await json(await t.api('/devices/lab1-pc-03@ad/temporal'))).body.meta.total).toBe(0);
  });

  it('answers 404 for an unknown device and 403 for another account device', async () => {
    expect(await createLink('ghost-pc@ad', { until_time: NOW + 60 })).toEqual({ status: 404, body: { message: 'Device not found.' } });
    expect(await createLink('rs-laba-pc-03@ad', { until_time: NOW + 60 })).toEqual({ status: 403, body: { message: 'This action is unauthorized.' } });
  });

  it.each<[string, RequestInit]>([
    ['an empty body', postJson({})],
    ['a body the document refuses', postJson({ from_time: 'now', until_time: 'tomorrow' })],
    ['from_time not lower than until_time', postJson({ from_time: NOW + 60, until_time: NOW })],
    ['a body that is not JSON', postJson('{"until_time": ')],
    ['the seed example sent as fetch sends an object, [object Object]', postJson('[object Object]')],
    ['a body that is not sent as JSON', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'until_time=1' }],
  ])('answers the device 404 and 403 before the body: %s (AC-39)', async (_, init) => {
    expect(await json(await t.api('/devices/ghost-pc@ad/temporal', init))).toEqual({ status: 404, body: { message: 'Device not found.' } });
    expect(await json(await t.api('/devices/rs-laba-pc-03@ad/temporal', init))).toEqual({ status: 403, body: { message: 'This action is unauthorized.' } });
  });

  it.each([
    ['a body that is not JSON', '{"until_time": 1900000000,'],
    ['the seed fetch example as sent, [object Object]', '[object Object]'],
    ['a truncated string', '{"until_time": "19'],
  ])('reads %s as an empty body: 422 "The until time field is required.", never 400 (AC-7)', async (_, text) => {
    const res = await json(await t.api('/devices/lab1-pc-03@ad/temporal', postJson(text)));
    expect(res).toEqual({ status: 422, body: { message: 'The until time field is required.', errors: { until_time: ['The until time field is required.'] } } });
    expect((await json(await t.api('/devices/lab1-pc-03@ad/temporal'))).body.meta.total).toBe(0);
  });
});

describe('PATCH /temporal-access/{token}/invalidate', () => {
  /** A link on `device` (lab2-pc-03 has 2FA) valid from `from` (default: its creation, 18:00) until `until` (20:00). */
  async function freshLink(device = 'lab2-pc-03@ad', until = utc('2026-06-01 20:00:00'), from?: number) {
    t.clock.set(utc('2026-06-01 18:00:00') * 1000);
    const { status, body } = await createLink(device, from === undefined ? { until_time: until } : { from_time: from, until_time: until });
    expect(status).toBe(201);
    return body.data as { token: string; url: string; from_time: number; until_time: number; updated_at: string };
  }
  const expiresOf = (url: string) => Number(/[?&]expires=(\d+)&/.exec(url)![1]);

  it.each([
    ['18:30:15', '18:30:30'],
    ['18:30:35', '18:31:00'],
    ['18:30:30', '18:31:00'],
  ])('invalidates at %s with session_expires_at %s; list and detail show that until_time and a url signed again with it', async (now, mark) => {
    const link = await freshLink();
    t.clock.set(utc(`2026-06-01 ${now}`) * 1000);
    expect(await invalidate(link.token)).toEqual({ status: 200, body: { status: 'Invalidated', session_expires_at: utc(`2026-06-01 ${mark}`) } });
    const listed = await linkInList('lab2-pc-03@ad', link.token);
    expect(listed).toMatchObject({ from_time: utc('2026-06-01 18:00:00'), until_time: utc(`2026-06-01 ${mark}`), updated_at: `2026-06-01T${now}.000000Z`, created_at: '2026-06-01T18:00:00.000000Z' });
    expect(listed.url).not.toBe(link.url);
    expect(listed.url).toMatch(new RegExp(`^${LINK_BASE_URL}/temporal-access/${link.token}\\?expires=${utc(`2026-06-01 ${mark}`)}&signature=[0-9a-f]{64}$`));
    expect(hasValidSignature(listed.url, APP_KEY)).toBe(true);
    expect(await linkInDetail('lab2-pc-03@ad', link.token)).toEqual({ token: link.token, from_time: utc('2026-06-01 18:00:00'), until_time: utc(`2026-06-01 ${mark}`), url: listed.url });
  });

  it.each([
    ['before the mark', '2026-06-01 18:30:29'],
    ['at the mark', '2026-06-01 18:30:30'],
    ['well after it', '2026-06-01 19:30:00'],
  ])('answers a second invalidation %s with 422 and exactly the seed error, changing nothing', async (_, second) => {
    const link = await freshLink();
    t.clock.set(utc('2026-06-01 18:30:15') * 1000);
    expect((await invalidate(link.token)).status).toBe(200);
    const before = await linkInList('lab2-pc-03@ad', link.token);
    t.clock.set(utc(second) * 1000);
    expect(await invalidate(link.token)).toEqual({ status: 422, body: { error: 'Temporal access already invalidated or expired' } });
    expect(await linkInList('lab2-pc-03@ad', link.token)).toEqual(before);
  });

  it('answers 422 for an expired link (now >= until_time), created or from the seed', async () => {
    const link = await freshLink();
    t.clock.set(utc('2026-06-01 20:00:00') * 1000);
    expect(await invalidate(link.token)).toEqual({ status: 422, body: { error: 'Temporal access already invalidated or expired' } });
    const expired = SEED.temporal_accesses.find((l) => l.anydesk_id === seedDevice('lab2-pc-17@ad').anydesk_id)!;
    const invalidated = SEED.temporal_accesses.filter((l) => l.invalidated_at !== undefined);
    expect(invalidated.length).toBeGreaterThan(0);
    t.clock.set(NOW_MS);
    for (const token of [expired.token, ...invalidated.map((l) => l.token)]) expect((await invalidate(token)).status).toBe(422);
  });

  it('answers an until_time earlier than the mark as session_expires_at and keeps it', async () => {
    const link = await freshLink('lab2-pc-03@ad', utc('2026-06-01 18:30:20'));
    t.clock.set(utc('2026-06-01 18:30:15') * 1000);
    expect((await invalidate(link.token)).body).toEqual({ status: 'Invalidated', session_expires_at: utc('2026-06-01 18:30:20') });
    const listed = await linkInList('lab2-pc-03@ad', link.token);
    expect(listed).toMatchObject({ until_time: utc('2026-06-01 18:30:20'), url: link.url });
    t.clock.set(utc('2026-06-01 18:30:16') * 1000);
    expect((await invalidate(link.token)).status).toBe(422);
  });

  it('cancels a link that has not opened by the mark: from_time < until_time, the second before the request (AC-30)', async () => {
    const link = await freshLink('lab2-pc-03@ad', utc('2026-06-02 10:00:00'), utc('2026-06-02 09:00:00'));
    t.clock.set(utc('2026-06-01 18:30:15') * 1000 + 400);
    expect(await invalidate(link.token)).toEqual({ status: 200, body: { status: 'Invalidated', session_expires_at: utc('2026-06-01 18:30:15') } });
    const listed = await linkInList('lab2-pc-03@ad', link.token);
    expect(listed).toMatchObject({ from_time: utc('2026-06-01 18:30:14'), until_time: utc('2026-06-01 18:30:15'), updated_at: '2026-06-01T18:30:15.400000Z' });
    expect(expiresOf(listed.url)).toBe(listed.until_time);
    expect(hasValidSignature(listed.url, APP_KEY)).toBe(true);
    expect(await linkInDetail('lab2-pc-03@ad', link.token)).toMatchObject({ from_time: utc('2026-06-01 18:30:14'), until_time: utc('2026-06-01 18:30:15'), url: listed.url });
  });

  it('keeps from_time < until_time and expires = until_time in every link shown after invalidating links that end before the mark, open before it, open after it, and run past it', async () => {
    const windows: [number, number][] = [[utc('2026-06-01 18:00:00'), utc('2026-06-01 18:30:20')], [utc('2026-06-01 18:30:25'), utc('2026-06-01 19:00:00')], [utc('2026-06-01 18:45:00'), utc('2026-06-01 19:00:00')], [utc('2026-06-01 18:00:00'), utc('2026-06-01 22:00:00')]];
    const tokens: string[] = [];
    for (const [from, until] of windows) tokens.push((await freshLink('lab2-pc-03@ad', until, from)).token);
    t.clock.set(utc('2026-06-01 18:30:17') * 1000);
    for (const token of tokens) expect((await invalidate(token)).status).toBe(200);
    const { body } = await json(await t.api('/devices/lab2-pc-03@ad/temporal?per_page=100'));
    for (const shown of body.data) {
      expect(shown.from_time).toBeLessThan(shown.until_time);
      expect(expiresOf(shown.url)).toBe(shown.until_time);
    }
  });

  describe('on a device without 2FA (seed Note 3, AC-31)', () => {
    it('answers 200 with the link until_time, changes nothing, and answers the same again until the link expires, then 422', async () => {
      expect(seedDevice('lab1-pc-05@ad').has_2fa).toBe(false);
      const link = await freshLink('lab1-pc-05@ad');
      const before = await linkInList('lab1-pc-05@ad', link.token);
      for (const now of ['18:30:35', '18:31:05', '19:59:59']) {
        t.clock.set(utc(`2026-06-01 ${now}`) * 1000);
        expect(await invalidate(link.token)).toEqual({ status: 200, body: { status: 'Invalidated', session_expires_at: utc('2026-06-01 20:00:00') } });
      }
      expect(await linkInList('lab1-pc-05@ad', link.token)).toEqual(before);
      expect(before).toMatchObject({ until_time: utc('2026-06-01 20:00:00'), url: link.url, updated_at: link.updated_at });
      t.clock.set(utc('2026-06-01 20:00:00') * 1000);
      expect((await invalidate(link.token)).status).toBe(422);
    });

    it('answers the same on a disabled device without 2FA (status is only informative)', async () => {
      expect(seedDevice('spare-laptop-04@ad')).toMatchObject({ has_2fa: false, status: 'disabled' });
      const link = await freshLink('spare-laptop-04@ad');
      t.clock.set(utc('2026-06-01 18:30:35') * 1000);
      expect((await invalidate(link.token)).body).toEqual({ status: 'Invalidated', session_expires_at: utc('2026-06-01 20:00:00') });
    });
  });

  it('invalidates an active seed link', async () => {
    const active = SEED.temporal_accesses.find((l) => l.anydesk_id === seedDevice('library-kiosk-02@ad').anydesk_id)!;
    t.clock.set(utc('2026-06-01 12:00:10') * 1000);
    expect((await invalidate(active.token)).body.session_expires_at).toBe(utc('2026-06-01 12:00:30'));
  });

  it.each([
    ['an unknown token', '00000000-0000-4000-8000-000000000000'],
    ['a token that is not a UUID', 'not-a-token'],
  ])('answers 404 Temporal access not found. for %s', async (_, token) => {
    expect(await invalidate(token)).toEqual({ status: 404, body: { message: 'Temporal access not found.' } });
  });

  it('answers 403 for a link of another account device', async () => {
    const foreign = SEED.temporal_accesses.find((l) => l.anydesk_id === seedDevice('rs-laba-pc-01@ad').anydesk_id)!;
    expect(await invalidate(foreign.token)).toEqual({ status: 403, body: { message: 'This action is unauthorized.' } });
  });
});
