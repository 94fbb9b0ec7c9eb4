import type { SchemaViolation } from '../core/openapi/createSchemaValidator.ts';
import { formatJsonPath, readAt } from '../core/openapi/jsonPath.ts';

/** A schema violation in the form the kit prints: where, what the document wants, what came. */
export interface DescribedViolation {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/**
 * Turns a validator violation (ajv's keyword parameters) into expected and actual values, reading the
 * actual value at the violation's segments. A missing or extra property is reported at the
 * property's own path, so the drift reads `$.data.anydesk_id: expected required property, actual absent`.
 *
 * @example
 *   describeSchemaViolation({ path: '$.data.state', segments: ['data', 'state'], message: 'must be integer', params: { type: 'integer' } }, body);
 *   // { path: '$.data.state', expected: 'type integer', actual: '"1" (string)' }
 */
export function describeSchemaViolation(violation: SchemaViolation, body: unknown): DescribedViolation {
  const p = violation.params;
  if (typeof p.missingProperty === 'string' && p.deps === undefined) {
    return { path: formatJsonPath([...violation.segments, p.missingProperty]), expected: 'required property', actual: 'absent' };
  }
  if (typeof p.additionalProperty === 'string') {
    const at = [...violation.segments, p.additionalProperty];
    return { path: formatJsonPath(at), expected: 'no such property (the schema is closed)', actual: show(readAt(body, at)) };
  }
  return { path: violation.path, expected: expectedOf(violation), actual: show(readAt(body, violation.segments)) };
}

/**
 * What a violated keyword wanted, in words.
 *
 * @example
 *   expectedOf({ path: '$', segments: [], message: 'must be integer', params: { type: 'integer' } }); // 'type integer'
 */
export function expectedOf(violation: Pick<SchemaViolation, 'message' | 'params'>): string {
  const p = violation.params;
  if (p.type !== undefined) return `type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}`;
  if (p.allowedValues !== undefined) return `one of ${JSON.stringify(p.allowedValues)}`;
  if ('allowedValue' in p) return `exactly ${JSON.stringify(p.allowedValue)}`;
  if (typeof p.pattern === 'string') return `a string matching /${p.pattern}/`;
  if (typeof p.format === 'string') return `format ${p.format}`;
  if (typeof p.comparison === 'string') return `a number ${p.comparison} ${String(p.limit)}`;
  if (p.multipleOf !== undefined) return `a multiple of ${String(p.multipleOf)}`;
  return violation.message;
}

/**
 * A value as the reports print it: JSON, shortened, with its type where JSON hides it.
 *
 * @example
 *   show('1'); // '"1" (string)'
 */
export function show(value: unknown): string {
  if (value === undefined) return 'absent';
  const json = JSON.stringify(value) ?? String(value);
  const short = json.length > 160 ? `${json.slice(0, 157)}...` : json;
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return `${short} (${type})`;
}
