import type { ErrorObject } from 'ajv/dist/2020.js';
import { formatJsonPath, parsePointer } from '../../openapi/jsonPath.ts';

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

/**
 * ajv's errors for one part of a request as `RequestViolation`s. Parameters are validated as one
 * object per location, so the first segment of an error's path is the parameter's name; for the body
 * it is the top-level property (or the missing one).
 *
 * @example
 *   toRequestViolations('query', validateQuery.errors); // [{ in: 'query', name: 'per_page', path: '$.per_page', keyword: 'maximum', ... }]
 */
export function toRequestViolations(where: RequestViolation['in'], errors: readonly ErrorObject[] | null | undefined): RequestViolation[] {
  return (errors ?? []).map((e) => {
    const segments = parsePointer(e.instancePath);
    const missing = e.params.missingProperty;
    const name = segments[0] ?? (where !== 'body' || e.keyword === 'required' ? String(missing ?? '') : '');
    return { in: where, name, path: formatJsonPath(segments), keyword: e.keyword, message: e.message ?? e.keyword, params: e.params };
  });
}
