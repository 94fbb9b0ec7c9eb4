import { errorRateFault } from './errorRateFault.ts';
import type { Fault } from './Fault.ts';
import { latencyFault } from './latencyFault.ts';
import { preferDelayFault } from './preferDelayFault.ts';

/** The fault options of a mock server. */
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
 * the error rate. `Prefer: delay` is always on; the others only when their option is set.
 *
 * @example
 *   createFaults({ latencyMs: 100, errorRate: 0.1 }).map((f) => f.name); // ['latency', 'prefer-delay', 'error-rate']
 */
export function createFaults(options: FaultOptions): Fault[] {
  const faults: Fault[] = [];
  if (options.latencyMs && options.latencyMs > 0) faults.push(latencyFault(options.latencyMs));
  faults.push(preferDelayFault());
  if (options.errorRate) faults.push(errorRateFault(options.errorRate, options.random ?? Math.random));
  return faults;
}
