import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDocument } from './types.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: 'fast' | 'full' }) => Ajv2020;

/** OpenAPI keywords that may sit inside a 3.1 Schema Object and carry no validation meaning. */
const OPENAPI_SCHEMA_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];

/**
 * The one ajv set-up of the project: JSON Schema 2020-12 (the dialect OpenAPI 3.1 documents
 * declare), every error rather than the first, formats in fast mode, OpenAPI's annotation keywords
 * known, and the whole document registered under `documentSchemaId(id)` so `$ref`s resolve as in the
 * document. `coerce: true` is for values that arrive as text (path, query and header values): ajv then
 * converts them to their schema types in place.
 *
 * @example
 *   const ajv = createAjv(doc, 'petstore', { coerce: false });
 *   const check = ajv.compile({ $ref: `${documentSchemaId('petstore')}#/components/schemas/Pet` });
 */
export function createAjv(doc: OpenApiDocument, id: string, options: { readonly coerce: boolean }): Ajv2020 {
  // validateSchema off: the documents are checked by Redocly, swagger-parser and Spectral in `npm test`,
  // and meta-validating a whole document costs ~70 ms of start-up per ajv instance.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, coerceTypes: options.coerce, validateSchema: false });
  addFormats(ajv, { mode: 'fast' });
  for (const keyword of OPENAPI_SCHEMA_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string', 'number', 'boolean', 'array', 'null'] });
  ajv.addSchema(doc as object, documentSchemaId(id));
  return ajv;
}

/**
 * The URI a document is registered under in ajv. Only an identifier: ajv never fetches it.
 *
 * @example
 *   documentSchemaId('petstore'); // 'https://openapi.invalid/petstore.json'
 */
export const documentSchemaId = (id: string): string => `https://openapi.invalid/${id}.json`;
