import type { Arbitrary } from 'fast-check';
import type { OpenApiDocument } from '../openapi/types.ts';
import type { OracleRules } from './oracle/OracleRules.ts';

/**
 * One HTTP request as the fuzzer sends it: raw request target and raw header lines, so that a
 * request can carry what `fetch` would refuse or normalise away (`../` segments, malformed
 * percent escapes, a header sent twice, a wrong content type).
 */
export interface FuzzRequest {
  readonly api: string;
  /** The operation the request was generated from, `null` for a request aimed outside every route. */
  readonly operationId: string | null;
  readonly method: string;
  /** Request target as sent on the request line: path and query, already percent-encoded. */
  readonly target: string;
  /** Header lines in order; a name may repeat. `Host` and the body framing are added when sent. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body?: string | undefined;
  /** How the body is framed: a `Content-Length` (the default) or `Transfer-Encoding: chunked`. */
  readonly framing?: 'length' | 'chunked';
  /** What was made invalid, for the failure report (`path:anydeskId`, `auth:missing`); empty when valid. */
  readonly mutations: readonly string[];
}

/** What came back: an HTTP answer, or nothing (connection reset, closed, or timed out). */
export type FuzzAnswer =
  | {
      readonly kind: 'answer';
      readonly status: number;
      readonly headers: Readonly<Record<string, string | string[] | undefined>>;
      readonly body: string;
      readonly ms: number;
    }
  | { readonly kind: 'dropped'; readonly error: string; readonly ms: number };

/** A request the mock must answer 200 at any moment: the post-run health check. */
export interface KnownGoodRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * What the request generator needs to know about one running API beyond its document: where its
 * paths start, its credentials, and values that reach past the lookups (existing ids), so that the
 * generated requests exercise the domain and not only the 404 branch.
 */
export interface FuzzTarget {
  readonly api: string;
  readonly document: OpenApiDocument;
  /** `http://127.0.0.1:4010` */
  readonly origin: string;
  /** Path prefixes that reach the API (`/api/v1`; `''` and `/na` for Agora). */
  readonly basePaths: readonly string[];
  /** Prefixes that look close but lie outside the API (`/api/v2`, `/xx`). */
  readonly foreignBasePaths: readonly string[];
  /**
   * Request targets of the API's own shape that no operation serves: a bare base path, traversal
   * from an API path towards the control API, an absolute-form URL (`/api/v1/`, `/edu/apps`,
   * `/api/v1/devices/%2e%2e/%2e%2e/__mock/clock`). The generator adds targets that suit any API.
   */
  readonly offRouteTargets: readonly string[];
  /**
   * The credentials the mock accepts, one header set per alternative of the document's `security`
   * (Agora: `Authorization: agora token=...`, or `x-agora-token` with `x-agora-uid`): header name to
   * the valid value.
   */
  readonly credentialSets: readonly Readonly<Record<string, string>>[];
  /** Plausible valid values by parameter or body property name, mixed into the schema's values. */
  readonly hints: Readonly<Record<string, Arbitrary<unknown>>>;
  readonly knownGood: KnownGoodRequest;
  /** Largest header value the generator sends (the server's limit covers all headers together). */
  readonly maxHeaderBytes: number;
  /** How the API answers what its document alone does not settle: the oracle's rules (its decisions). */
  readonly oracle: OracleRules;
  /** The operations of the mock-control document this port serves (`/__mock/...`); the others answer 404 there. */
  readonly controlOperations: readonly string[];
}
