import type { FuzzTarget } from '../core/fuzz/types.ts';
import type { RunningMocks } from './startMocks.ts';

/**
 * Every running mock as a fuzz target (each API's `createFuzzTarget`, with ids from the seed it
 * started from), in the registry's order.
 *
 * @example
 *   const mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0 });
 *   const targets = await fuzzTargets(mocks); // [anyclassroom, agora-classroom]
 */
export function fuzzTargets(mocks: RunningMocks, options: { readonly maxHeaderBytes?: number } = {}): Promise<FuzzTarget[]> {
  return Promise.all(mocks.apis.map((a) => a.descriptor.createFuzzTarget({ origin: a.origin, credentials: a.credentials, seed: a.seed, ...options })));
}
