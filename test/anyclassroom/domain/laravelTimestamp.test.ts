import { describe, expect, it } from 'vitest';
import { isLaravelTimestamp, toLaravelTimestamp } from '../../../src/anyclassroom/mock/laravelTimestamp.ts';

describe('Laravel timestamps', () => {
  it('prints a clock instant with six fractional digits', () => {
    expect(toLaravelTimestamp(Date.UTC(2020, 7, 3, 15, 49, 42, 123))).toBe('2020-08-03T15:49:42.123000Z');
  });

  it('refuses a date that does not exist', () => {
    expect(isLaravelTimestamp('2026-02-30T10:00:00.000000Z')).toBe(false);
    expect(isLaravelTimestamp('2026-02-28T10:00:00.000000Z')).toBe(true);
  });
});
