import fc from 'fast-check';
import { documentOperations } from './documentOperations.ts';
import { offRouteRequests, operationRequests } from './operationRequests.ts';
import type { FuzzRequest, FuzzTarget } from './types.ts';

/**
 * Requests for a whole API, derived from its document: every operation equally often, and one
 * request in nine or so aimed outside every route.
 *
 * @example
 *   await fc.assert(fc.asyncProperty(apiRequests(target), async (request) => { ... }), { seed: 42 });
 */
export function apiRequests(target: FuzzTarget): fc.Arbitrary<FuzzRequest> {
  const operations = documentOperations(target.document);
  return fc.oneof(
    ...operations.map((op) => ({ weight: 8, arbitrary: operationRequests(target, op) })),
    { weight: Math.max(1, operations.length), arbitrary: offRouteRequests(target) },
  );
}
