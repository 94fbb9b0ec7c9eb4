import { sleep, type Fault } from './Fault.ts';

/**
 * `Prefer: delay=250`: this request is answered 250 ms later (capped at `MAX_DELAY_MS` by `parsePrefer`).
 *
 * @example
 *   await preferDelayFault().apply({ method: 'GET', prefer: { delayMs: 250 } }); // resolves null after 250 ms
 */
export function preferDelayFault(): Fault {
  return { name: 'prefer-delay', apply: ({ prefer }) => (prefer.delayMs ? sleep(prefer.delayMs).then(() => null) : null) };
}
