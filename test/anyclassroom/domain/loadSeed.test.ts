import { describe, expect, it } from 'vitest';
import { listClassrooms } from '../../../src/anyclassroom/mock/listClassrooms.ts';
import { listDevices } from '../../../src/anyclassroom/mock/listDevices.ts';
import { toTemporalAccess } from '../../../src/anyclassroom/mock/resources.ts';
import { hasValidSignature } from '../../../src/anyclassroom/mock/signTemporalAccessUrl.ts';
import { loadSeed } from '../../../src/anyclassroom/mock/loadSeed.ts';
import { newAnyClassroomState, ownAccount } from '../../../src/anyclassroom/mock/state.ts';
import { SeedError, type SeedProblem } from '../../../src/core/seed/SeedError.ts';
import { APP_KEY, CHECKER, fixedEnv, NOW_MS, SEED, SIGNING, seedDevice, seededState, utc } from '../fixture.ts';

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

function problemsOf(seed: unknown): readonly SeedProblem[] {
  try {
    seededState(seed);
  } catch (error) {
    if (error instanceof SeedError) return error.problems;
    throw error;
  }
  return [];
}

describe('the default seed data set', () => {
  const state = seededState();
  const own = listDevices(state, {});
  const devices = own.kind === 'Ok' ? own.devices : [];
  const links = [...state.links.values()];

  it('loads 7 classrooms, 71 devices and 16 temporal access links', () => {
    expect([state.classrooms.size, state.devices.size, state.links.size]).toEqual([7, 71, 16]);
  });

  it('gives the token account 67 devices (two pages of 50) in 6 classrooms and 12 in none', () => {
    expect(devices).toHaveLength(67);
    expect(listClassrooms(state, {})).toMatchObject({ classrooms: { length: 6 } });
    expect(devices.filter((d) => d.classroomId === null)).toHaveLength(12);
  });

  it('holds the classroom, devices and link the seed document examples name, so that its requests work as written', () => {
    expect(state.classrooms.get('155')).toMatchObject({ id: 155, account: ownAccount(state) });
    expect(state.devicesByClassroom.get(155).map((d) => [d.anydeskId, d.alias])).toEqual([
      ['123456789', 'device-hostname-0001@ad'],
      ['123789456', 'Desktop-73121@ad'],
      ['789456123', 'Desktop-87088@ad'],
    ]);
    const link = state.links.get('66b8ae29-ca3e-4505-a7a5-c2075b1366de');
    expect(link).toMatchObject({ anydeskId: '123456789', untilTime: utc('2030-12-31 23:59:59') });
    expect(link).not.toHaveProperty('invalidated');
  });

  it('holds devices without 2FA, disabled devices, and devices of another account', () => {
    expect(devices.filter((d) => !d.has2fa).length).toBeGreaterThanOrEqual(3);
    expect(devices.filter((d) => d.status === 'disabled').length).toBeGreaterThanOrEqual(3);
    expect([...state.devices.values()].filter((d) => d.account !== ownAccount(state)).length).toBeGreaterThan(0);
  });

  it('has 9 or 10 digit AnyDesk IDs and realistic aliases', () => {
    for (const d of state.devices.values()) {
      expect(d.anydeskId).toMatch(/^[1-9][0-9]{8,9}$/);
      expect(d.alias).toMatch(/^[A-Za-z0-9-]+@ad$/);
    }
  });

  it('holds links that are active, expired and invalidated (one before it opened) as of 2026-06-01, all invalidated ones on devices with 2FA', () => {
    const now = utc('2026-06-01 12:00:00');
    expect(links.filter((t) => t.untilTime > now && t.invalidated === undefined).length).toBeGreaterThanOrEqual(3);
    expect(links.filter((t) => t.untilTime <= now && t.invalidated === undefined).length).toBeGreaterThanOrEqual(3);
    const invalidated = links.filter((t) => t.invalidated === true);
    expect(invalidated).toHaveLength(3);
    for (const t of invalidated) expect(state.devices.get(t.anydeskId)?.has2fa).toBe(true);
    const cancelled = SEED.temporal_accesses.filter((t) => t.invalidated_at !== undefined && t.invalidated_at < t.from_time);
    expect(cancelled.map((t) => state.links.get(t.token))).toEqual([expect.objectContaining({ fromTime: cancelled[0]!.invalidated_at! - 1, untilTime: cancelled[0]!.invalidated_at })]);
  });

  it('keeps from_time < until_time in every seed link', () => {
    for (const t of links) expect(t.fromTime).toBeLessThan(t.untilTime);
  });

  it('signs every seed link with the configured key, expiring at its until_time', () => {
    for (const t of links) {
      const { url } = toTemporalAccess(t, SIGNING.linkBaseUrl);
      expect(hasValidSignature(url, APP_KEY)).toBe(true);
      expect(url).toContain(`/temporal-access/${t.token}?expires=${t.untilTime}&`);
    }
  });

  it('numbers the links 1, 2, ... in seed order', () => {
    expect(links.map((t) => t.id)).toEqual(SEED.temporal_accesses.map((_, i) => i + 1));
    expect(state.linksByDevice.lastId).toBe(16);
  });
});

