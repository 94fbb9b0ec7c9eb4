import type { DomainEnv } from '../domain/DomainEnv.ts';
import type { RequestViolation } from '../http/operation/RequestViolation.ts';
import type { OpenApiDocument } from '../openapi/types.ts';
import type { Store } from '../store/Store.ts';

// Request violations live beside the validators that find them; the API folders render them.
export type { RequestViolation } from '../http/operation/RequestViolation.ts';

/**
 * What the request pipeline hands an API's domain after routing, authentication and validation:
 * plain data, no runtime objects. Path and query values are already coerced to their schema types
 * and query defaults are applied (so `query.per_page` is the number 50 when absent). Headers are not
 * part of it: credentials are checked before (`authenticate`).
 */
export interface MockRequest {
  readonly operationId: string;
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  /** Parsed JSON body: `{}` for an operation that takes a body and got none; `undefined` for one that takes none. */
  readonly body: unknown;
  /**
   * The absolute URL the client called (scheme and host from the request), for answers that echo it
   * (Laravel's pagination links).
   */
  readonly url: URL;
}

/** An HTTP answer as plain data; the pipeline serialises `body` as JSON. */
export interface MockResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Failures the shared request pipeline detects; each API renders them in its own error format. */
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

/** What every API's state has: its tables. The state object also holds the indexes the API derives from them. */
export interface MockState {
  readonly store: Store;
}

/**
 * One API as the shared mock server sees it. Each API folder exports one of these; the server knows
 * nothing else about the API.
 *
 * `S` is the API's state: a `Store` of immutable rows plus the indexes the API keeps over them
 * (ARCHITECTURE.md, "State"). The server runs `handle` inside a store transaction, writes the
 * transaction's changes to the state file (if any) before the answer goes out, and undoes them when
 * that write fails or the request was a HEAD.
 */
export interface ApiMock<S extends MockState = MockState> {
  readonly name: string;
  readonly document: OpenApiDocument;
  /**
   * Version of this API's table format in a state file; a file saved with another version is refused
   * with a clear message rather than misread.
   */
  readonly stateVersion: number;
  /**
   * Maps a request pathname to the document's path space, or `null` when it is outside the API
   * (an API served under `/api/v1` strips that prefix; one served under optional region prefixes
   * strips those).
   */
  toApiPath(pathname: string): string | null;
  /** An empty state: no rows, every index wired (a state file is restored into it). */
  newState(): S;
  /** Fills an empty state from a seed data set; throws `SeedError` naming every problem. */
  loadSeed(state: S, seed: unknown, env: DomainEnv): void;
  /**
   * Credentials check, run after routing and before validation. `null` lets the request through.
   * `appId` and other path values are raw strings here. `env` carries the mock clock's reading, for
   * credentials that expire (signed tokens).
   */
  authenticate(headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>, env?: Pick<DomainEnv, 'nowMs'>): TransportError | null;
  /** The operation's behaviour: reads and changes `state` (through its store) and returns the answer. */
  handle(state: S, request: MockRequest, env: DomainEnv): MockResponse;
  /** Renders a transport-level failure in the API's own error format. */
  renderError(error: TransportError, env: DomainEnv): MockResponse;
}
