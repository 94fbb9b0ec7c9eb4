import { errorRateFault } from './errorRateFault.ts';
import type { Fault } from './Fault.ts';
import type { FaultSettings } from './FaultSettings.ts';
import { latencyFault } from './latencyFault.ts';
import { preferDelayFault } from './preferDelayFault.ts';

/** The fault options of a mock server: the start values of its `FaultSettings`. */
export interface FaultOptions {
  /** Added to every API request (not to the control API), in milliseconds. */
  readonly latencyMs?: number | undefined;
  /** Share of API requests, 0 to 1, answered 503 in the API's own format. */
  readonly errorRate?: number | undefined;
  /** Random source for `errorRate` (tests pass a fixed one). */
  readonly random?: (() => number) | undefined;
}

/**
 * The faults a server applies, in order: the waits first (so a faulted answer is late too), then
 * the error rate. All three are always in the list and read `settings` on every request (a fault
 * whose setting is 0 does nothing and costs no promise), so that the control API can turn them on
 * and off at run time.
 *
 * @example
 *   createFaults(createFaultSettings({ latencyMs: 100 })).map((f) => f.name); // ['latency', 'prefer-delay', 'error-rate']
 */
export function createFaults(settings: FaultSettings, random: () => number = Math.random): Fault[] {
  return [latencyFault(settings), preferDelayFault(), errorRateFault(settings, random)];
}
