/**
 * One schema violation: where inside the validated value, and what is wrong there. Its own module,
 * free of ajv, so that the clients' browser entry points (which carry `ResponseValidationError`) and
 * their type declarations do not name ajv.
 *
 * @example
 *   const violation: SchemaViolation = { path: '$.data[0].token', segments: ['data', '0', 'token'], message: 'must be string', params: { type: 'string' } };
 */
export interface SchemaViolation {
  /** JSON path inside the validated value, `$` for the root (for example `$.data[0].token`). */
  readonly path: string;
  /** The same location as segments (`['data', '0', 'token']`), for reading the value there. */
  readonly segments: readonly string[];
  readonly message: string;
  /** The failing keyword's parameters (expected type, allowed values, missing property, ...). */
  readonly params: Record<string, unknown>;
}
