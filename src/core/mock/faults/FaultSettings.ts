/**
 * The faults' settings of one mock, read by the faults on every request: the control API
 * (`PUT /__mock/faults`) changes them at run time, `--latency` and `--error-rate` give their start
 * values. A plain mutable record on purpose: the faults read two numbers per request.
 */
export interface FaultSettings {
  /** Added to every API request (not to the control API), in milliseconds; 0 adds nothing. */
  latencyMs: number;
  /** Share of API requests, 0 to 1, answered 503 in the API's own format; 0 answers none. */
  errorRate: number;
}

/**
 * Settings from the server's options (absent: 0, the fault is idle).
 *
 * @example
 *   const settings = createFaultSettings({ latencyMs: 250 }); // { latencyMs: 250, errorRate: 0 }
 */
export function createFaultSettings(options: { readonly latencyMs?: number | undefined; readonly errorRate?: number | undefined }): FaultSettings {
  return { latencyMs: options.latencyMs ?? 0, errorRate: options.errorRate ?? 0 };
}
