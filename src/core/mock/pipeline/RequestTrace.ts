import type { RequestViolation } from '../../http/operation/RequestViolation.ts';
import type { SchemaViolation } from '../../openapi/createSchemaValidator.ts';
import type { TransportError } from '../types.ts';

/**
 * What the request path noted about one API request besides its answer, for the request journal
 * (`GET /__mock/requests`): which operation it reached, which stage refused it and why, what the
 * `Prefer` header and the faults did, and whether the answer kept to the document. Plain data,
 * filled as the stages run.
 */
export interface RequestTrace {
  /** The operation the request reached; absent when routing refused it (404/405) or it never got that far. */
  operationId?: string;
  /** The transport failure a stage answered with (`InvalidRequest`, `Unauthorized`, ...), when one did. */
  stoppedBy?: TransportError['kind'];
  /** Why the request was refused as invalid (400/422): every violation validation found. */
  requestViolations: readonly RequestViolation[];
  /** How the answer breaks the document (a mock bug; also flagged with `x-mock-response-violations`). */
  responseViolations: readonly SchemaViolation[];
  /** What the faults did (`latency 250 ms`, `Prefer delay 100 ms`, `error rate 0.5: 503`). */
  faults: string[];
  /** What became of a `Prefer: code/example/dynamic`: answered from the document, or ignored and why. */
  prefer?: { readonly outcome: 'answered' | 'ignored'; readonly reason?: string };
  /** The body as received (text), when the operation takes one and it was read in full. */
  requestBody?: string;
}

/**
 * An empty trace, filled by the stages of `handleApiRequest`.
 *
 * @example
 *   const trace = newRequestTrace(); // { requestViolations: [], responseViolations: [], faults: [] }
 */
export function newRequestTrace(): RequestTrace {
  // The violation lists are replaced, never added to: one shared empty list.
  return { requestViolations: NONE, responseViolations: NONE, faults: [] };
}

const NONE: readonly never[] = Object.freeze([]);
