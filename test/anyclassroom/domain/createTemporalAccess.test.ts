import { describe, expect, it } from 'vitest';
import { createTemporalAccess } from '../../../src/anyclassroom/mock/createTemporalAccess.ts';
import { toTemporalAccess } from '../../../src/anyclassroom/mock/resources.ts';
import { hasValidSignature } from '../../../src/anyclassroom/mock/signTemporalAccessUrl.ts';
import type { AnyClassroomState } from '../../../src/anyclassroom/mock/state.ts';
import { APP_KEY, fixedEnv, NOW_MS, SEED, SIGNING, seedDevice, seededState } from '../fixture.ts';

const NOW = NOW_MS / 1000; // 2026-06-01T12:00:00Z
const UUID = '7c1e4d36-2f1a-4b8e-9c3d-5e6f7a8b9c0d';

/** Runs the command on a fresh seeded state inside a store transaction, as the server does. */
function create(body: { from_time?: unknown; until_time?: unknown }, device = 'lab1-pc-02@ad', nowMs = NOW_MS, state: AnyClassroomState = seededState()) {
  const input = { device, from_time: body.from_time, until_time: body.until_time, signing: SIGNING };
  const { result: outcome, changes } = state.store.transaction(() => createTemporalAccess(state, input, fixedEnv(nowMs, [UUID])));
  return { state, outcome, changes };
}

describe('createTemporalAccess', () => {
  it('writes one link row with the env uuid, the next id, integer times, a signature and the clock timestamp, not invalidated', () => {
    const { state, outcome, changes } = create({ from_time: '1780315200', until_time: 1780318800 }, 'lab1-pc-02@ad', NOW_MS + 123);
    const link = {
      token: UUID,
      id: SEED.temporal_accesses.length + 1,
      anydeskId: seedDevice('lab1-pc-02@ad').anydesk_id,
      fromTime: 1780315200,
      untilTime: 1780318800,
      // The HMAC's 32 bytes, one character each (48 bytes in V8; the URL writes them as hex).
      signature: expect.stringMatching(/^[\x00-\xff]{32}$/),
      createdAt: '2026-06-01T12:00:00.123000Z',
    };
    expect(outcome).toEqual({ kind: 'Ok', link });
    expect(changes).toEqual([{ table: 'links', key: UUID, value: link }]);
    // Unchanged since its creation: no `updatedAt` (it reads as `createdAt`), not invalidated.
    expect(changes[0]!.value).not.toHaveProperty('invalidated');
    expect(changes[0]!.value).not.toHaveProperty('updatedAt');
    expect(state.links.size).toBe(SEED.temporal_accesses.length + 1);
  });

  it('hands out a URL signed with the app key, expiring at until_time', () => {
    const { outcome } = create({ until_time: NOW + 600 });
    if (outcome.kind !== 'Ok') throw new Error(outcome.kind);
    const { url } = toTemporalAccess(outcome.link, SIGNING.linkBaseUrl);
    expect(url).toMatch(new RegExp(`^${SIGNING.linkBaseUrl}/temporal-access/${UUID}\\?expires=${NOW + 600}&signature=[0-9a-f]{64}$`));
    expect(hasValidSignature(url, APP_KEY)).toBe(true);
  });

  it('lists the new link first on its device', () => {
    const { state, outcome } = create({ until_time: NOW + 600 }, 'lab1-pc-01@ad');
    expect(state.linksByDevice.newestFirst(seedDevice('lab1-pc-01@ad').anydesk_id).slice(0, 1)).toEqual([(outcome as { link: unknown }).link]);
  });

  it('defaults from_time to now, in whole seconds rounded down', () => {
    const { outcome } = create({ until_time: NOW + 600 }, 'lab1-pc-02@ad', NOW_MS + 999);
    expect(outcome).toMatchObject({ kind: 'Ok', link: { fromTime: NOW, untilTime: NOW + 600 } });
  });

  it('finds the device by alias or by AnyDesk ID', () => {
    const { anydesk_id } = seedDevice('lab2-pc-07@ad');
    for (const device of ['lab2-pc-07@ad', anydesk_id]) expect(create({ until_time: NOW + 60 }, device).outcome).toMatchObject({ link: { anydeskId: anydesk_id } });
  });

  it('accepts a window entirely in the past when from_time is given (the link is born expired)', () => {
    expect(create({ from_time: 1596642000, until_time: 1596643000 }).outcome.kind).toBe('Ok');
  });

  it('creates links on disabled devices and devices without 2FA (status is only informative)', () => {
    for (const alias of ['lab1-pc-20@ad', 'spare-laptop-04@ad', 'hall-projector-pc@ad']) expect(create({ until_time: NOW + 60 }, alias).outcome.kind).toBe('Ok');
  });

  it.each<[string, { from_time?: unknown; until_time?: unknown }, Record<string, string[]>]>([
    ['until_time missing', {}, { until_time: ['The until time field is required.'] }],
    ['until_time a word', { until_time: 'soon' }, { until_time: ['The until time field must be an integer.'] }],
    ['until_time a fraction', { until_time: 1780318800.5 }, { until_time: ['The until time field must be an integer.'] }],
    ['until_time with leading zeros', { until_time: '01780318800' }, { until_time: ['The until time field must be an integer.'] }],
    ['until_time beyond a safe integer', { until_time: '99999999999999999999' }, { until_time: ['The until time field must be an integer.'] }],
    ['from_time null', { from_time: null, until_time: NOW + 60 }, { from_time: ['The from time field must be an integer.'] }],
    ['from_time negative', { from_time: '-5', until_time: NOW + 60 }, { from_time: ['The from time field must be at least 0.'] }],
    ['both not integers', { from_time: true, until_time: [] }, { from_time: ['The from time field must be an integer.'], until_time: ['The until time field must be an integer.'] }],
    ['from_time equal to until_time', { from_time: NOW, until_time: NOW }, { from_time: [`The from time field must be less than ${NOW}.`] }],
    ['from_time after until_time', { from_time: '1596643001', until_time: '1596643000' }, { from_time: ['The from time field must be less than 1596643000.'] }],
    ['until_time not after now without from_time', { until_time: NOW }, { until_time: [`The until time field must be greater than ${NOW}.`] }],
  ])('rejects %s with Laravel field errors and writes nothing', (_, body, errors) => {
    const result = create(body);
    expect(result.outcome).toEqual({ kind: 'ValidationFailed', errors });
    expect(Object.keys((result.outcome as { errors: object }).errors)).toEqual(Object.keys(errors)); // rule order
    expect(result.changes).toEqual([]);
  });

  it('looks the device up before validating: unknown is DeviceNotFound, another account Forbidden', () => {
    expect(create({}, 'nope@ad')).toMatchObject({ outcome: { kind: 'DeviceNotFound' }, changes: [] });
    expect(create({ until_time: NOW + 60 }, 'rs-laba-pc-02@ad')).toMatchObject({ outcome: { kind: 'Forbidden' }, changes: [] });
  });
});
