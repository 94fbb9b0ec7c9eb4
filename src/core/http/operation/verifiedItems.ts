import { parseFragment, readAt } from '../../openapi/jsonPath.ts';
import type { OpenApiDocument } from '../../openapi/types.ts';

/** Keywords that only annotate: a schema that has nothing else besides them constrains nothing more. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'externalDocs', 'xml']);

/** Keywords of an object schema under which a member's value is checked by `properties` alone. */
const OBJECT_KEYWORDS = new Set([...ANNOTATIONS, 'type', 'properties', 'required', 'additionalProperties', 'unevaluatedProperties', 'minProperties', 'maxProperties', 'propertyNames']);

/**
 * Keywords of a list that checks each item on its own: removing an item cannot change the verdict
 * of the rest. Its length bounds are kept aside and checked on the list as sent.
 */
const LIST_KEYWORDS = new Set([...ANNOTATIONS, 'type', 'items', 'minItems', 'maxItems']);

/** A list found by `independentItemLists`. */
export interface ItemList {
  /** Member names from the top of the body (`['data', 'list']`; `[]` when the body is the list). */
  readonly path: readonly string[];
  /** The list schema's length bounds (0 and `Infinity` when it has none). */
  readonly minItems: number;
  readonly maxItems: number;
}

/**
 * Lists in an answer whose items are checked on their own, found in the body's schema: where they
 * sit in the body, and their length bounds. A list is given only where the schema on the way is
 * plain: a chain of `$ref`s and object schemas whose member is checked by `properties` alone (no
 * `allOf`, `oneOf`, `patternProperties`, ...), ending in a list schema that has `items` and nothing
 * else that constrains besides `minItems` and `maxItems` (no `uniqueItems`, `contains`,
 * `prefixItems`, ...). Removing some items from such a list, or putting them back, changes the
 * verdict of nothing else in the body, and of the list itself nothing but its length.
 *
 * @example
 *   independentItemLists(doc, ['components', 'schemas', 'DeviceCollection']); // [{ path: ['data'], minItems: 0, maxItems: Infinity }, ...]
 */
export function independentItemLists(doc: OpenApiDocument, schemaAt: readonly string[], depth = 3): ItemList[] {
  const found: ItemList[] = [];
  const walk = (schema: unknown, path: string[]) => {
    const plain = follow(doc, schema);
    if (!plain || path.length > depth) return;
    if (isList(plain)) {
      found.push({ path, minItems: bound(plain.minItems, 0), maxItems: bound(plain.maxItems, Infinity) });
      return;
    }
    if (!Object.keys(plain).every((key) => OBJECT_KEYWORDS.has(key))) return;
    const properties = plain.properties;
    if (typeof properties !== 'object' || properties === null) return;
    for (const [name, member] of Object.entries(properties as Record<string, unknown>)) walk(member, [...path, name]);
  };
  walk(readAt(doc, schemaAt), []);
  return found;
}

/** The schema object a chain of bare `$ref`s (annotations beside them at most) ends at; `undefined` for anything else. */
function follow(doc: OpenApiDocument, schema: unknown): Record<string, unknown> | undefined {
  let current = schema;
  for (let hops = 0; hops < 32; hops++) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    const node = current as Record<string, unknown>;
    if (typeof node.$ref !== 'string') return node;
    if (!node.$ref.startsWith('#/') || !Object.keys(node).every((key) => key === '$ref' || ANNOTATIONS.has(key))) return undefined;
    current = readAt(doc, parseFragment(node.$ref));
  }
  return undefined;
}

const bound = (value: unknown, absent: number): number => (typeof value === 'number' ? value : absent);

function isList(schema: Record<string, unknown>): boolean {
  const type = schema.type;
  const list = type === 'array' || (Array.isArray(type) && type.includes('array'));
  return list && 'items' in schema && typeof schema.items === 'object' && Object.keys(schema).every((key) => LIST_KEYWORDS.has(key));
}

