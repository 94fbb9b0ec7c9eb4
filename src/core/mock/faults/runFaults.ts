import type { Stop } from '../pipeline/PlainRequest.ts';
import type { Fault, FaultRequest } from './Fault.ts';

/**
 * Stage 3, faults: applies each fault in order; the first that answers ends the request.
 *
 * @example
 *   const faulted = await runFaults(createFaults({ errorRate: 1 }), { method: 'GET', prefer: {} }); // stop: ServiceUnavailable
 */
export async function runFaults(faults: readonly Fault[], request: FaultRequest): Promise<Stop | null> {
  for (const fault of faults) {
    const outcome = await fault.apply(request);
    if (outcome) return outcome;
  }
  return null;
}
