import type { RequestWarning } from '../../http/operation/RequestWarning.ts';
import type { RequestTrace } from '../pipeline/RequestTrace.ts';
import type { MockResponse } from '../types.ts';

/**
 * One API request as the journal keeps it: what came in, what went out and what the request path
 * noted. Bodies are kept by reference (the answer's body is the object the domain built, serialised
 * only when the journal is read), so recording costs one object per request.
 */
export interface JournalRecord {
  /** 1, 2, ... in arrival order of the answers; never reused, not even after a clear. */
  readonly id: number;
  /** When the request arrived, Unix milliseconds (wall clock, not the mock clock). */
  readonly receivedAt: number;
  /** Milliseconds from arrival to the answer being ready (faults' delays included). */
  readonly durationMs: number;
  readonly method: string;
  /** The pathname as sent (`/api/v1/devices/7788097973`). */
  readonly path: string;
  /** The query string without `?` (`''` when none). */
  readonly query: string;
  readonly requestHeaders: Readonly<Record<string, string | undefined>>;
  readonly response: MockResponse;
  readonly warnings: readonly RequestWarning[];
  readonly trace: RequestTrace;
}
