/** The latest instant the mock clock may show: 9999-12-31T23:59:59Z, the end of four-digit years. */
export const MAX_CLOCK_MS = 253_402_300_799_000;

/** A clock snapshot as the control API reports it. */
export interface ClockReading {
  /** Unix seconds. */
  readonly now: number;
  readonly frozen: boolean;
}

/**
 * The mock clock: real time until frozen by the control API, then standing still until set or
 * advanced. Every time-dependent rule of both mocks reads it, so tests can stand at 18:30:15 and
 * step to the 30-second invalidation mark.
 *
 * @example
 *   const clock = new MockClock();
 *   clock.set(1596642015_000);      // freeze at 18:30:15 (ms)
 *   clock.advance(15_000);          // 18:30:30
 *   clock.nowMs();                  // 1596642030000
 */
export class MockClock {
  #frozenAt: number | null = null;

  constructor(private readonly realNow: () => number = Date.now) {}

  /** Current time in milliseconds. */
  nowMs(): number {
    return this.#frozenAt ?? this.realNow();
  }

  /** Sets the clock to an instant (ms) and freezes it there. */
  set(ms: number): void {
    this.#frozenAt = ms;
  }

  /** Moves the clock forward by `ms`, freezing it first if it was running. */
  advance(ms: number): void {
    this.#frozenAt = this.nowMs() + ms;
  }

  /** Back to real time. */
  reset(): void {
    this.#frozenAt = null;
  }

  reading(): ClockReading {
    return { now: this.nowMs() / 1000, frozen: this.#frozenAt !== null };
  }
}
