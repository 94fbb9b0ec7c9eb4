import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainEnv } from '../../../src/core/domain/DomainEnv.ts';
import { invalidatedWindow, invalidateTemporalAccess, nextInvalidationMark } from '../../../src/anyclassroom/mock/invalidateTemporalAccess.ts';
import { hasValidSignature, signTemporalAccess } from '../../../src/anyclassroom/mock/signTemporalAccessUrl.ts';
import { toTemporalAccess } from '../../../src/anyclassroom/mock/resources.ts';
import type { AnyClassroomState, LinkRow } from '../../../src/anyclassroom/mock/state.ts';
import { APP_KEY, fixedEnv, seedDevice, seededState, SIGNING, utc } from '../fixture.ts';

const TOKEN = '0f0e0d0c-0b0a-4909-8807-060504030201';
/** The seed plus one link on `alias` (lab1-pc-02 has 2FA, lab1-pc-05 has not), valid `from` (18:00) to `until` (19:00). */
function withLink(alias = 'lab1-pc-02@ad', until = utc('2026-06-01 19:00:00'), from = utc('2026-06-01 18:00:00')): AnyClassroomState {
  const state = seededState();
  const link: LinkRow = {
    token: TOKEN,
    id: 1000,
    anydeskId: seedDevice(alias).anydesk_id,
    fromTime: from,
    untilTime: until,
    signature: signTemporalAccess({ ...SIGNING, token: TOKEN, expires: until }),
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
  const { result: outcome, changes } = state.store.transaction(() => invalidateTemporalAccess(state, { token, signing: SIGNING }, env));
  return { outcome, changes };
}
/** The `expires` of a link's URL as the API prints it. */
const expiresOf = (link: LinkRow) => Number(/[?&]expires=(\d+)/.exec(toTemporalAccess(link, SIGNING.linkBaseUrl).url)![1]);

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

describe('invalidatedWindow', () => {
  const t = utc('2026-06-01 18:30:15') * 1000;
  const mark = utc('2026-06-01 18:30:30');
  it.each<[string, number, number, number, number]>([
    ['an open link ending after the mark stops at the mark', mark - 900, mark + 600, mark - 900, mark],
    ['an open link ending before the mark keeps its until_time', mark - 900, mark - 5, mark - 900, mark - 5],
    ['a link opening between the request and the mark keeps its from_time and stops at the mark', mark - 10, mark + 600, mark - 10, mark],
    ['a link opening at the mark is cancelled: the second before the request', mark, mark + 600, mark - 16, mark - 15],
    ['a link opening after the mark is cancelled the same way', mark + 3600, mark + 7200, mark - 16, mark - 15],
  ])('%s', (_, fromTime, untilTime, from, until) => {
    expect(invalidatedWindow({ fromTime, untilTime }, t)).toEqual({ fromTime: from, untilTime: until });
  });

  it('keeps from_time < until_time, and never lengthens a link, for any link and any request before its until_time', () => {
    const base = 1_780_000_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (start, length, when) => {
        const fromTime = base + start;
        const untilTime = fromTime + length;
        const nowMs = Math.min(untilTime * 1000 - 1, (base + when * (untilTime - base)) * 1000);
        const window = invalidatedWindow({ fromTime, untilTime }, nowMs);
        expect(window.fromTime).toBeLessThan(window.untilTime);
        expect(window.untilTime).toBeLessThanOrEqual(untilTime);
      }),
    );
  });
});

