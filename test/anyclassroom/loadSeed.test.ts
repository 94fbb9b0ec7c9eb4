import { describe, expect, it } from 'vitest';
import { loadSeed, SeedError } from '../../src/anyclassroom/mock/loadSeed.ts';
import { hasValidSignature } from '../../src/anyclassroom/mock/signTemporalAccessUrl.ts';
import { listClassrooms } from '../../src/anyclassroom/mock/listClassrooms.ts';
import { listDevices } from '../../src/anyclassroom/mock/listDevices.ts';
import { APP_KEY, SEED, SIGNING, seedDevice, utc } from './fixture.ts';

const minimal = () => ({
  account: 'school',
  classrooms: [{ id: 1, name: 'Room 1', created_at: '2026-01-01T08:00:00.000000Z', updated_at: '2026-01-01T08:00:00.000000Z' }],
  devices: [{ anydesk_id: '123456789', anydesk_alias: 'room1-pc-01@ad', anydesk_password: 'pw', has_2fa: true, status: 'enabled', classroom_id: 1 }],
  temporal_accesses: [
    {
      token: '11111111-2222-4333-8444-555555555555',
      anydesk_id: '123456789',
      from_time: 1767254400,
      until_time: 1767258000,
      created_at: '2026-01-01T08:00:00.000000Z',
      updated_at: '2026-01-01T08:00:00.000000Z',
    },
  ],
});

