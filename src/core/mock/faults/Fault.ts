import type { Preferences } from '../../http/prefer.ts';
import type { Stop } from '../pipeline/PlainRequest.ts';

/** What a fault may look at: the request's preferences and method (it runs before authentication). */
export interface FaultRequest {
  readonly method: string;
  readonly prefer: Preferences;
  /**
   * What the faults did to this request, in words (`latency 250 ms`, `error rate 0.1: 503`): each
   * fault that acts adds one item, for the request journal. Absent when nobody asks.
   */
  readonly applied?: string[];
}

/**
 * Something the mock does to API requests on purpose, to test a client's patience and retries:
 * wait, or answer with an error in the API's format instead of the real answer. Faults run in order
 * after the body is read and before authentication, and never on the control API.
 *
 * Adding a fault: one file here exporting a factory of a `Fault`, its entry in `createFaults`, its
 * test (`test/core/mock/faults/`), and its line in the README's options table.
 *
 * @example
 *   const slow: Fault = { name: 'latency', apply: () => sleep(250).then(() => null) };
 */
export interface Fault {
  /** For logs and docs: `latency`, `prefer-delay`, `error-rate`. */
  readonly name: string;
  /** `null` lets the request go on (perhaps later); a `Stop` answers it with that failure. */
  apply(request: FaultRequest): Stop | null | Promise<Stop | null>;
}

/**
 * Waits `ms` milliseconds on the runtime's own timer (no Node import: the engine also runs in a
 * browser).
 *
 * @example
 *   await sleep(100);
 */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