describe('loadSeed', () => {
  it('replays a seed invalidation as the API runs it: until_time at the 30-second mark or earlier, a link not yet open cancelled, the url signed again, the link invalidated', () => {
    const seed = minimal();
    const link = seed.temporal_accesses[0]!; // 2026-01-01 08:00:00 to 09:00:00
    const links = [
      { ...link, invalidated_at: utc('2026-01-01 08:30:15') },
      { ...link, token: '11111111-2222-4333-8444-555555555556', until_time: utc('2026-01-01 09:00:10'), invalidated_at: utc('2026-01-01 09:00:05') },
      { ...link, token: '11111111-2222-4333-8444-555555555557', invalidated_at: utc('2026-01-01 07:45:00') },
    ];
    const state = seededState({ ...seed, temporal_accesses: links });
    const [moved, kept, cancelled] = links.map((l) => state.links.get(l.token)!);
    expect(moved).toMatchObject({ fromTime: utc('2026-01-01 08:00:00'), untilTime: utc('2026-01-01 08:30:30'), invalidated: true });
    expect(toTemporalAccess(moved!, SIGNING.linkBaseUrl).url).toContain(`expires=${utc('2026-01-01 08:30:30')}&`);
    expect(hasValidSignature(toTemporalAccess(moved!, SIGNING.linkBaseUrl).url, APP_KEY)).toBe(true);
    expect(kept).toMatchObject({ untilTime: utc('2026-01-01 09:00:10'), invalidated: true });
    expect(cancelled).toMatchObject({ fromTime: utc('2026-01-01 07:44:59'), untilTime: utc('2026-01-01 07:45:00'), invalidated: true });
  });

  it('accepts a top-level $comment and leaves account optional on items', () => {
    expect(problemsOf({ ...minimal(), $comment: 'notes' })).toEqual([]);
  });

  it.each<[string, (s: ReturnType<typeof minimal>) => unknown, { path: string; expected: string | RegExp; actual?: string }]>([
    ['a seed that is not an object', () => [], { path: '$', expected: 'an object', actual: '[]' }],
    ['a missing account', (s) => ({ ...s, account: undefined }), { path: '$.account', expected: 'a value (required)' }],
    ['an empty account', (s) => ({ ...s, account: '' }), { path: '$.account', expected: /at least 1 character/ }],
    ['devices that are not an array', (s) => ({ ...s, devices: {} }), { path: '$.devices', expected: 'an array' }],
    ['a device that is not an object', (s) => ({ ...s, devices: [s.devices[0], 7] }), { path: '$.devices[1]', expected: 'an object', actual: '7' }],
    ['a duplicate classroom id', (s) => ({ ...s, classrooms: [s.classrooms[0], s.classrooms[0]] }), { path: '$.classrooms[1].id', expected: 'an id no other classroom has', actual: '1' }],
    ['an empty classroom name', (s) => ({ ...s, classrooms: [{ ...s.classrooms[0], name: '' }] }), { path: '$.classrooms[0].name', expected: /at least 1 character/ }],
    ['a bad timestamp', (s) => ({ ...s, classrooms: [{ ...s.classrooms[0], created_at: '2026-01-01 08:00:00' }] }), { path: '$.classrooms[0].created_at', expected: /^a string matching/ }],
    ['an impossible date', (s) => ({ ...s, classrooms: [{ ...s.classrooms[0], updated_at: '2026-02-30T08:00:00.000000Z' }] }), { path: '$.classrooms[0].updated_at', expected: 'a Laravel timestamp of a date that exists' }],
    ['an AnyDesk ID as a number', (s) => ({ ...s, devices: [{ ...s.devices[0], anydesk_id: 123456789 }] }), { path: '$.devices[0].anydesk_id', expected: 'a string', actual: '123456789' }],
    ['an AnyDesk ID that is not digits', (s) => ({ ...s, devices: [{ ...s.devices[0], anydesk_id: '12ab' }] }), { path: '$.devices[0].anydesk_id', expected: 'a string matching ^[0-9]+$' }],
    ['an unknown classroom', (s) => ({ ...s, devices: [{ ...s.devices[0], classroom_id: 9 }] }), { path: '$.devices[0].classroom_id', expected: 'the id of a classroom of the seed, or null', actual: '9' }],
    ['a missing classroom_id', (s) => ({ ...s, devices: [{ ...s.devices[0], classroom_id: undefined }] }), { path: '$.devices[0].classroom_id', expected: 'a value (required)' }],
    ["a device in another account's classroom", (s) => ({ ...s, devices: [{ ...s.devices[0], account: 'other' }] }), { path: '$.devices[0].classroom_id', expected: 'a classroom of the device\'s account "other" (classroom 1 is of "school")' }],
    ["an alias equal to another device's id", (s) => ({ ...s, devices: [s.devices[0], { ...s.devices[0], anydesk_id: '987654321', anydesk_alias: '123456789' }] }), { path: '$.devices[1].anydesk_alias', expected: /names no other device/, actual: '"123456789"' }],
    ['a bad status', (s) => ({ ...s, devices: [{ ...s.devices[0], status: 'active' }] }), { path: '$.devices[0].status', expected: 'one of "enabled", "disabled"', actual: '"active"' }],
    ['a misspelt field', (s) => ({ ...s, devices: [{ ...s.devices[0], has2fa: true }] }), { path: '$.devices[0].has2fa', expected: 'no such property (not part of the format)' }],
    ['a link of an unknown device', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], anydesk_id: '1' }] }), { path: '$.temporal_accesses[0].anydesk_id', expected: 'the AnyDesk ID of a device of the seed', actual: '"1"' }],
    ['an upper-case token', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], token: '11111111-2222-4333-8444-55555555555A' }] }), { path: '$.temporal_accesses[0].token', expected: /^a string matching/ }],
    ['a duplicate token', (s) => ({ ...s, temporal_accesses: [s.temporal_accesses[0], s.temporal_accesses[0]] }), { path: '$.temporal_accesses[1].token', expected: 'a token no other link has' }],
    ['from_time not lower than until_time', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], from_time: 1767258000 }] }), { path: '$.temporal_accesses[0].from_time', expected: 'a time lower than until_time (1767258000)' }],
    ['until_time as a string', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], until_time: '1767258000' }] }), { path: '$.temporal_accesses[0].until_time', expected: 'an integer' }],
    ['a negative from_time', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], from_time: -1 }] }), { path: '$.temporal_accesses[0].from_time', expected: 'a number >= 0' }],
    ['a time beyond the safe integers', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], until_time: 2 ** 60 }] }), { path: '$.temporal_accesses[0].until_time', expected: `a number <= ${Number.MAX_SAFE_INTEGER}` }],
    ['an invalidation after expiry', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], invalidated_at: 1767258000 }] }), { path: '$.temporal_accesses[0].invalidated_at', expected: /^a time before until_time/ }],
    [
      'an invalidation on a device without 2FA',
      (s) => ({ ...s, devices: [{ ...s.devices[0], has_2fa: false }], temporal_accesses: [{ ...s.temporal_accesses[0], invalidated_at: 1767254500 }] }),
      { path: '$.temporal_accesses[0].invalidated_at', expected: /^no invalidation: device 123456789 has no 2FA/, actual: '1767254500' },
    ],
    ['updated_at before created_at', (s) => ({ ...s, temporal_accesses: [{ ...s.temporal_accesses[0], updated_at: '2025-12-31T08:00:00.000000Z' }] }), { path: '$.temporal_accesses[0].updated_at', expected: 'a timestamp not before created_at (2026-01-01T08:00:00.000000Z)' }],
  ])('rejects %s, naming the path, what was expected and what is there', (_, change, problem) => {
    const problems = problemsOf(change(minimal()));
    expect(problems, JSON.stringify(problems)).toContainEqual({ file: 'AnyClassroom seed', actual: expect.any(String), ...problem, expected: problem.expected instanceof RegExp ? expect.stringMatching(problem.expected) : problem.expected });
  });

  it('lists every problem at once in the error message, and writes nothing', () => {
    const seed = minimal();
    const bad = { ...seed, account: '', devices: [{ ...seed.devices[0], status: 'on', has_2fa: 'yes' }] };
    const state = newAnyClassroomState();
    const load = () => loadSeed(state, bad, fixedEnv(NOW_MS), { checker: CHECKER, signing: SIGNING });
    expect(load).toThrowError(/invalid AnyClassroom seed data set \(3 problems\):\n.*\$\.account: .*\n.*\$\.devices\[0\]\.has_2fa: .*\n.*\$\.devices\[0\]\.status: /);
    expect([state.account.size, state.classrooms.size, state.devices.size, state.links.size]).toEqual([0, 0, 0, 0]);
  });

  it('knows the seed devices by alias', () => {
    expect(seedDevice('lab2-pc-07@ad').classroom_id).toBe(115);
  });
});
