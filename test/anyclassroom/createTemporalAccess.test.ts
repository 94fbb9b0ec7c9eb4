import { describe, expect, it } from 'vitest';
import { createTemporalAccess } from '../../src/anyclassroom/mock/createTemporalAccess.ts';
import { loadSeed } from '../../src/anyclassroom/mock/loadSeed.ts';
import { hasValidSignature } from '../../src/anyclassroom/mock/signTemporalAccessUrl.ts';
import { APP_KEY, fixedEnv, NOW_MS, SEED, SIGNING, seedDevice } from './fixture.ts';

const state = loadSeed(SEED, SIGNING);
const NOW = NOW_MS / 1000; // 2026-06-01T12:00:00Z
const UUID = '7c1e4d36-2f1a-4b8e-9c3d-5e6f7a8b9c0d';
const create = (body: { from_time?: unknown; until_time?: unknown }, device = 'lab1-pc-02@ad', nowMs = NOW_MS) =>
  createTemporalAccess(state, { device, from_time: body.from_time, until_time: body.until_time, signing: SIGNING }, fixedEnv(nowMs, [UUID]));

describe('createTemporalAccess', () => {
  it('appends a link with the env uuid, integer times, a signed url and clock timestamps', () => {
    const { state: next, outcome } = create({ from_time: '1780315200', until_time: 1780318800 }, 'lab1-pc-02@ad', NOW_MS + 123);
    expect(outcome).toEqual({
      kind: 'Created',
      link: {
        token: UUID,
        anydesk_id: seedDevice('lab1-pc-02@ad').anydesk_id,
        from_time: 1780315200,
        until_time: 1780318800,
        url: expect.stringMatching(new RegExp(`^${SIGNING.linkBaseUrl}/temporal-access/${UUID}\\?expires=1780318800&signature=[0-9a-f]{64}$`)),
        session_expires_at: null,
        created_at: '2026-06-01T12:00:00.123000Z',
        updated_at: '2026-06-01T12:00:00.123000Z',
      },
    });
    expect(next.temporalAccesses).toHaveLength(state.temporalAccesses.length + 1);
    expect(state.temporalAccesses).toHaveLength(SEED.temporal_accesses.length); // not mutated
    if (outcome.kind === 'Created') expect(hasValidSignature(outcome.link.url, APP_KEY)).toBe(true);
  });

  it('defaults from_time to now, in whole seconds rounded down', () => {
    const { outcome } = create({ until_time: NOW + 600 }, 'lab1-pc-02@ad', NOW_MS + 999);
    expect(outcome).toMatchObject({ kind: 'Created', link: { from_time: NOW, until_time: NOW + 600 } });
  });

  it('finds the device by alias or by AnyDesk ID', () => {
    const { anydesk_id } = seedDevice('lab2-pc-07@ad');
    for (const device of ['lab2-pc-07@ad', anydesk_id]) expect(create({ until_time: NOW + 60 }, device).outcome).toMatchObject({ link: { anydesk_id } });
  });

  it('accepts a window entirely in the past when from_time is given (the link is born expired)', () => {
    expect(create({ from_time: 1596642000, until_time: 1596643000 }).outcome.kind).toBe('Created');
  });

  it('creates links on disabled devices and devices without 2FA (status is only informative)', () => {
    for (const alias of ['lab1-pc-20@ad', 'spare-laptop-04@ad', 'hall-projector-pc@ad']) expect(create({ until_time: NOW + 60 }, alias).outcome.kind).toBe('Created');
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
  ])('rejects %s with Laravel field errors', (_, body, errors) => {
    const result = create(body);
    expect(result.outcome).toEqual({ kind: 'ValidationFailed', errors });
    expect(Object.keys((result.outcome as { errors: object }).errors)).toEqual(Object.keys(errors)); // rule order
    expect(result.state).toBe(state);
  });

  it('looks the device up before validating: unknown is DeviceNotFound, another account Forbidden', () => {
    expect(create({}, 'nope@ad').outcome).toEqual({ kind: 'DeviceNotFound' });
    expect(create({ until_time: NOW + 60 }, 'rs-laba-pc-02@ad').outcome).toEqual({ kind: 'Forbidden' });
  });
});