describe('invalidateTemporalAccess on a device with 2FA', () => {
  it('cuts until_time to the next mark, signs the url again with it, stamps updated_at, marks the link invalidated and answers the new until_time', () => {
    const state = withLink();
    const before = linkOf(state);
    const { outcome, changes } = invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    expect(outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    const after = linkOf(state);
    expect(after).toEqual({
      ...before,
      untilTime: utc('2026-06-01 18:30:30'),
      signature: signTemporalAccess({ ...SIGNING, token: TOKEN, expires: utc('2026-06-01 18:30:30') }),
      updatedAt: '2026-06-01T18:30:15.000000Z',
      invalidated: true,
    });
    expect(after.signature).not.toBe(before.signature);
    expect(expiresOf(after)).toBe(after.untilTime);
    expect(hasValidSignature(toTemporalAccess(after, SIGNING.linkBaseUrl).url, APP_KEY)).toBe(true);
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

  it.each([
    ['a retry before the mark', '2026-06-01 18:30:29'],
    ['a call at the mark', '2026-06-01 18:30:30'],
    ['a call well after it', '2026-06-01 18:45:00'],
  ])('answers AlreadyInvalidatedOrExpired to %s and writes nothing', (_, now) => {
    const state = withLink();
    invalidate(state, TOKEN, at('2026-06-01 18:30:15'));
    const invalidated = linkOf(state);
    expect(invalidate(state, TOKEN, at(now))).toEqual({ outcome: { kind: 'AlreadyInvalidatedOrExpired' }, changes: [] });
    expect(linkOf(state)).toBe(invalidated);
  });

  it('answers AlreadyInvalidatedOrExpired on an expired link (now >= until_time)', () => {
    expect(invalidate(withLink(), TOKEN, at('2026-06-01 19:00:00')).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('keeps an until_time earlier than the mark, and answers it as session_expires_at', () => {
    const state = withLink('lab1-pc-02@ad', utc('2026-06-01 18:30:20'));
    const before = linkOf(state);
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:20') });
    expect(linkOf(state)).toMatchObject({ untilTime: utc('2026-06-01 18:30:20'), signature: before.signature, invalidated: true });
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:16')).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('cancels a link that has not opened by the mark: from_time and until_time become the second before the request (AC-30)', () => {
    const state = withLink('lab1-pc-02@ad', utc('2026-06-02 10:00:00'), utc('2026-06-02 09:00:00'));
    const { outcome } = invalidate(state, TOKEN, fixedEnv(utc('2026-06-01 18:30:15') * 1000 + 700));
    expect(outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:15') });
    const after = linkOf(state);
    expect(after).toMatchObject({ fromTime: utc('2026-06-01 18:30:14'), untilTime: utc('2026-06-01 18:30:15'), updatedAt: '2026-06-01T18:30:15.700000Z', invalidated: true });
    expect(expiresOf(after)).toBe(after.untilTime);
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:16')).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('keeps the from_time of a link that opens between the request and the mark', () => {
    const state = withLink('lab1-pc-02@ad', utc('2026-06-01 19:00:00'), utc('2026-06-01 18:30:20'));
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 18:30:30') });
    expect(linkOf(state)).toMatchObject({ fromTime: utc('2026-06-01 18:30:20'), untilTime: utc('2026-06-01 18:30:30') });
  });

  it('finds a token written in upper case', () => {
    expect(invalidate(withLink(), TOKEN.toUpperCase(), at('2026-06-01 18:30:15')).outcome.kind).toBe('Ok');
  });

  it('answers TemporalAccessNotFound for an unknown token and Forbidden for a link of another account', () => {
    expect(invalidate(withLink(), '00000000-0000-4000-8000-000000000000', at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'TemporalAccessNotFound' });
    expect(invalidate(withLink('rs-laba-pc-01@ad'), TOKEN, at('2026-06-01 18:30:15'))).toEqual({ outcome: { kind: 'Forbidden' }, changes: [] });
  });
});

describe('invalidateTemporalAccess on a device without 2FA (seed Note 3, AC-31)', () => {
  it('answers the link until_time and changes nothing', () => {
    expect(seedDevice('lab1-pc-05@ad').has_2fa).toBe(false);
    const state = withLink('lab1-pc-05@ad');
    const before = linkOf(state);
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:35'))).toEqual({ outcome: { kind: 'Ok', sessionExpiresAt: utc('2026-06-01 19:00:00') }, changes: [] });
    expect(linkOf(state)).toBe(before);
  });

  it('answers the same again on every later call until the link expires, then AlreadyInvalidatedOrExpired', () => {
    const state = withLink('lab1-pc-05@ad');
    for (const now of ['2026-06-01 18:30:35', '2026-06-01 18:30:40', '2026-06-01 18:59:59']) {
      expect(invalidate(state, TOKEN, at(now)).outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-01 19:00:00') });
    }
    expect(invalidate(state, TOKEN, at('2026-06-01 19:00:00')).outcome).toEqual({ kind: 'AlreadyInvalidatedOrExpired' });
  });

  it('does not cancel a link that has not opened yet', () => {
    const state = withLink('lab1-pc-05@ad', utc('2026-06-02 10:00:00'), utc('2026-06-02 09:00:00'));
    expect(invalidate(state, TOKEN, at('2026-06-01 18:30:15')).outcome).toEqual({ kind: 'Ok', sessionExpiresAt: utc('2026-06-02 10:00:00') });
    expect(linkOf(state)).toMatchObject({ fromTime: utc('2026-06-02 09:00:00'), untilTime: utc('2026-06-02 10:00:00') });
  });
});
