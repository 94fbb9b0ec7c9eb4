import { describe, expect, it } from 'vitest';
import { invalidateTemporalAccess, nextInvalidationMark } from '../../src/anyclassroom/mock/invalidateTemporalAccess.ts';
import { loadSeed } from '../../src/anyclassroom/mock/loadSeed.ts';
import type { AnyClassroomState, TemporalAccessRecord } from '../../src/anyclassroom/mock/state.ts';
import { fixedEnv, SEED, SIGNING, seedDevice, utc } from './fixture.ts';

const TOKEN = '0f0e0d0c-0b0a-4909-8807-060504030201';
/** The seed plus one link on `alias`, valid 2026-06-01 18:00 to 19:00. */
function withLink(alias = 'lab1-pc-02@ad', until = utc('2026-06-01 19:00:00')): AnyClassroomState {
  const state = loadSeed(SEED, SIGNING);
  const link: TemporalAccessRecord = {
    token: TOKEN,
    anydesk_id: seedDevice(alias).anydesk_id,
    from_time: utc('2026-06-01 18:00:00'),
    until_time: until,
    url: 'https://app.anyclassroom.test/temporal-access/x?expires=1&signature=0',
    session_expires_at: null,
    created_at: '2026-06-01T17:59:00.000000Z',
    updated_at: '2026-06-01T17:59:00.000000Z',
  };
  return { ...state, temporalAccesses: [...state.temporalAccesses, link] };
}
const at = (text: string) => fixedEnv(utc(text) * 1000);
const linkOf = (state: AnyClassroomState) => state.temporalAccesses.find((t) => t.token === TOKEN)!;

describe('nextInvalidationMark', () => {
  it.each([
    ['18:30:15', '18:30:30'],
    ['18:30:35', '18:31:00'],
    ['18:30:30', '18:31:00'],
    ['18:30:00', '18:30:30'],
    ['18:30:59', '18:31:00'],
    ['23:59:45', '00:00:00'],
  ])('invalidates a request at %s at %s (strictly after now)', (now, mark) => {
    const day = mark === '00:00:00' ? '2026-06-02' : '2026-06-01';
    expect(nextInvalidationMark(utc(`2026-06-01 ${now}`) * 1000)).toBe(utc(`${day} ${mark}`));
  });

  it('takes the mark after a request in the last millisecond before it', () => {
    expect(nextInvalidationMark(utc('2026-06-01 18:30:29') * 1000 + 999)).toBe(utc('2026-06-01 18:30:30'));
  });
});

describe('invalidateTemporalAccess', () => {
  it('moves until_time to the next mark, stamps updated_at, keeps the signed url, and answers the mark', () => {
    const before = withLink();
    const { state, outcome } = invalidateTemporalAccess(before, { token: TOKEN }, at('2026-06-01 18:30:15'));
    expect(outcome).toEqual({ kind: 'Invalidated', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    expect(linkOf(state)).toEqual({
      ...linkOf(before),
      until_time: utc('2026-06-01 18:30:30'),
      session_expires_at: utc('2026-06-01 18:30:30'),
      updated_at: '2026-06-01T18:30:15.000000Z',
    });
  });

  it('leaves the state it was given untouched', () => {
    const before = withLink();
    const copy = structuredClone(before);
    invalidateTemporalAccess(before, { token: TOKEN }, at('2026-06-01 18:30:15'));
    expect(before).toEqual(copy);
  });

  it('answers a retry before the mark with the same session_expires_at and changes nothing', () => {
    const first = invalidateTemporalAccess(withLink(), { token: TOKEN }, at('2026-06-01 18:30:15'));
    const retry = invalidateTemporalAccess(first.state, { token: TOKEN }, at('2026-06-01 18:30:29'));
    expect(retry.outcome).toEqual({ kind: 'Invalidated', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    expect(retry.state).toBe(first.state);
  });

  it.each([
    ['a call at the mark after an invalidation', '2026-06-01 18:30:30'],
    ['a call well after it', '2026-06-01 18:45:00'],
  ])('answers AlreadyInvalidatedOrExpired on %s', (_, now) => {
    const first = invalidateTemporalAccess(withLink(), { token: TOKEN }, at('2026-06-01 18:30:15'));
    expect(invalidateTemporalAccess(first.state, { token: TOKEN }, at(now)).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('answers AlreadyInvalidatedOrExpired on an expired link (now >= until_time)', () => {
    expect(invalidateTemporalAccess(withLink(), { token: TOKEN }, at('2026-06-01 19:00:00')).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('keeps an until_time earlier than the mark but still answers the mark', () => {
    const { state, outcome } = invalidateTemporalAccess(withLink('lab1-pc-02@ad', utc('2026-06-01 18:30:20')), { token: TOKEN }, at('2026-06-01 18:30:15'));
    expect(outcome).toEqual({ kind: 'Invalidated', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    expect(linkOf(state).until_time).toBe(utc('2026-06-01 18:30:20'));
  });

  it('invalidates a link of a device without 2FA the same way', () => {
    expect(seedDevice('lab1-pc-05@ad').has_2fa).toBe(false);
    const { state, outcome } = invalidateTemporalAccess(withLink('lab1-pc-05@ad'), { token: TOKEN }, at('2026-06-01 18:30:35'));
    expect(outcome).toEqual({ kind: 'Invalidated', sessionExpiresAt: utc('2026-06-01 18:31:00') });
    expect(linkOf(state).until_time).toBe(utc('2026-06-01 18:31:00'));
  });

  it('finds a token written in upper case', () => {
    expect(invalidateTemporalAccess(withLink(), { token: TOKEN.toUpperCase() }, at('2026-06-01 18:30:15')).outcome.kind).toBe('Invalidated');
  });

  it('answers TemporalAccessNotFound for an unknown token and Forbidden for a link of another account', () => {
    const state = withLink();
    expect(invalidateTemporalAccess(state, { token: '00000000-0000-4000-8000-000000000000' }, at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'TemporalAccessNotFound' });
    const foreign = withLink('rs-laba-pc-01@ad');
    expect(invalidateTemporalAccess(foreign, { token: TOKEN }, at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'Forbidden' });
  });
});
