import type { JsonObject } from './state.ts';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The one in-place rule of custom properties (AG-56, Agora's custom-properties page), for a PUT:
 * each key of `changes` without a dot replaces that key's whole value; a key with dots is a path
 * whose last member is set, the objects on the way created, and an intermediate that is not an
 * object replaced by one. Keys apply in the order given. Returns a new object: rows are values, and
 * the request's objects are copied, never shared.
 *
 * Members are written as own data properties (object literals with computed keys), so a key such as
 * `__proto__` is a property like any other, never a prototype.
 *
 * @example
 *   setProperties({ key1: { subkey1: 'A' } }, { 'key1.subkey5': 'E' }); // { key1: { subkey1: 'A', subkey5: 'E' } }
 *   setProperties({ key1: { subkey1: 'A' } }, { key1: { subkey5: 'E' } }); // { key1: { subkey5: 'E' } }
 */
export function setProperties(target: JsonObject, changes: JsonObject): JsonObject {
  let result = target;
  for (const [key, value] of Object.entries(changes)) result = setPath(result, key.split('.'), structuredClone(value));
  return result;
}

/**
 * The delete half of the rule (AG-56): each entry is a key (the key and its whole value go) or a
 * dotted path (only that member goes); an entry that names nothing is ignored. Returns a new object,
 * or `target` itself when nothing was deleted.
 *
 * @example
 *   deleteProperties({ key1: { subkey1: 'A', subkey5: 'E' }, key2: 1 }, ['key1.subkey5', 'key2']); // { key1: { subkey1: 'A' } }
 */
export function deleteProperties(target: JsonObject, paths: readonly string[]): JsonObject {
  let result = target;
  for (const path of paths) result = deletePath(result, path.split('.'));
  return result;
}

function setPath(target: JsonObject, path: readonly string[], value: unknown): JsonObject {
  const [head, ...rest] = path as [string, ...string[]];
  if (rest.length === 0) return { ...target, [head]: value };
  const inner = Object.hasOwn(target, head) && isObject(target[head]) ? target[head] : {};
  return { ...target, [head]: setPath(inner, rest, value) };
}

function deletePath(target: JsonObject, path: readonly string[]): JsonObject {
  const [head, ...rest] = path as [string, ...string[]];
  if (!Object.hasOwn(target, head)) return target;
  if (rest.length === 0) return Object.fromEntries(Object.entries(target).filter(([key]) => key !== head));
  const inner = target[head];
  if (!isObject(inner)) return target;
  const next = deletePath(inner, rest);
  return next === inner ? target : { ...target, [head]: next };
}
