import type { MockResponse } from '../types.ts';

/** A control request after routing and validation, as each operation group reads it. */
export interface ControlCall {
  readonly operationId: string;
  /** Path values, coerced to their schema types. */
  readonly path: Readonly<Record<string, unknown>>;
  /** Query values, coerced, defaults applied. */
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  /** The `Last-Event-ID` request header (an `EventSource` reconnecting to a stream). */
  readonly lastEventId?: string | undefined;
}

/**
 * The control API's 4xx format (DECISIONS MK-5): `{"error": <message>, "details"?: [...]}`.
 *
 * @example
 *   controlError(404, 'No scenario "x".', ['known: default, empty-account']);
 */
export function controlError(status: number, message: string, details?: readonly string[]): MockResponse {
  return { status, body: details ? { error: message, details } : { error: message } };
}
