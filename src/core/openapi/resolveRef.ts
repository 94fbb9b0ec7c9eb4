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
    current = ref
      .slice(2)
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
    if (current === undefined) throw new Error(`unresolved reference ${ref}`);
  }
  return current as T;
}

/** JSON pointer of a location in the document, percent-encoded for use in a `$ref` URI fragment. */
export function pointerFragment(segments: readonly string[]): string {
  return `#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

/** The JSON-pointer segments of a local `$ref` (`#/components/responses/NotFound` -> `['components', 'responses', 'NotFound']`). */
export function refSegments(ref: string): string[] {
  return ref
    .slice(2)
    .split('/')
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}
