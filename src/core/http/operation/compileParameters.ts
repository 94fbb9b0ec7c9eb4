import type { MergedParameter } from '../../openapi/mergeParameters.ts';
import { resolveRef } from '../../openapi/resolveRef.ts';
import type { JsonSchema, OpenApiDocument } from '../../openapi/types.ts';
import { compileTextGroup, type OperationCompiler } from './OperationCompiler.ts';
import { toRequestViolations, type RequestViolation } from './RequestViolation.ts';

/** The compiled path and query checks of one operation. */
export interface CompiledParameters {
  /**
   * Coerces raw path and query strings to their schema types in place, applies query defaults and
   * returns every violation (all of them, not the first).
   */
  validate(path: Record<string, unknown>, query: Record<string, unknown>): RequestViolation[];
  warmUp(): void;
}

/**
 * The path and query parameter checks of an operation, from its merged parameters: types, formats
 * and limits from each parameter's schema, query defaults, and two rules ajv's coercion alone would
 * miss (integers written as decimal integers; no number beyond a double).
 *
 * @example
 *   const params = compileParameters(compiler, mergeParameters(doc, listed));
 *   params.validate({ anydeskId: '123' }, { per_page: '500' }); // [{ in: 'query', name: 'per_page', keyword: 'maximum', ... }]
 */
export function compileParameters(compiler: OperationCompiler, merged: readonly MergedParameter[]): CompiledParameters {
  const inPath = merged.filter((m) => m.parameter.in === 'path');
  const inQuery = merged.filter((m) => m.parameter.in === 'query');
  const member = (m: MergedParameter, required: boolean) => ({ name: m.parameter.name, schemaAt: [...m.at, 'schema'], required });
  // A path parameter is always required (OpenAPI: `required: true` is mandatory for it).
  const validatePath = compileTextGroup(compiler, inPath.map((m) => member(m, true)));
  const validateQuery = compileTextGroup(compiler, inQuery.map((m) => member(m, m.parameter.required === true)));
  const queryDefaults = inQuery
    .map((m) => [m.parameter.name, schemaOf(compiler.doc, m.parameter.schema)?.default] as const)
    .filter(([, value]) => value !== undefined);
  // Integer parameters must be written as decimal integers: ajv's coercion alone would also take
  // `1.0`, `0x10`, `1e2` or ` 7` (Laravel's integer rule and Agora's gateway refuse them).
  const integerParams = [...inPath.map((m) => ['path', m] as const), ...inQuery.map((m) => ['query', m] as const)]
    .filter(([, m]) => schemaOf(compiler.doc, m.parameter.schema)?.type === 'integer')
    .map(([where, m]) => ({ where, name: m.parameter.name }));

  return {
    validate(path, query) {
      const violations: RequestViolation[] = [];
      const notDecimal = integerParams.filter(({ where, name }) => {
        const raw = (where === 'path' ? path : query)[name];
        return typeof raw === 'string' && !/^-?\d+$/.test(raw);
      });
      const checkPath = validatePath();
      if (!checkPath(path)) violations.push(...toRequestViolations('path', checkPath.errors));
      for (const [name, value] of queryDefaults) if (query[name] === undefined) query[name] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
      const checkQuery = validateQuery();
      if (!checkQuery(query)) violations.push(...toRequestViolations('query', checkQuery.errors));
      for (const { where, name } of notDecimal) {
        if (!violations.some((v) => v.in === where && v.name === name)) {
          violations.push({ in: where, name, path: '$', keyword: 'type', message: 'must be integer', params: { type: 'integer' } });
        }
      }
      // `page=1e400` coerces to Infinity, which ajv's `integer` accepts.
      for (const [where, values] of [['path', path], ['query', query]] as const) {
        for (const [name, value] of Object.entries(values)) {
          if (typeof value === 'number' && !Number.isFinite(value)) {
            violations.push({ in: where, name, path: '$', keyword: 'type', message: 'must be a finite number', params: { type: 'number' } });
          }
        }
      }
      return violations;
    },
    warmUp() {
      validatePath();
      validateQuery();
    },
  };
}

function schemaOf(doc: OpenApiDocument, schema: JsonSchema | undefined): Record<string, unknown> | undefined {
  return schema && typeof schema === 'object' ? resolveRef<Record<string, unknown>>(doc, schema) : undefined;
}
