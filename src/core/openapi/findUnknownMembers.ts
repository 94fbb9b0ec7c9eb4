import { parseFragment } from './jsonPath.ts';
import type { OpenApiDocument } from './types.ts';

/** Whether `value` is valid against the schema at a location of the document (picks the branches of `oneOf`/`anyOf`/`if`). */
export type SchemaMatcher = (schemaAt: readonly string[], value: unknown) => boolean;

/** Deeper than this a value is not walked (the documents' request schemas are a few levels deep). */
const MAX_DEPTH = 32;

type Schema = Record<string, unknown>;

/**
 * The members of a JSON value that the schema describing their place does not list: for each
 * object of the value, the schemas that apply to it (following `$ref`, `allOf`, the matching
 * branches of `oneOf`/`anyOf`, `if`/`then`/`else`, `dependentSchemas`), and a member is unknown when
 * one of them lists `properties`, none lists the member, no `patternProperties` matches it and none
 * admits more members explicitly (`additionalProperties` or `unevaluatedProperties` other than
 * `false`). Open maps (`{type: object, additionalProperties: true}`) list nothing, so nothing inside
 * them is unknown. The walk follows the schema, so it costs the size of the described part of the
 * value, and stops after `limit` members.
 *
 * Returns each unknown member as the segments of its JSON pointer, in the order met (depth first,
 * members in their order in the value).
 *
 * @example
 *   findUnknownMembers(doc, ['components', 'schemas', 'CreateClassroomRequest'], { roomName: 'a', roomType: 4, colour: 1 }, matches);
 *   // [['colour']]
 */
export function findUnknownMembers(doc: OpenApiDocument, schemaAt: readonly string[], value: unknown, matches: SchemaMatcher, limit = 100): string[][] {
  const found: string[][] = [];
  const walk = (locations: readonly (readonly string[])[], node: unknown, path: string[]): void => {
    if (found.length >= limit || path.length > MAX_DEPTH || typeof node !== 'object' || node === null) return;
    const applicable = applicableSchemas(doc, locations, node, matches);
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(itemSchemas(applicable, i), item, [...path, String(i)]));
      return;
    }
    const listsMembers = applicable.some(({ schema }) => isObject(schema.properties));
    const admitsMore = applicable.some(({ schema }) => admits(schema.additionalProperties) || admits(schema.unevaluatedProperties));
    for (const key of Object.keys(node)) {
      if (found.length >= limit) return;
      const children = memberSchemas(applicable, key);
      if (children.length === 0 && listsMembers && !admitsMore) found.push([...path, key]);
      else walk(children, (node as Record<string, unknown>)[key], [...path, key]);
    }
  };
  walk([schemaAt], value, []);
  return found;
}

interface Located {
  readonly at: readonly string[];
  readonly schema: Schema;
}

/** `true` or a schema: the keyword lets members through. */
const admits = (keyword: unknown) => keyword !== undefined && keyword !== false;
const isObject = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every schema that applies to `value` at these locations, in-place applicators followed. */
function applicableSchemas(doc: OpenApiDocument, locations: readonly (readonly string[])[], value: unknown, matches: SchemaMatcher): Located[] {
  const out: Located[] = [];
  const seen = new Set<string>();
  const visit = (at: readonly string[], depth: number) => {
    const key = at.join('\u0000');
    if (depth > MAX_DEPTH || seen.has(key)) return;
    seen.add(key);
    const schema = at.reduce<unknown>((n, segment) => (n as Record<string, unknown> | undefined)?.[segment], doc);
    if (!isObject(schema)) return;
    out.push({ at, schema });
    if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) visit(parseFragment(schema.$ref), depth + 1);
    const each = (keyword: string) => (Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]).map((_, i) => [...at, keyword, String(i)]) : []);
    for (const member of each('allOf')) visit(member, depth + 1);
    for (const keyword of ['anyOf', 'oneOf']) {
      const branches = each(keyword);
      const matching = branches.filter((branch) => matches(branch, value));
      // A value no branch takes is refused anyway; its members are judged against every branch.
      for (const branch of matching.length > 0 ? matching : branches) visit(branch, depth + 1);
    }
    if (schema.if !== undefined) {
      const branch = matches([...at, 'if'], value) ? 'then' : 'else';
      if (schema[branch] !== undefined) visit([...at, branch], depth + 1);
    }
    if (isObject(schema.dependentSchemas) && isObject(value)) {
      for (const name of Object.keys(schema.dependentSchemas)) if (name in value) visit([...at, 'dependentSchemas', name], depth + 1);
    }
  };
  for (const at of locations) visit(at, 0);
  return out;
}

/** The schemas that describe member `key`: its `properties` entries, matching `patternProperties`, else `additionalProperties`. */
function memberSchemas(applicable: readonly Located[], key: string): string[][] {
  const out: string[][] = [];
  for (const { at, schema } of applicable) {
    const listed = isObject(schema.properties) && Object.hasOwn(schema.properties, key);
    if (listed) out.push([...at, 'properties', key]);
    let patterned = false;
    if (isObject(schema.patternProperties)) {
      for (const pattern of Object.keys(schema.patternProperties)) {
        if (patternOf(pattern).test(key)) {
          out.push([...at, 'patternProperties', pattern]);
          patterned = true;
        }
      }
    }
    if (!listed && !patterned && isObject(schema.additionalProperties)) out.push([...at, 'additionalProperties']);
  }
  return out;
}

/** The schemas of array item `index`: `prefixItems[index]`, else `items`. */
function itemSchemas(applicable: readonly Located[], index: number): string[][] {
  const out: string[][] = [];
  for (const { at, schema } of applicable) {
    if (Array.isArray(schema.prefixItems) && index < schema.prefixItems.length) out.push([...at, 'prefixItems', String(index)]);
    else if (isObject(schema.items)) out.push([...at, 'items']);
  }
  return out;
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let regex = patterns.get(source);
  if (!regex) {
    regex = new RegExp(source, 'u');
    patterns.set(source, regex);
  }
  return regex;
}
