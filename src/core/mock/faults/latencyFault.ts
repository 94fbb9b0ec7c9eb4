import { sleep, type Fault } from './Fault.ts';
import type { FaultSettings } from './FaultSettings.ts';

/**
 * `--latency MS` (or `PUT /__mock/faults {"latencyMs": MS}`): every API answer comes
 * `settings.latencyMs` milliseconds later; idle (synchronous, no promise) while it is 0.
 *
 * @example
 *   latencyFault(createFaultSettings({ latencyMs: 250 })).apply(request); // resolves null 250 ms later
 */
export function latencyFault(settings: FaultSettings): Fault {
  return {
    name: 'latency',
    apply: (request) => {
      const ms = settings.latencyMs;
      if (ms <= 0) return null;
      request.applied?.push(`latency ${ms} ms`);
      return sleep(ms).then(() => null);
    },
  };
}
