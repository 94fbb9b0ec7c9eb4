import type { RequestWarning } from '../../http/operation/RequestWarning.ts';
import type { MockResponse, TransportError } from '../types.ts';
import type { RequestTrace } from './RequestTrace.ts';
import type { SerializedResponse } from './serializeResponse.ts';

/** Request bodies above this size are refused with 413 (1 MiB). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * The outcome of reading a request body: its text, the fact that it was over the limit, or that the
 * client went away before sending all of it (nothing to answer then).
 */
export type BodyResult = { readonly kind: 'ok'; readonly text: string } | { readonly kind: 'tooLarge' } | { readonly kind: 'aborted' };

/**
 * A request as the runtime-neutral mock engine sees it. Each runtime builds one from its own request
 * object (the Node adapter from `IncomingMessage`; a browser adapter from a `Request`), so nothing in
 * the engine touches sockets or streams.
 *
 * @example
 *   const request: PlainRequest = { method: 'GET', target: '/api/v1/devices', headers: { 'x-token-ac': 't' }, readBody: async () => ({ kind: 'ok', text: '' }) };
 */
export interface PlainRequest {
  readonly method: string;
  /** The request target as sent: origin-form (`/api/v1/devices?page=2`) or an absolute URL. */
  readonly target: string;
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Reads the whole body, up to `limit` bytes (beyond that: `tooLarge`). Called at most once. */
  readBody(limit: number): Promise<BodyResult>;
}

/** What the engine answers a request with: a response to write, or nothing at all (the client went away). */
export type Reply =
  | {
      readonly kind: 'respond';
      readonly response: MockResponse;
      /** Close the connection after this answer (a body too large to read to its end). */
      readonly closeConnection: boolean;
      /**
       * What the request sent that the document does not describe (DECISIONS MK-2), also in the
       * response's `x-mock-warnings` header; kept here for a request journal. Absent when none.
       */
      readonly warnings?: readonly RequestWarning[];
      /** What the API request path noted on the way (for the request journal); absent for control requests. */
      readonly trace?: RequestTrace;
      /** `response` as serialised for the journal (an adapter sends it rather than serialising again). */
      readonly serialized?: SerializedResponse;
      /** The answer came from the read memo (`ReadMemo`): `response` is shared with every other request it served. */
      readonly remembered?: true;
    }
  | { readonly kind: 'clientGone' };

/**
 * How a stage ends a request early: a transport failure the API renders in its own format, plus
 * what the transport adds (a `Retry-After`, closing the connection).
 */
export interface Stop {
  readonly kind: 'stop';
  readonly error: TransportError;
  readonly headers?: Readonly<Record<string, string>>;
  readonly closeConnection?: boolean;
}

/**
 * A `Stop` for a transport failure.
 *
 * @example
 *   return stop({ kind: 'ServiceUnavailable' }, { headers: { 'Retry-After': '1' } });
 */
export function stop(error: TransportError, extra: { readonly headers?: Readonly<Record<string, string>>; readonly closeConnection?: boolean } = {}): Stop {
  return { kind: 'stop', error, ...extra };
}

/** The client went away mid-request: there is nobody to answer. */
export const CLIENT_GONE = { kind: 'clientGone' } as const satisfies Reply;
