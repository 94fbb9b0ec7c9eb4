import type { RequestWarning } from '../../http/operation/RequestWarning.ts';
import type { RequestTrace } from '../pipeline/RequestTrace.ts';

/**
 * One API request as the journal keeps it: what came in and went out, and what the request path
 * noted (the trace's fields, flattened). Headers and bodies are not kept as strings but written into
 * the journal's `ByteRing` as two texts, the request's half (`textAt`, `textBytes`) and the answer's
 * (`answerAt`, `answerBytes`, which the records of a remembered answer share): see `packMessages`. A
 * record is one small object of numbers and short strings, so that keeping a thousand costs the
 * collector little.
 */
export interface JournalRecord extends Omit<RequestTrace, 'requestBody'>, MessageSlots {
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
  readonly status: number;
  readonly warnings: readonly RequestWarning[];
}

/** Where a record's two texts are in the journal's ring. */
export interface MessageSlots {
  /** Where the request's half of the packed headers and bodies (`packRequest`) is, and its length in bytes. */
  readonly textAt: number;
  readonly textBytes: number;
  /** Where the answer's half (`packAnswer`'s head and body) is, and its length in bytes. */
  readonly answerAt: number;
  readonly answerBytes: number;
}
