import { sleep, type Fault } from './Fault.ts';

/**
 * `Prefer: delay=250`: this request is answered 250 ms later (capped at `MAX_DELAY_MS` by `parsePrefer`).
 *
 * @example
 *   await preferDelayFault().apply({ method: 'GET', prefer: { delayMs: 250 } }); // resolves null after 250 ms
 */
export function preferDelayFault(): Fault {
  return {
    name: 'prefer-delay',
    apply: (request) => {
      const ms = request.prefer.delayMs;
      if (!ms) return null;
      request.applied?.push(`Prefer delay ${ms} ms`);
      return sleep(ms).then(() => null);
    },
  };
}
