import { serializeJson } from '../../http/serializeJson.ts';
import type { MockResponse } from '../types.ts';

const JSON_TYPE = 'application/json';

/** A response ready for the wire: status, headers (Content-Type included when there is a body) and body text. */
export interface SerializedResponse {
  readonly status: number;
  /**
   * Not to be changed: a remembered answer's are shared by every request that reuses it. An adapter
   * writes its own (Content-Length, `Connection: close`) beside them.
   */
  readonly headers: Readonly<Record<string, string | number>>;
  /** `''` when the response has no body. */
  readonly payload: string;
  /**
   * `payload` as UTF-8, when the engine keeps it encoded (a remembered answer): an adapter sends these
   * bytes rather than encoding the text again for every request.
   */
  readonly bytes?: Uint8Array;
}

/**
 * The Content-Type a response goes out with: its own, or JSON when it has a body; none without one.
 *
 * @example
 *   contentTypeOf({ status: 200, body: {} }); // 'application/json'
 */
export function contentTypeOf(response: MockResponse): string | undefined {
  return response.body === undefined ? undefined : (response.headers?.['Content-Type'] ?? JSON_TYPE);
}

/**
 * Stage 11, serialisation: the body as JSON text (`serializeJson`, which reuses the text of frozen
 * views), or a string body as it is under a Content-Type that is not JSON, and the Content-Type. The runtime adapter adds what depends on its transport
 * (Content-Length in bytes, `Connection: close`).
 *
 * @example
 *   serializeResponse({ status: 201, body: { data: {} } }); // { status: 201, headers: { 'Content-Type': 'application/json' }, payload: '{"data":{}}' }
 */
export function serializeResponse(response: MockResponse): SerializedResponse {
  // Not `{ ...response.headers }`: V8 records no transitions from a spread copy's hidden class, so
  // adding Content-Type to it made a new class for every response (and every access to the headers
  // megamorphic, in Node's writer too).
  const headers: Record<string, string | number> = Object.assign({}, response.headers);
  if (response.body === undefined) return { status: response.status, headers, payload: '' };
  const contentType = contentTypeOf(response)!;
  headers['Content-Type'] = contentType;
  // A text answer (the control API's console page and script) goes out as it is.
  if (typeof response.body === 'string' && !/json/i.test(contentType)) return { status: response.status, headers, payload: response.body };
  return { status: response.status, headers, payload: serializeJson(response.body) };
}