/**
 * A body check that remembers which immutable list items it has seen pass. The domains answer
 * lists of frozen views (reused across requests, as `serializeJson` expects), so a page of fifty
 * links was checked item by item on every request although no item had changed. Here an item of a
 * list found by `independentItemLists` that came in a body that passed, and that is deeply frozen
 * (frozen, with plain prototypes and data properties all the way down: it cannot change), is
 * remembered and left out of the next checks: the body is checked with a copy of the list that
 * holds only the items not yet seen. That gives the same verdict, because those lists check every
 * item on its own; the list's length is checked as sent (a list out of its bounds, or one that
 * would fall below `minItems`, is checked whole), and the copy of each object on the way keeps its
 * prototype and every own property. When the shortened body fails, the whole body is checked again,
 * so the report names the positions as sent.
 *
 * @example
 *   const check = rememberVerifiedItems(independentItemLists(doc, at), (body) => violations(body), (found) => found.length === 0);
 *   check({ data: [frozenDevice], links, meta }); // validates frozenDevice; the next call skips it
 */
export function rememberVerifiedItems<R>(lists: readonly ItemList[], check: (body: unknown) => R, passed: (result: R) => boolean): (body: unknown) => R {
  if (lists.length === 0) return check;
  const verified = lists.map(() => new WeakSet<object>());
  // Whether a list has ever had an item remembered: the lists of answers built of views that are
  // not frozen (Agora's) are then not walked in search of one.
  const any = lists.map(() => false);
  return (body) => {
    let reduced: unknown = body;
    for (let i = 0; i < lists.length; i++) if (any[i]) reduced = withoutVerified(reduced, lists[i]!, 0, verified[i]!);
    const result = check(reduced);
    if (!passed(result)) return reduced === body ? result : check(body);
    for (let i = 0; i < lists.length; i++) {
      // The body passed, so every item of the list it holds passed too.
      const items = readAt(body, lists[i]!.path);
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (typeof item === 'object' && item !== null && !verified[i]!.has(item) && isDeeplyFrozen(item, 0)) {
          verified[i]!.add(item);
          any[i] = true;
        }
      }
    }
    return result;
  };
}

/** Prototypes of values JSON can hold: a value with another one (a class instance) is never remembered or copied. */
const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, null]);

/** Frozen, with plain prototypes and data properties only, all the way down (at most 32 levels): it cannot change. */
function isDeeplyFrozen(value: object, depth: number): boolean {
  if (depth > 32 || !Object.isFrozen(value) || !PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value))) return false;
  for (const key of Reflect.ownKeys(value)) {
    const property = Object.getOwnPropertyDescriptor(value, key)!;
    if (!('value' in property)) return false;
    const inner: unknown = property.value;
    if (typeof inner === 'function' || (typeof inner === 'object' && inner !== null && !isDeeplyFrozen(inner, depth + 1))) return false;
  }
  return true;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value));

/**
 * `node` with the list at `list.path` (from `from` on) holding only the items not in `verified`;
 * `node` itself when none is left out, when the list's length is out of its bounds or the rest
 * would fall below `minItems` (the check then sees the list as sent), or when an object on the
 * way is not a plain one or holds the member as an accessor.
 */
function withoutVerified(node: unknown, list: ItemList, from: number, verified: WeakSet<object>): unknown {
  const { path } = list;
  if (from === path.length) {
    if (!Array.isArray(node) || node.length < list.minItems || node.length > list.maxItems) return node;
    let kept: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      const skip = typeof item === 'object' && item !== null && verified.has(item);
      if (skip && kept === undefined) kept = node.slice(0, i);
      else if (!skip && kept !== undefined) kept.push(item);
    }
    return kept === undefined || kept.length < list.minItems ? node : kept;
  }
  if (!isPlainObject(node)) return node;
  const name = path[from]!;
  const member = Object.getOwnPropertyDescriptor(node, name);
  if (member === undefined || !('value' in member)) return node;
  const replaced = withoutVerified(member.value, list, from + 1, verified);
  if (replaced === member.value) return node;
  // A copy with the same prototype and every own property (enumerable or not), the list replaced.
  const properties = Object.getOwnPropertyDescriptors(node);
  properties[name] = { ...member, value: replaced };
  return Object.create(Object.getPrototypeOf(node), properties) as unknown;
}
