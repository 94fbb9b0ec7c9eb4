import type { SchemaViolation } from '../core/openapi/createSchemaValidator.ts';

/** A schema violation in the form the kit prints: where, what the document wants, what came. */
export interface DescribedViolation {
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

/**
 * Turns a validator violation (ajv's keyword parameters) into expected and actual values. A missing
 * or extra property is reported at the property's own path, so the drift reads
 * `$.data.anydesk_id: expected required property, actual absent`.
 *
 * @example
 *   describeSchemaViolation({ path: '$.data.state', message: 'must be integer', params: { type: 'integer' } }, body);
 *   // { path: '$.data.state', expected: 'type integer', actual: '"1" (string)' }
 */
export function describeSchemaViolation(violation: SchemaViolation, body: unknown): DescribedViolation {
  const p = violation.params;
  const at = readJsonPath(body, violation.path);
  if (typeof p.missingProperty === 'string' && p.deps === undefined) {
    return { path: childPath(violation.path, p.missingProperty), expected: 'required property', actual: 'absent' };
  }
  if (typeof p.additionalProperty === 'string') {
    const path = childPath(violation.path, p.additionalProperty);
    return { path, expected: 'no such property (the schema is closed)', actual: show(readJsonPath(body, path)) };
  }
  let expected = violation.message;
  if (p.type !== undefined) expected = `type ${Array.isArray(p.type) ? p.type.join(' or ') : String(p.type)}`;
  else if (p.allowedValues !== undefined) expected = `one of ${JSON.stringify(p.allowedValues)}`;
  else if ('allowedValue' in p) expected = `exactly ${JSON.stringify(p.allowedValue)}`;
  else if (typeof p.pattern === 'string') expected = `a string matching /${p.pattern}/`;
  else if (typeof p.format === 'string') expected = `format ${p.format}`;
  else if (typeof p.comparison === 'string') expected = `a number ${p.comparison} ${String(p.limit)}`;
  else if (p.multipleOf !== undefined) expected = `a multiple of ${String(p.multipleOf)}`;
  return { path: violation.path, expected, actual: show(at) };
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

/**
 * Reads the value at a JSON path of the form the validators print (`$.data[0].token`,
 * `$["odd key"]`); `undefined` when there is none.
 */
export function readJsonPath(value: unknown, path: string): unknown {
  const segments = [...path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map((m) => m[1] ?? m[2] ?? (JSON.parse(m[3] ?? '""') as string));
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function childPath(path: string, property: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(property) ? `${path}.${property}` : `${path}[${JSON.stringify(property)}]`;
}