function problemsOf(seed: unknown): readonly string[] {
  try {
    loadSeed(seed, SIGNING);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
}

describe('the default seed data set', () => {
  const state = loadSeed(SEED, SIGNING);
  const own = listDevices(state);

  it('loads 6 classrooms, 68 devices and 14 temporal access links', () => {
    expect([state.classrooms.length, state.devices.length, state.temporalAccesses.length]).toEqual([6, 68, 14]);
  });

  it('gives the token account 64 devices (two pages of 50) in 5 classrooms and 12 in none', () => {
    expect(own).toHaveLength(64);
    expect(listClassrooms(state)).toHaveLength(5);
    expect(own.filter((d) => d.classroom_id === null)).toHaveLength(12);
  });

  it('holds devices without 2FA, disabled devices, and devices of another account', () => {
    expect(own.filter((d) => !d.has_2fa).length).toBeGreaterThanOrEqual(3);
    expect(own.filter((d) => d.status === 'disabled').length).toBeGreaterThanOrEqual(3);
    expect(state.devices.filter((d) => d.account !== state.account).length).toBeGreaterThan(0);
  });

  it('has 9 or 10 digit AnyDesk IDs and realistic aliases', () => {
    for (const d of state.devices) {
      expect(d.anydesk_id).toMatch(/^[1-9][0-9]{8,9}$/);
      expect(d.anydesk_alias).toMatch(/^[a-z0-9-]+@ad$/);
    }
  });

  it('holds links that are active, expired and invalidated as of 2026-06-01', () => {
    const now = utc('2026-06-01 12:00:00');
    const links = state.temporalAccesses;
    expect(links.filter((t) => t.until_time > now && t.session_expires_at === null).length).toBeGreaterThanOrEqual(3);
    expect(links.filter((t) => t.until_time <= now && t.session_expires_at === null).length).toBeGreaterThanOrEqual(3);
    expect(links.filter((t) => t.session_expires_at !== null)).toHaveLength(2);
  });

  it('signs every seed link with the configured key, expiring at its original until_time', () => {
    for (const [i, t] of state.temporalAccesses.entries()) {
      expect(hasValidSignature(t.url, APP_KEY)).toBe(true);
      expect(t.url).toContain(`/temporal-access/${t.token}?expires=${SEED.temporal_accesses[i]!.until_time}&`);
    }
  });
});

describe('loadSeed', () => {
  it('moves an invalidated seed link to its 30-second mark, or keeps an earlier until_time', () => {
    const seed = minimal();
    const link = seed.temporal_accesses[0]!; // until_time 1767258000 = 2026-01-01T09:00:00Z
    const links = [
      { ...link, invalidated_at: utc('2026-01-01 08:30:15') },
      { ...link, token: '11111111-2222-4333-8444-555555555556', until_time: utc('2026-01-01 09:00:10'), invalidated_at: utc('2026-01-01 09:00:05') },
    ];
    const [moved, kept] = loadSeed({ ...seed, temporal_accesses: links }, SIGNING).temporalAccesses;
    expect(moved).toMatchObject({ until_time: utc('2026-01-01 08:30:30'), session_expires_at: utc('2026-01-01 08:30:30') });
    expect(moved!.url).toContain(`expires=${utc('2026-01-01 09:00:00')}&`);
    expect(kept).toMatchObject({ until_time: utc('2026-01-01 09:00:10'), session_expires_at: utc('2026-01-01 09:00:30') });
  });

  it('accepts a top-level $comment and leaves account optional on items', () => {
    expect(problemsOf({ ...minimal(), $comment: 'notes' })).toEqual([]);
  });

  it.each<[string, (s: ReturnType<typeof minimal>) => unknown, string]>([
    ['a seed that is not an object', () => [], '(root): must be an object'],
    ['a missing account', (s) => ({ ...s, account: undefined }), 'account: must be a non-empty string'],
    ['devices that are not an array', (s) => ({ ...s, devices: {} }), 'devices: must be an array'],
    ['a duplicate classroom id', (s) => ({ ...s, classrooms: [s.classrooms[0], s.classrooms[0]] }), 'classrooms[1].id: duplicate classroom id 1'],
    ['a bad timestamp', (s) => ({ ...s, classrooms: [{ ...s.classrooms[0], created_at: '2026-01-01 08:00:00' }] }), 'classrooms[0].created_at: must be a Laravel timestamp'],
    ['an impossible date', (s) => ({ ...s, classrooms: [{ ...s.classrooms[0], updated_at: '2026-02-30T08:00:00.000000Z' }] }), 'classrooms[0].updated_at: must be a Laravel timestamp'],
    ['an AnyDesk ID as a number', (s) => ({ ...s, devices: [{ ...s.devices[0], anydesk_id: 123456789 }] }), 'devices[0].anydesk_id: must be a string of digits, got 123456789'],
    ['an unknown classroom', (s) => ({ ...s, devices: [{ ...s.devices[0], classroom_id: 9 }] }), 'devices[0].classroom_id: no classroom has id 9'],
    ['a missing classroom_id', (s) => ({ ...s, devices: [{ ...s.devices[0], classroom_id: undefined }] }), 'devices[0].classroom_id: is required'],
    ['a device in another account\'s classroom', (s) => ({ ...s, devices: [{ ...s.devices[0], account: 'other' }] }), 'devices[0].classroom_id: classroom 1 belongs to account "school", the device to "other"'],
    ['an alias equal to another device\'s id', (s) => ({ ...s, devices: [s.devices[0], { ...s.devices[0], anydesk_id: '987654321', anydesk_alias: '123456789' }] }), 'devices[1].anydesk_alias: "123456789" already names another device'],
    ['a bad status', (s) => ({ ...s, devices: [{ ...s.devices[0], status: 'active' }] }), 'devices[0].status: must be "enabled" or "disabled"'],
    ['a misspelt field', (s) => ({ ...s, devices: [{ ...s.devices[0], has2fa: true }] }), 'devices[0].has2fa: unknown field'],
    ['a link of an unknown device', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], anydesk_id: '1' }] }), 'temporal_accesses[0].anydesk_id: no device has AnyDesk ID "1"'],
    ['an upper-case token', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], token: '11111111-2222-4333-8444-55555555555A' }] }), 'temporal_accesses[0].token: must be a lower-case UUID'],
    ['from_time not lower than until_time', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], from_time: 1767258000 }] }), 'temporal_accesses[0].from_time: must be lower than until_time (1767258000)'],
    ['until_time as a string', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], until_time: '1767258000' }] }), 'temporal_accesses[0].until_time: must be Unix seconds'],
    ['an invalidation after expiry', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], invalidated_at: 1767258000 }] }), 'temporal_accesses[0].invalidated_at: must be before until_time'],
    ['updated_at before created_at', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], updated_at: '2025-12-31T08:00:00.000000Z' }] }), 'temporal_accesses[0].updated_at: must not be before created_at'],
  ])('rejects %s with a message naming the place', (_, change, expected) => {
    const problems = problemsOf(change(minimal()));
    expect(problems.some((p) => p.startsWith(expected)), `problems: ${JSON.stringify(problems)}`).toBe(true);
  });

  it('lists every problem at once in the error message', () => {
    const seed = minimal();
    const bad = { ...seed, account: '', devices: [{ ...seed.devices[0], status: 'on', has_2fa: 'yes' }] };
    expect(() => loadSeed(bad, SIGNING)).toThrowError(/account: .*\n.*devices\[0\]\.has_2fa: .*\n.*devices\[0\]\.status: /s);
  });

  it('knows the seed devices by alias', () => {
    expect(seedDevice('lab2-pc-07@ad').classroom_id).toBe(115);
  });
});
