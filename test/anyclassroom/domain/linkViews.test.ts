import { describe, expect, it } from 'vitest';
import { RECENT_LINK_VIEWS, toTemporalAccess } from '../../../src/anyclassroom/mock/resources.ts';
import type { LinkRow } from '../../../src/anyclassroom/mock/state.ts';

const row = (n: number, changed?: string): LinkRow => ({
  token: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  id: n,
  anydeskId: '482915736',
  fromTime: 1_780_000_000,
  untilTime: 1_780_003_600,
  signature: String.fromCharCode(...Array.from({ length: 32 }, (_, i) => (i * 7 + n) % 256)),
  createdAt: '2026-06-01T18:30:15.000000Z',
  ...(changed ? { updatedAt: changed } : {}),
});

describe('link views (the temporal list and the create answer)', () => {
  it('gives the same frozen view for the same row, and a new one for a changed row or another link base', () => {
    const link = row(1);
    const view = toTemporalAccess(link, 'https://app.anyclassroom.com');
    expect(Object.isFrozen(view)).toBe(true);
    expect(toTemporalAccess(link, 'https://app.anyclassroom.com')).toBe(view);
    const changed = { ...link, untilTime: 1_780_001_800, updatedAt: '2026-06-01T18:31:00.000000Z' };
    expect(toTemporalAccess(changed, 'https://app.anyclassroom.com')).toMatchObject({ until_time: 1_780_001_800, updated_at: '2026-06-01T18:31:00.000000Z' });
    const other = toTemporalAccess(link, 'https://links.example');
    expect(other.url.startsWith('https://links.example/temporal-access/')).toBe(true);
    expect(other).toEqual({ ...view, url: other.url });
  });

  it('remembers only the last views built (a device may hold 100,000 links)', () => {
    const first = row(100_000);
    const view = toTemporalAccess(first, 'https://app.anyclassroom.com');
    for (let n = 1; n <= RECENT_LINK_VIEWS; n++) toTemporalAccess(row(200_000 + n), 'https://app.anyclassroom.com');
    const again = toTemporalAccess(first, 'https://app.anyclassroom.com');
    expect(again).not.toBe(view);
    expect(again).toEqual(view);
  });
});
