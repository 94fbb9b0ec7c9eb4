import type { OpenApiDocument } from '../openapi/types.ts';
import type { ApiName } from '../openapi/loadDocument.ts';

/**
 * What the HTTP layer hands an API's domain after routing and validation: plain data, no Node
 * objects. Path and query values are already coerced to their schema types and query defaults are
 * applied (so `query.per_page` is the number 50 when absent).
 */
export interface MockRequest {
  readonly operationId: string;
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** Lower-cased header names (Node's `req.headers`; repeated headers other than `set-cookie` are joined with `, `). */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Parsed JSON body, or `undefined` when the request had none. */
  readonly body: unknown;
  /**
   * The absolute URL the client called (scheme and host from the request), for answers that echo it
   * (Laravel's pagination links).
   */
  readonly url: URL;
  /** The path of the request relative to the API's base (`/devices`), as the document names it. */
  readonly apiPath: string;
}

/** An HTTP answer as plain data; the HTTP layer serialises `body` as JSON. */
export interface MockResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Everything time or randomness related a domain function may use, passed in so that domain
 * functions stay pure and tests can fix them.
 */
export interface MockEnv {
  /** Mock clock, milliseconds. */
  readonly nowMs: number;
  /** A fresh random UUID v4 per call. */
  readonly uuid: () => string;
  /** Deterministic-enough random hex string of `length` characters (ids like `sid`). */
  readonly randomHex: (length: number) => string;
}

/** A problem found while validating a request against the document, before the domain runs. */
export interface RequestViolation {
  readonly in: 'path' | 'query' | 'header' | 'body';
  /** Parameter name, or the body property a violation is about (`''` for the body itself). */
  readonly name: string;
  /** JSON path inside the value (`$` for the value itself). */
  readonly path: string;
  /** ajv keyword (`type`, `required`, `maximum`, `pattern`, ...). */
  readonly keyword: string;
  readonly message: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** Failures the shared HTTP layer detects; each API renders them in its own error format. */
export type TransportError =
  | { readonly kind: 'Unauthorized' }
  | { readonly kind: 'InvalidRequest'; readonly violations: readonly RequestViolation[] }
  | { readonly kind: 'MalformedJson'; readonly detail: string }
  | { readonly kind: 'UnsupportedMediaType'; readonly contentType: string }
  | { readonly kind: 'PayloadTooLarge'; readonly limit: number }
  | { readonly kind: 'RouteNotFound'; readonly method: string; readonly path: string }
  | { readonly kind: 'MethodNotAllowed'; readonly method: string; readonly path: string; readonly allowed: readonly string[] }
  | { readonly kind: 'ServiceUnavailable' }
  | { readonly kind: 'InternalError' }
  /** The request's headers are over the server's limit (431); no route was found yet. */
  | { readonly kind: 'HeadersTooLarge'; readonly limit: number }
  /** The client took longer than the request timeout to send its request (408). */
  | { readonly kind: 'RequestTimeout'; readonly timeoutMs: number }
  /** Bytes that are not an HTTP request at all (400), before any routing. */
  | { readonly kind: 'MalformedRequest' };

/**
 * One API as the shared mock server sees it. Each API folder exports one of these; the server knows
 * nothing else about the API.
 *
 * `S` is the API's state: plain, JSON-serialisable data (the state file stores it as is).
 */
export interface ApiMock<S> {
  readonly name: Exclude<ApiName, 'mock-control'>;
  readonly document: OpenApiDocument;
  /**
   * Maps a request pathname to the document's path space, or `null` when it is outside the API
   * (AnyClassroom strips `/api/v1`; Agora accepts `/edu/...` and `/{region}/edu/...`).
   */
  toApiPath(pathname: string): string | null;
  /** The state the mock starts from, built from a seed data set (validated by the API). */
  initialState(seed: unknown): S;
  /**
   * Credentials check, run after routing and before validation. `null` lets the request through.
   * `appId` and other path values are raw strings here.
   */
  authenticate(headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>): TransportError | null;
  /** The operation's behaviour: pure, `(state, request, env) -> { state, response }`. */
  handle(state: S, request: MockRequest, env: MockEnv): { readonly state: S; readonly response: MockResponse };
  /** Renders a transport-level failure in the API's own error format. */
  renderError(error: TransportError, env: MockEnv): MockResponse;
}
