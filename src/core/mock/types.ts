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
   * (Laravel's pagination links). Read only: requests to the same target share it
   * (`createRequestUrlParser`), so a change would reach the others.
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

/**
 * A request to one of an API's own control operations (`ApiMock.controlOperations`), after routing
 * and validation against the mock-control document: path values coerced to their schema types, and
 * the parsed JSON body (`undefined` when none was sent, or the operation takes none).
 */
export interface ControlRequest {
  readonly operationId: string;
  readonly path: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

/**
 * One control operation of an API: reads and changes `state` (through its store) and returns the
 * answer. Declared through a method so that its `state` parameter is checked like `handle`'s (an
 * `ApiMock<AgoraState>` is an `ApiMock` in the registry).
 */
export type ControlOperation<S extends MockState> = { run(state: S, request: ControlRequest, env: DomainEnv): MockResponse }['run'];

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
  authenticate(headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>, env: Pick<DomainEnv, 'nowMs'>): TransportError | null;
  /** The operation's behaviour: reads and changes `state` (through its store) and returns the answer. */
  handle(state: S, request: MockRequest, env: DomainEnv): MockResponse;
  /**
   * Optional: what the API's service answers before it reads a request's body and values. Asked only
   * when the pipeline is about to refuse the body (415, 400) or a value (400/422) of a request that
   * reached an operation; a response here is given instead of that refusal, `null` lets the refusal
   * stand. A Laravel service resolves the route's models (404) and authorizes them (403) before its
   * controller reads the input, so an unknown resource with a bad body is a 404, not a 422.
   * `path` holds the path values as sent (some may already be coerced to the document's types).
   * It runs outside any transaction and must not change the state.
   */
  answerBeforeValidation?(state: S, request: { readonly operationId: string; readonly path: Readonly<Record<string, unknown>> }, env: DomainEnv): MockResponse | null;
  /** Renders a transport-level failure in the API's own error format. */
  renderError(error: TransportError, env: DomainEnv): MockResponse;
  /**
   * The API's own operations of the mock-control document (`/__mock/...`), by operationId: what only
   * this API's mock offers (Agora's classroom activity). Each runs in one store transaction and is
   * saved to the state file like an API request; its answer is checked against the mock-control
   * document. A control operation that the API serving the port does not list answers 404.
   */
  readonly controlOperations?: Readonly<Record<string, ControlOperation<S>>>;
  /**
   * Called in a store transaction after the control API set or moved the clock, so that the API
   * applies what the new time has made due (its changes are saved with the clock).
   */
  clockChanged?(state: S, env: DomainEnv): void;
  /**
   * Optional: `false` when every answer depends on the time (it prints it, or each request first
   * applies what has become due), so that no read can be remembered (`ReadMemo`) and the engine
   * does not try: default true.
   */
  readonly readsMayBeRemembered?: boolean;
}
