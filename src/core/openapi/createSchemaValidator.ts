import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from './types.ts';
import { pointerFragment } from './resolveRef.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: 'fast' | 'full' }) => Ajv2020;

/** OpenAPI keywords that may sit inside a 3.1 Schema Object and carry no validation meaning. */
const OPENAPI_SCHEMA_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];

/** One schema violation, in the JSON-path form the mock's logs and the contract kit print. */
export interface SchemaViolation {
  /** JSON path inside the validated value, `$` for the root (for example `$.data[0].token`). */
  readonly path: string;
  readonly message: string;
  /** The failing keyword's parameters (expected type, allowed values, missing property, ...). */
  readonly params: Record<string, unknown>;
}

/**
 * Compiles schemas of one bundled OpenAPI 3.1 document (JSON Schema 2020-12, the dialect the documents
 * declare) with ajv. The whole document is registered once under `documentSchemaId(id)`, so the schemas' local
 * `#/components/schemas/...` references resolve exactly as in the document, and every compiled
 * validator is cached by its location.
 *
 * @example
 *   const schemas = createSchemaValidator(doc, 'anyclassroom');
 *   const check = schemas.at(['components', 'schemas', 'Device']);
 *   schemas.violations(check, { anydesk_id: 1 }); // [{ path: '$.anydesk_id', message: 'must be string', ... }]
 */
export function createSchemaValidator(doc: OpenApiDocument, id: string) {
  // validateSchema off: the documents are checked by Redocly, swagger-parser and Spectral in `npm test`,
  // and meta-validating a whole document costs ~70 ms of start-up per ajv instance.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: false, validateSchema: false });
  addFormats(ajv, { mode: 'fast' });
  for (const keyword of OPENAPI_SCHEMA_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string', 'number', 'boolean', 'array', 'null'] });
  const base = documentSchemaId(id);
  ajv.addSchema(doc as object, base);
  const cache = new Map<string, ValidateFunction>();

  return {
    /** The validator of the schema at a location of the document (segments of a JSON pointer). */
    at(segments: readonly string[]): ValidateFunction {
      const ref = `${base}${pointerFragment(segments)}`;
      let fn = cache.get(ref);
      if (!fn) {
        fn = ajv.compile({ $ref: ref });
        cache.set(ref, fn);
      }
      return fn;
    },
    /** Validates a value and returns every violation (ajv runs with `allErrors`), or `[]`. */
    violations(fn: ValidateFunction, value: unknown): SchemaViolation[] {
      return fn(value) ? [] : (fn.errors ?? []).map(toViolation);
    },
  };
}

/**
 * The URI a document is registered under in ajv. Only an identifier: ajv never fetches it.
 *
 * @example
 *   documentSchemaId('anyclassroom'); // 'https://openapi.invalid/anyclassroom.json'
 */
export const documentSchemaId = (id: string): string => `https://openapi.invalid/${id}.json`;

export type SchemaValidator = ReturnType<typeof createSchemaValidator>;

function toViolation(error: ErrorObject): SchemaViolation {
  const path =
    '$' +
    error.instancePath
      .split('/')
      .slice(1)
      .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join('');
  const missing = error.keyword === 'required' ? ` '${String(error.params.missingProperty)}'` : '';
  const extra = error.keyword === 'additionalProperties' ? ` '${String(error.params.additionalProperty)}'` : '';
  return { path, message: `${error.message ?? error.keyword}${missing && !error.message?.includes("'") ? missing : ''}${extra}`, params: error.params };
}
