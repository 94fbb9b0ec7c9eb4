import { stop } from '../pipeline/PlainRequest.ts';
import type { Fault } from './Fault.ts';

/**
 * `--error-rate R`: a share `rate` (0 to 1) of API requests is answered 503 in the API's own format,
 * with `Retry-After: 1`, instead of being served.
 *
 * @example
 *   errorRateFault(1, Math.random).apply(request); // stop: ServiceUnavailable
 */
export function errorRateFault(rate: number, random: () => number): Fault {
  return { name: 'error-rate', apply: () => (random() < rate ? stop({ kind: 'ServiceUnavailable' }, { headers: { 'Retry-After': '1' } }) : null) };
}
