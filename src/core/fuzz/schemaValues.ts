import fc from 'fast-check';
import { resolveRef } from '../openapi/resolveRef.ts';
import type { JsonSchema, OpenApiDocument } from '../openapi/types.ts';

/** Plausible values by property or parameter name, mixed in wherever a property of that name appears. */
export type ValueHints = Readonly<Record<string, fc.Arbitrary<unknown>>>;

const MAX_DEPTH = 6;

/**
 * Values valid against a JSON Schema of a document, as a fast-check arbitrary. Covers the keywords
 * the two documents' request schemas use (`$ref`, `type` and type lists, `enum`, `const`,
 * `minimum`/`maximum`, `multipleOf`, `minLength`/`maxLength`, `pattern`, `format: uuid`,
 * `properties`/`required`, `minProperties`, `items`, `oneOf`/`anyOf`), which is enough to be exact
 * for them; a schema using more (`allOf`, `if`) gets values of its base type, which the server
 * then answers as invalid (still a fine fuzz case, never a false alarm: nothing asserts 2xx).
 *
 * A property whose name is in `hints` draws from the hint seven times out of eight: plausible ids
 * and times reach the domain instead of stopping at "not found".
 *
 * @example
 *   const body = schemaValues(doc, { $ref: '#/components/schemas/CreateClassroomRequest' }, hints);
 *   fc.sample(body, 1); // [{ roomName: 'x', roomType: 4, roomProperties: { schedule: {...} } }]
 */
export function schemaValues(doc: OpenApiDocument, schema: JsonSchema | undefined, hints: ValueHints = {}, depth = 0): fc.Arbitrary<unknown> {
  if (schema === undefined || schema === true) return fc.jsonValue({ maxDepth: 2 });
  if (schema === false || depth > MAX_DEPTH) return fc.constant(null);
  const s = resolveRef<Record<string, unknown>>(doc, schema as Record<string, unknown>);
  if ('const' in s) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) return fc.constantFrom(...(s.enum as unknown[]));
  const alternatives = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0) return fc.oneof(...alternatives.map((m) => schemaValues(doc, m, hints, depth + 1)));

  const declared = Array.isArray(s.type) ? (s.type as string[]) : typeof s.type === 'string' ? [s.type] : [inferType(s)];
  return fc.oneof(...declared.map((type) => valuesOfType(doc, s, type, hints, depth)));
}

function inferType(s: Record<string, unknown>): string {
  if (s.properties || s.required || s.additionalProperties) return 'object';
  if (s.items) return 'array';
  return 'string';
}

function valuesOfType(doc: OpenApiDocument, s: Record<string, unknown>, type: string, hints: ValueHints, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'integer':
      return integers(s);
    case 'number': {
      const min = num(s.minimum) ?? num(s.exclusiveMinimum) ?? -1e12;
      const max = num(s.maximum) ?? num(s.exclusiveMaximum) ?? 1e12;
      return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).filter((n) => n !== s.exclusiveMinimum && n !== s.exclusiveMaximum);
    }
    case 'string':
      return strings(s);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = num(s.minItems) ?? 0;
      const maxLength = Math.max(minLength, Math.min(num(s.maxItems) ?? 4, 4));
      return fc.array(schemaValues(doc, s.items as JsonSchema | undefined, hints, depth + 1), { minLength, maxLength });
    }
    case 'object':
      return objects(doc, s, hints, depth);
    default:
      return fc.constant(null);
  }
}

function integers(s: Record<string, unknown>): fc.Arbitrary<number> {
  const min = num(s.minimum) ?? (num(s.exclusiveMinimum) !== undefined ? num(s.exclusiveMinimum)! + 1 : Number.MIN_SAFE_INTEGER);
  const max = num(s.maximum) ?? (num(s.exclusiveMaximum) !== undefined ? num(s.exclusiveMaximum)! - 1 : Number.MAX_SAFE_INTEGER);
  const step = num(s.multipleOf);
  const values = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
    { weight: 4, arbitrary: fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(max)) }).map(Number) },
  );
  if (!step) return values;
  return values.map((n) => Math.ceil(n / step) * step).filter((n) => n >= min && n <= max);
}

function strings(s: Record<string, unknown>): fc.Arbitrary<string> {
  const minLength = num(s.minLength) ?? 0;
  const maxLength = num(s.maxLength) ?? minLength + 40;
  const fits = (text: string) => text.length >= minLength && text.length <= maxLength;
  if (s.format === 'uuid') return fc.uuid();
  if (s.format === 'date-time') return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4102444800000) }).map((d) => d.toISOString());
  if (typeof s.pattern === 'string') return fc.stringMatching(new RegExp(s.pattern, 'u')).filter(fits);
  return fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 40) });
}

function objects(doc: OpenApiDocument, s: Record<string, unknown>, hints: ValueHints, depth: number): fc.Arbitrary<unknown> {
  const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
  const required = ((s.required ?? []) as string[]).filter((name) => name in properties);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, schema] of Object.entries(properties)) {
    const fromSchema = schemaValues(doc, schema, hints, depth + 1);
    const hint = hints[name];
    model[name] = hint ? fc.oneof({ weight: 7, arbitrary: hint }, { weight: 1, arbitrary: fromSchema }) : fromSchema;
  }
  const minProperties = num(s.minProperties) ?? 0;
  return fc.record(model, { requiredKeys: required }).filter((value) => Object.keys(value).length >= minProperties);
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
