import { describe, expect, it } from 'vitest';
import type { DomainEnv } from '../../../src/core/domain/DomainEnv.ts';
import { invalidateTemporalAccess, nextInvalidationMark } from '../../../src/anyclassroom/mock/invalidateTemporalAccess.ts';
import type { AnyClassroomState, LinkRow } from '../../../src/anyclassroom/mock/state.ts';
import { fixedEnv, seedDevice, seededState, utc } from '../fixture.ts';

const TOKEN = '0f0e0d0c-0b0a-4909-8807-060504030201';
/** The seed plus one link on `alias`, valid 2026-06-01 18:00 to `until` (default 19:00). */
function withLink(alias = 'lab1-pc-02@ad', until = utc('2026-06-01 19:00:00')): AnyClassroomState {
  const state = seededState();
  const link: LinkRow = {
    token: TOKEN,
    id: 1000,
    anydeskId: seedDevice(alias).anydesk_id,
    fromTime: utc('2026-06-01 18:00:00'),
    untilTime: until,
    expires: until,
    signature: '0'.repeat(64),
    sessionExpiresAt: null,
    createdAt: '2026-06-01T17:59:00.000000Z',
    updatedAt: '2026-06-01T17:59:00.000000Z',
  };
  state.links.put(TOKEN, link);
  return state;
}
const at = (text: string) => fixedEnv(utc(text) * 1000);
const linkOf = (state: AnyClassroomState) => state.links.get(TOKEN)!;
/** Runs the command inside a store transaction, as the server does: its outcome and the rows it wrote. */
function invalidate(state: AnyClassroomState, token: string, env: DomainEnv) {
  const { result: outcome, changes } = state.store.transaction(() => invalidateTemporalAccess(state, { token }, env));
  return { outcome, changes };
}

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
    const state = withLink();
    const before = linkOf(state);
    const { outcome, changes } = invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    expect(outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    const after = { ...before, untilTime: utc('2026-06-01 18:30:30'), sessionExpiresAt: utc('2026-06-01 18:30:30'), updatedAt: '2026-06-01T18:30:15.000000Z' };
    expect(linkOf(state)).toEqual(after);
    expect(changes).toEqual([{ table: 'links', key: TOKEN, value: after }]);
  });

  it('writes a new row and leaves the row it read untouched', () => {
    const state = withLink();
    const before = linkOf(state);
    const copy = structuredClone(before);
    invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    expect(before).toEqual(copy);
    expect(linkOf(state)).not.toBe(before);
  });

  it('keeps the link at its place in the device list', () => {
    const state = withLink();
    const device = seedDevice('lab1-pc-02@ad').anydesk_id;
    invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    expect(state.linksByDevice.newestFirst(device).slice(0, 1)).toEqual([linkOf(state)]);
  });

  it('answers a retry before the mark with the same session_expires_at and changes nothing', () => {
    const state = withLink();
    invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    const retry = invalidate(state, TOKEN, at('2026-06-01 18:30:29'));
    expect(retry.outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    expect(retry.changes).toEqual([]);
  });

  it.each([
    ['a call at the mark after an invalidation', '2026-06-01 18:30:30'],
    ['a call well after it', '2026-06-01 18:45:00'],
  ])('answers AlreadyInvalidatedOrExpired on %s', (_, now) => {
    const state = withLink();
    invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    expect(invalidate(state, TOKEN, at(now))).toEqual({ outcome: { kind: 'AlreadyInvalidatedOrExpired' }, changes: [] });
  });

  it('answers AlreadyInvalidatedOrExpired on an expired link (now >= until_time)', () => {
    expect(invalidate(withLink(), TOKEN, at('2026-06-01 19:00:00')).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('keeps an until_time earlier than the mark but still answers the mark', () => {
    const state = withLink('lab1-pc-02@ad', utc('2026-06-01 18:30:20'));
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    expect(linkOf(state).untilTime).toBe(utc('2026-06-01 18:30:20'));
  });

  it('invalidates a link of a device without 2FA the same way', () => {
    expect(seedDevice('lab1-pc-05@ad').has_2fa).toBe(false);
    const state = withLink('lab1-pc-05@ad');
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:35')).outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:31:00') });
    expect(linkOf(state).untilTime).toBe(utc('2026-06-01 18:31:00'));
  });

  it('finds a token written in upper case', () => {
    expect(invalidate(withLink(), TOKEN.toUpperCase(), at('2026-06-01 18:30:15')).outcome.kind).toBe('Ok');
  });

  it('answers TemporalAccessNotFound for an unknown token and Forbidden for a link of another account', () => {
    expect(invalidate(withLink(), '00000000-0000-4000-8000-000000000000', at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'TemporalAccessNotFound' });
    expect(invalidate(withLink('rs-laba-pc-01@ad'), TOKEN, at('2026-06-01 18:30:15'))).toEqual({ outcome: { kind: 'Forbidden' }, changes: [] });
  });
});
