import type { ErrorObject } from 'ajv/dist/2020.js';
import { createTwoPassAjv, documentSchemaId, type SchemaCheck } from './createAjv.ts';
import { formatFragment, formatJsonPath, parsePointer } from './jsonPath.ts';
import type { SchemaViolation } from './SchemaViolation.ts';
import type { OpenApiDocument } from './types.ts';

export type { SchemaViolation };

/**
 * Compiles schemas of one bundled OpenAPI 3.1 document with ajv (`createTwoPassAjv`, no coercion:
 * a first-error pass, and every error of a value that fails). Every compiled check is cached by its
 * location.
 *
 * @example
 *   const schemas = createSchemaValidator(doc, 'petstore');
 *   const check = schemas.at(['components', 'schemas', 'Pet']);
 *   schemas.violations(check, { name: 1 }); // [{ path: '$.name', segments: ['name'], message: 'must be string', ... }]
 */
export function createSchemaValidator(doc: OpenApiDocument, id: string) {
  const ajv = createTwoPassAjv(doc, id, { coerce: false });
  const base = documentSchemaId(id);
  const cache = new Map<string, SchemaCheck>();

  return {
    /** The validator of the schema at a location of the document (segments of a JSON pointer). */
    at(segments: readonly string[]): SchemaCheck {
      const ref = `${base}${formatFragment(segments)}`;
      let fn = cache.get(ref);
      if (!fn) {
        fn = ajv.compile({ $ref: ref });
        cache.set(ref, fn);
      }
      return fn;
    },
    /** Validates a value and returns every violation, or `[]`. */
    violations(fn: SchemaCheck, value: unknown): SchemaViolation[] {
      return fn(value) ? [] : (fn.errors ?? []).map(toSchemaViolation);
    },
  };
}

export type SchemaValidator = ReturnType<typeof createSchemaValidator>;

/**
 * One ajv error as a `SchemaViolation`; the message names the missing or extra property.
 *
 * @example
 *   toSchemaViolation(validate.errors[0]); // { path: '$.data', segments: ['data'], message: "must have required property 'token'", ... }
 */
export function toSchemaViolation(error: ErrorObject): SchemaViolation {
  const segments = parsePointer(error.instancePath);
  const missing = error.keyword === 'required' ? ` '${String(error.params.missingProperty)}'` : '';
  const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : '';
  return { path: formatJsonPath(segments), segments, message: `${error.message ?? error.keyword}${missing && !error.message?.includes("'") ? missing : ''}${extra}`, params: error.params };
}
