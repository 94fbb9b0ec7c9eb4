import { sleep, type Fault } from './Fault.ts';

/**
 * `--latency MS`: every API answer comes `ms` milliseconds later.
 *
 * @example
 *   createMockServer({ api, seed, latencyMs: 250 }); // uses latencyFault(250)
 */
export function latencyFault(ms: number): Fault {
  return { name: 'latency', apply: () => sleep(ms).then(() => null) };
}
