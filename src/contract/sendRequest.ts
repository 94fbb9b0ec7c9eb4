import { decodeJsonBody, mediaTypeOf } from '../core/http/decodeJsonBody.ts';
import type { RequestRecord, ResponseRecord } from './arazzo/runtimeExpression.ts';

/** A request to send, with every value already resolved. */
export interface OutgoingRequest {
  readonly method: string;
  /** Base URL the document's paths hang under (`https://app.anyclassroom.com/api/v1`). */
  readonly baseUrl: string;
  /** Path template of the operation (`/devices/{anydeskId}`). */
  readonly pathTemplate: string;
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  /** Already serialised; `undefined` sends no body. */
  readonly body: string | undefined;
}

/** What came back, or why nothing did. Only a bug in the kit throws. */
export type Exchange =
  | {
      readonly kind: 'response';
      readonly request: RequestRecord;
      readonly response: ResponseRecord;
      /** `Content-Type` without parameters, lower case; `undefined` when absent. */
      readonly contentType: string | undefined;
      /** Set when the body claims JSON but does not parse. */
      readonly unparsableJson: string | undefined;
      readonly durationMs: number;
    }
  | { readonly kind: 'transportError'; readonly request: RequestRecord; readonly message: string; readonly durationMs: number };

/**
 * Sends one request with the given `fetch` (tests and the CLI pass `globalThis.fetch`) and reads the
 * whole answer. A JSON body (`application/json` or `+json`) is parsed; any other body stays text so
 * the document check can report the content type.
 *
 * @example
 *   const exchange = await sendRequest(fetch, { method: 'GET', baseUrl, pathTemplate: '/devices', path: {}, query: { per_page: '2' }, headers, body: undefined }, 10_000);
 */
export async function sendRequest(fetchFn: typeof fetch, request: OutgoingRequest, timeoutMs: number): Promise<Exchange> {
  const url = buildUrl(request);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const record: RequestRecord = { url, method: request.method, path: request.path, query: request.query, headers, body: request.body };
  const started = performance.now();
  try {
    const res = await fetchFn(url, {
      method: request.method,
      headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const responseHeaders: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      responseHeaders[name.toLowerCase()] = value;
    });
    const contentType = mediaTypeOf(responseHeaders['content-type']) || undefined;
    const decoded = decodeJsonBody(text, contentType);
    const body = decoded.kind === 'json' ? decoded.value : text;
    const unparsableJson = decoded.kind === 'malformed' ? decoded.detail : undefined;
    return {
      kind: 'response',
      request: record,
      response: { status: res.status, headers: responseHeaders, body },
      contentType,
      unparsableJson,
      durationMs: performance.now() - started,
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { kind: 'transportError', request: record, message: `${request.method} ${url} failed: ${reason}`, durationMs: performance.now() - started };
  }
}

/**
 * The URL of a request: base URL + path template with each parameter percent-encoded + query.
 *
 * @example
 *   buildUrl({ baseUrl: 'http://h/api/v1', pathTemplate: '/devices/{anydeskId}', path: { anydeskId: 'a@b' }, query: {} }); // 'http://h/api/v1/devices/a%40b'
 */
export function buildUrl(request: Pick<OutgoingRequest, 'baseUrl' | 'pathTemplate' | 'path' | 'query'>): string {
  const path = request.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.path[name] ?? `{${name}}`));
  const query = new URLSearchParams(request.query).toString();
  return `${request.baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}
