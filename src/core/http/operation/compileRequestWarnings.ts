import { findUnknownMembers } from '../../openapi/findUnknownMembers.ts';
import { formatPointer } from '../../openapi/jsonPath.ts';
import type { MergedParameter } from '../../openapi/mergeParameters.ts';
import type { OperationCompiler } from './OperationCompiler.ts';
import type { RequestWarning } from './RequestWarning.ts';

/** Most warnings one request collects; the header says how many more there were. */
const MAX_UNKNOWN_MEMBERS = 100;

/**
 * The request warnings of one operation (DECISIONS MK-2), derived from its document: query
 * parameters it does not declare (exact, case-sensitive names, each once, in the order sent; a
 * member without a name is left out), then
 * body members the body schema does not list (`findUnknownMembers`: open maps excepted). The body's
 * `oneOf`/`anyOf` branches are picked with the same compiled schemas that validate requests.
 *
 * @example
 *   const warn = compileRequestWarnings(compiler, merged, bodyAt);
 *   warn(new URLSearchParams('nextID=1'), { roomName: 'a', closedelay: 1 });
 *   // [{ kind: 'unknown-query', name: 'nextID' }, { kind: 'unknown-field', pointer: '/closedelay' }]
 */
export function compileRequestWarnings(compiler: OperationCompiler, merged: readonly MergedParameter[], bodyAt: readonly string[] | null) {
  const declared = new Set(merged.filter((m) => m.parameter.in === 'query').map((m) => m.parameter.name));
  const matches = (at: readonly string[], value: unknown) => compiler.schemas.at(at)(value);
  return (query: URLSearchParams, body: unknown): RequestWarning[] => {
    const warnings: RequestWarning[] = [];
    const named = new Set<string>();
    for (const name of query.keys()) {
      // `?=x` or `?&`: a member without a name has nothing to name (found by the fuzz oracle).
      if (name === '' || declared.has(name) || named.has(name)) continue;
      named.add(name);
      warnings.push({ kind: 'unknown-query', name });
    }
    if (bodyAt && typeof body === 'object' && body !== null) {
      for (const segments of findUnknownMembers(compiler.doc, bodyAt, body, matches, MAX_UNKNOWN_MEMBERS)) warnings.push({ kind: 'unknown-field', pointer: formatPointer(segments) });
    }
    return warnings;
  };
}
