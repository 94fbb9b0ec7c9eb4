import { stop } from '../pipeline/PlainRequest.ts';
import type { Fault } from './Fault.ts';
import type { FaultSettings } from './FaultSettings.ts';

/**
 * `--error-rate R` (or `PUT /__mock/faults {"errorRate": R}`): a share `settings.errorRate` (0 to 1)
 * of API requests is answered 503 in the API's own format, with `Retry-After: 1`, instead of being
 * served. While the rate is 0 nothing is drawn.
 *
 * @example
 *   errorRateFault(createFaultSettings({ errorRate: 1 }), Math.random).apply(request); // stop: ServiceUnavailable
 */
export function errorRateFault(settings: FaultSettings, random: () => number): Fault {
  return {
    name: 'error-rate',
    apply: (request) => {
      const rate = settings.errorRate;
      if (rate <= 0 || random() >= rate) return null;
      request.applied?.push(`error rate ${rate}: 503`);
      return stop({ kind: 'ServiceUnavailable' }, { headers: { 'Retry-After': '1' } });
    },
  };
}
