import type { FaultSettings } from '../faults/FaultSettings.ts';
import type { MockResponse } from '../types.ts';
import type { ControlCall } from './ControlContext.ts';

/**
 * `GET /__mock/faults` and `PUT /__mock/faults` (`{"latencyMs"?, "errorRate"?}`: the members sent
 * change, the others stay): the faults `--latency` and `--error-rate` started with, changed at run
 * time. They act on the next API request; the control API is never faulted.
 *
 * @example
 *   faultOperation(settings, { operationId: 'setMockFaults', body: { errorRate: 0.5 }, path: {}, query: {} }); // 200 { latencyMs: 0, errorRate: 0.5 }
 */
export function faultOperation(settings: FaultSettings, call: ControlCall): MockResponse | undefined {
  switch (call.operationId) {
    case 'getMockFaults':
      return { status: 200, body: { ...settings } };
    case 'setMockFaults': {
      const change = call.body as { latencyMs?: number; errorRate?: number };
      if (change.latencyMs !== undefined) settings.latencyMs = change.latencyMs;
      if (change.errorRate !== undefined) settings.errorRate = change.errorRate;
      return { status: 200, body: { ...settings } };
    }
    default:
      return undefined;
  }
}
