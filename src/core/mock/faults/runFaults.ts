import type { Stop } from '../pipeline/PlainRequest.ts';
import type { Fault, FaultRequest } from './Fault.ts';

/**
 * Stage 3, faults: applies each fault in order; the first that answers ends the request.
 *
 * @example
 *   const faulted = await runFaults(createFaults({ errorRate: 1 }), { method: 'GET', prefer: {} }); // stop: ServiceUnavailable
 */
export function runFaults(faults: readonly Fault[], request: FaultRequest, from = 0): Stop | null | Promise<Stop | null> {
  for (let i = from; i < faults.length; i++) {
    const outcome = faults[i]!.apply(request);
    // Synchronous until a fault waits: a request no fault touches costs no promise.
    if (outcome instanceof Promise) return outcome.then((stopped) => stopped ?? runFaults(faults, request, i + 1));
    if (outcome) return outcome;
  }
  return null;
}
