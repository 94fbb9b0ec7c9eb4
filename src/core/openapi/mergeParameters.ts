import type { ListedOperation } from './listOperations.ts';
import { locationOf, resolveRef } from './resolveRef.ts';
import type { OpenApiDocument, ParameterObject } from './types.ts';

/** One parameter an operation takes, with where its definition sits in the document. */
export interface MergedParameter {
  readonly parameter: ParameterObject;
  /** Location of the Parameter Object (its component when it is a `$ref`); its schema is at `[...at, 'schema']`. */
  readonly at: readonly string[];
}

/**
 * The parameters of an operation, as OpenAPI defines them: the path item's parameters, overridden by
 * the operation's own ones with the same name and location (`in`), in document order (an overriding
 * parameter keeps the place of the one it replaces). Router, validators and fuzzer all use this one
 * merge.
 *
 * @example
 *   const [op] = listOperations(doc);
 *   mergeParameters(doc, op).map((p) => `${p.parameter.in}:${p.parameter.name}`); // ['path:anydeskId', 'query:per_page']
 */
export function mergeParameters(doc: OpenApiDocument, operation: Pick<ListedOperation, 'pathTemplate' | 'method' | 'item' | 'operation'>): MergedParameter[] {
  const merged = new Map<string, MergedParameter>();
  const add = (list: readonly unknown[] | undefined, at: readonly string[]) =>
    (list ?? []).forEach((raw, index) => {
      const parameter = resolveRef<ParameterObject>(doc, raw as ParameterObject);
      merged.set(`${parameter.in}:${parameter.name}`, { parameter, at: locationOf(raw, [...at, 'parameters', String(index)]) });
    });
  add(operation.item.parameters, ['paths', operation.pathTemplate]);
  add(operation.operation.parameters, ['paths', operation.pathTemplate, operation.method]);
  return [...merged.values()];
}
