import { describe, expect, it } from 'vitest';
import { MockClock } from '../../src/core/clock.ts';

describe('MockClock', () => {
  it('runs in real time until frozen, then stands still until advanced or reset', () => {
    let real = 1_000_000;
    const clock = new MockClock(() => real);
    expect(clock.reading()).toEqual({ now: 1000, frozen: false });
    real += 5000;
    expect(clock.nowMs()).toBe(1_005_000);
    clock.set(1_596_642_015_000);
    real += 60_000;
    expect(clock.reading()).toEqual({ now: 1_596_642_015, frozen: true });
    clock.advance(15_000);
    expect(clock.nowMs()).toBe(1_596_642_030_000);
    clock.reset();
    expect(clock.reading()).toEqual({ now: real / 1000, frozen: false });
  });

  it('freezes a running clock when advanced', () => {
    const clock = new MockClock(() => 2_000);
    clock.advance(3_000);
    expect(clock.reading()).toEqual({ now: 5, frozen: true });
  });
});
