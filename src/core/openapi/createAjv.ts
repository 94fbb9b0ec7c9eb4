import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from './types.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: 'fast' | 'full' }) => Ajv2020;

/** OpenAPI keywords that may sit inside a 3.1 Schema Object and carry no validation meaning. */
const OPENAPI_SCHEMA_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];

/**
 * The one ajv set-up of the project: JSON Schema 2020-12 (the dialect OpenAPI 3.1 documents
 * declare), formats in fast mode, OpenAPI's annotation keywords known, and the whole document
 * registered under `documentSchemaId(id)` so `$ref`s resolve as in the document. `coerce: true` is
 * for values that arrive as text (path, query and header values): ajv then converts them to their
 * schema types in place. `allErrors`: every error rather than the first (`createTwoPassAjv` uses both).
 *
 * @example
 *   const ajv = createAjv(doc, 'petstore', { coerce: false, allErrors: true });
 *   const check = ajv.compile({ $ref: `${documentSchemaId('petstore')}#/components/schemas/Pet` });
 */
export function createAjv(doc: OpenApiDocument, id: string, options: { readonly coerce: boolean; readonly allErrors: boolean }): Ajv2020 {
  // validateSchema off: the documents are checked by Redocly, swagger-parser and Spectral in `npm test`,
  // and meta-validating a whole document costs ~70 ms of start-up per ajv instance.
  const ajv = new Ajv2020({ strict: false, allErrors: options.allErrors, validateFormats: true, coerceTypes: options.coerce, validateSchema: false });
  addFormats(ajv, { mode: 'fast' });
  for (const keyword of OPENAPI_SCHEMA_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string', 'number', 'boolean', 'array', 'null'] });
  ajv.addSchema(doc as object, documentSchemaId(id));
  return ajv;
}

/** A compiled check: whether a value passes, and after a failure every error (as ajv reports them). */
export interface SchemaCheck {
  (value: unknown): boolean;
  /** Every error of the last value that failed (ajv's `allErrors`), `null` after a pass. */
  errors: ErrorObject[] | null;
}

/**
 * Checks in two passes, over one document: a value is first checked by a validator that stops at
 * its first error, and only a value that fails is checked again by one that collects every error,
 * which gives the verdict and the report. A value that passes costs one fast pass: with every
 * error collected, each failing branch of a `oneOf` (the Agora `Event` has ten, nine of which fail
 * for any event) built its error objects before they were thrown away. The collecting ajv and its
 * validators are made on the first failure only. Coercion (`coerce: true`) converts the same values
 * in either pass, so the second pass sees what the first one left.
 *
 * @example
 *   const checks = createTwoPassAjv(doc, 'petstore', { coerce: false });
 *   const check = checks.compile({ $ref: `${documentSchemaId('petstore')}#/components/schemas/Pet` });
 *   check({ name: 1 }); // false; check.errors lists every violation
 */
export function createTwoPassAjv(doc: OpenApiDocument, id: string, options: { readonly coerce: boolean }) {
  const firstError = createAjv(doc, id, { coerce: options.coerce, allErrors: false });
  let everyError: Ajv2020 | undefined;
  return {
    compile(schema: object): SchemaCheck {
      const fast = firstError.compile(schema);
      let full: ValidateFunction | undefined;
      const check = ((value: unknown): boolean => {
        if (fast(value)) {
          check.errors = null;
          return true;
        }
        full ??= (everyError ??= createAjv(doc, id, { coerce: options.coerce, allErrors: true })).compile(schema);
        const passed = full(value);
        check.errors = passed ? null : (full.errors ?? []);
        return passed;
      }) as SchemaCheck;
      check.errors = null;
      return check;
    },
  };
}

export type TwoPassAjv = ReturnType<typeof createTwoPassAjv>;

/**
 * The URI a document is registered under in ajv. Only an identifier: ajv never fetches it.
 *
 * @example
 *   documentSchemaId('petstore'); // 'https://openapi.invalid/petstore.json'
 */
export const documentSchemaId = (id: string): string => `https://openapi.invalid/${id}.json`;
