import { parseFragment } from './jsonPath.ts';
import type { OpenApiDocument, OpenApiReference } from './types.ts';

const isRef = (value: unknown): value is OpenApiReference =>
  typeof value === 'object' && value !== null && typeof (value as OpenApiReference).$ref === 'string';

/**
 * Follows local `$ref`s (`#/components/...`) of a bundled document until a non-reference object is
 * reached. Bundled documents hold no external references, so anything else is a bug.
 *
 * @example
 *   const response = resolveRef(doc, { $ref: '#/components/responses/Unauthorized' });
 */
export function resolveRef<T>(doc: OpenApiDocument, value: T | OpenApiReference): T {
  let current: unknown = value;
  for (let hops = 0; isRef(current); hops++) {
    if (hops > 32) throw new Error(`reference cycle at ${current.$ref}`);
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`unexpected external reference ${ref} in a bundled document`);
    current = parseFragment(ref).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
    if (current === undefined) throw new Error(`unresolved reference ${ref}`);
  }
  return current as T;
}

/**
 * Where a value of the document sits: the location of the object a `$ref` points at, or `at` when the
 * value is written inline. Validators are registered by location, so a shared component compiles once.
 *
 * @example
 *   locationOf({ $ref: '#/components/responses/NotFound' }, ['paths', '/x', 'get', 'responses', '404']); // ['components', 'responses', 'NotFound']
 */
export function locationOf(value: unknown, at: readonly string[]): string[] {
  return isRef(value) ? parseFragment(value.$ref) : [...at];
}
