/**
 * What the fuzz oracle must know about one API beyond its document: the decisions that say how the
 * API answers what the document alone does not settle (the order of its checks, its credentials,
 * the status of a refused request). Each API's fuzz target supplies them, citing its decisions; the
 * oracle (`createOracle`) applies them to every generated request.
 */

/** `true` accepted, `false` refused, `'open'`: the sources do not say (the oracle accepts both answers). */
export type Verdict = boolean | 'open';

/** A part of a request the document refuses: where, and the parameter or body member. */
export interface RefusedPart {
  readonly in: 'path' | 'query' | 'body';
  /** Parameter name, or the first segment of the body member's path (`''` for the body itself). */
  readonly name: string;
  readonly detail: string;
}

/** The operation a request reached, as the rules see it. */
export interface OracleOperation {
  readonly operationId: string;
  /** The statuses the document declares for it (`'200'`, `'404'`, ...). */
  readonly declared: readonly number[];
  readonly pathParameters: readonly string[];
}

export interface OracleRules {
  /**
   * Whether the request's credentials are accepted. `header(name)` is one reading of a header (names
   * in lower case, surrounding whitespace trimmed as HTTP does; `undefined` when absent); `path`
   * holds the decoded path parameters (Agora's `appId` is a credential, AG-10).
   */
  credentials(header: (name: string) => string | undefined, path: Readonly<Record<string, string>>): Verdict;
  /**
   * Whether a body declared (`Content-Length`) over the size limit is refused before routing,
   * whatever the route (Laravel's global `ValidatePostSize`, AC-32; Agora's gateway, AG-63), rather
   * than only by an operation that reads it. A chunked body is always measured by the operation.
   */
  readonly bodyLimitBeforeRouting: boolean;
  /** A trailing slash: `ignored` (the framework trims it, Laravel) or `open` (the sources do not say). */
  readonly trailingSlash: 'ignored' | 'open';
  /** A header by which the framework lets a POST stand for another method (Symfony's `X-HTTP-Method-Override`); the oracle then accepts both readings. */
  readonly methodOverrideHeader?: string;
  /** A body that is not JSON: read as empty input (Laravel, AC-7) or refused (AG-15). */
  readonly malformedJson: 'empty' | 'refused';
  /** The API's answer to a request the document refuses (a stop before its domain). */
  readonly refusalStatus: number;
  /**
   * The statuses a refused request may get: `refusalStatus`, or what an earlier check of the API
   * answers first (AnyClassroom's route-model binding: 404 for a path value, and 403/404 for the
   * resource before the body is validated, AC-13, AC-39).
   */
  refusal(operation: OracleOperation, refused: readonly RefusedPart[]): readonly number[];
  /**
   * The statuses a body not sent as JSON may get: 415 (MK-4), or what an earlier check of the API
   * answers first (AnyClassroom's route-model binding, AC-39).
   */
  mediaTypeRefusal(operation: OracleOperation): readonly number[];
  /**
   * Statuses a request the document accepts may still get from the domain although they are the
   * API's refusal status: rules the schema cannot state (AnyClassroom's `from_time < until_time`,
   * Agora's empty `rootUrl`), by operation id.
   */
  readonly domainRefusals: Readonly<Record<string, readonly number[]>>;
}
