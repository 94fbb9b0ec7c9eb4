/** Which part of which document answers: an operation, or the API outside every operation (its error schema). */
export interface AnsweredBy {
  /** `api`: the API's document; `control`: the mock-control document (`/__mock/...`). */
  readonly document: 'api' | 'control';
  /** `null`: an answer given outside every operation (unknown route, wrong method, 431, ...). */
  readonly operationId: string | null;
}

/** One answer the documents and decisions allow for a request. */
export interface ExpectedOutcome {
  /** Any of these statuses is right. */
  readonly statuses: readonly number[];
  readonly answeredBy: AnsweredBy;
  /** Why, for the report: `credentials refused`, `query per_page refused`, `valid`. */
  readonly reason: string;
  /** For a 405: the methods the path serves, which `Allow` must list. */
  readonly allow?: readonly string[];
  /**
   * `x-mock-warnings` (MK-2): absent (`undefined`: the answer comes before the body is decoded,
   * so it names nothing), the undeclared query parameters it must name (in the order sent), or
   * `'unchecked'` where the decisions leave open whether the request got that far.
   */
  readonly warnings?: { readonly unknownQuery: readonly string[] } | 'unchecked';
}

/**
 * What a request deserves: one of `outcomes` (several when the sources leave a reading open, for
 * instance which of two repeated query values counts). `open` names each such point.
 */
export interface Expectation {
  readonly outcomes: readonly ExpectedOutcome[];
  readonly open: readonly string[];
}

/**
 * The statuses of an expectation, for messages: `401 (credentials refused) or 200 (valid)`.
 *
 * @example
 *   describeExpectation({ outcomes: [{ statuses: [404], answeredBy, reason: 'unknown route' }], open: [] }); // '404 (unknown route)'
 */
export function describeExpectation(expectation: Expectation): string {
  const text = expectation.outcomes.map((o) => `${o.statuses.join('/')} (${o.reason})`).join(' or ');
  return expectation.open.length > 0 ? `${text}; open: ${expectation.open.join(', ')}` : text;
}
