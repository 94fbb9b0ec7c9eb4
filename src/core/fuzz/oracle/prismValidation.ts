import { getHttpOperationsFromSpec } from '@stoplight/prism-http';
// Prism's HTTP validator is not re-exported from the package's entry point.
import { validateInput, validateOutput } from '@stoplight/prism-http/dist/validator/index.js';
import type { OpenApiDocument } from '../../openapi/types.ts';

/**
 * The oracle's validator: Stoplight Prism's HTTP validator (`@stoplight/prism-http`), an
 * implementation of OpenAPI validation independent of the mock's own compiled validators (ajv set up
 * by `createAjv`, find-my-way). Prism dereferences the document itself, picks the JSON Schema dialect
 * the document declares and deserialises parameters by their style.
 */

/** The part of Prism's operation model (`IHttpOperation` of `@stoplight/types`) the oracle reads. */
export interface PrismOperation {
  readonly iid?: string;
  readonly method: string;
  readonly path: string;
}

/** One problem Prism found (`IPrismDiagnostic`): `path` like `['query', 'per_page']`, severity 0 error, 1 warning. */
export interface PrismDiagnostic {
  readonly path?: readonly string[];
  readonly code?: string | number;
  readonly message: string;
  readonly severity: number;
}

type Either = { readonly _tag: 'Left'; readonly left: readonly PrismDiagnostic[] } | { readonly _tag: 'Right' };
type Validator = (input: { resource: unknown; element: unknown }) => Either;

/**
 * Prism's operations for a document, by `operationId` (Prism gets a copy: it dereferences in place).
 *
 * @example
 *   const operations = await prismOperations(loadDocument('anyclassroom'));
 *   operations.get('listDevices')?.path; // '/devices'
 */
export async function prismOperations(doc: OpenApiDocument): Promise<Map<string, PrismOperation>> {
  const operations = (await getHttpOperationsFromSpec(structuredClone(doc) as never)) as unknown as PrismOperation[];
  return new Map(operations.map((op) => [op.iid ?? `${op.method} ${op.path}`, op]));
}

/**
 * A Prism operation that answers anything with one schema of the document's components: how the
 * oracle checks answers given outside every operation (unknown route, wrong method, 431, ...) against
 * the API's error format.
 *
 * @example
 *   const outside = await prismSchemaOperation(doc, 'ErrorMessage');
 *   prismOutputProblems(outside, 404, { 'content-type': 'application/json' }, { message: 'x' }); // []
 */
export async function prismSchemaOperation(doc: OpenApiDocument, schemaName: string): Promise<PrismOperation> {
  if (!doc.components?.schemas?.[schemaName]) throw new Error(`the document "${doc.info.title}" has no components.schemas.${schemaName}`);
  const synthetic = {
    openapi: doc.openapi,
    ...('jsonSchemaDialect' in doc ? { jsonSchemaDialect: (doc as { jsonSchemaDialect: unknown }).jsonSchemaDialect } : {}),
    info: doc.info,
    paths: {
      '/': {
        get: {
          operationId: 'outside',
          responses: { default: { description: 'any answer', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } } } },
        },
      },
    },
    components: { schemas: doc.components.schemas },
  };
  const operations = await prismOperations(synthetic as unknown as OpenApiDocument);
  return operations.get('outside')!;
}

/**
 * What Prism finds wrong with a request's path, query and JSON body (no headers: the oracle judges
 * credentials and the media type itself). `path` is the request path in the document's path space,
 * still percent-encoded; `query` holds one text value per parameter.
 *
 * @example
 *   prismInputProblems(op, '/devices', { per_page: 'abc' }, undefined); // [{ path: ['query', 'per_page'], code: 'type', ... }]
 */
export function prismInputProblems(op: PrismOperation, path: string, query: Readonly<Record<string, string>>, body: unknown): PrismDiagnostic[] {
  const element = { method: op.method, url: { path, query }, headers: {}, ...(body === undefined ? {} : { body }) };
  return problems((validateInput as unknown as Validator)({ resource: op, element }));
}

/**
 * What Prism finds wrong with an answer: its status (undeclared: a warning for non-2xx, which the
 * oracle counts too), content type, body and declared headers.
 *
 * @example
 *   prismOutputProblems(op, 200, { 'content-type': 'application/json' }, { data: [] }); // [... "must have required property 'meta'"]
 */
export function prismOutputProblems(op: PrismOperation, status: number, headers: Readonly<Record<string, string>>, body: unknown): PrismDiagnostic[] {
  return problems((validateOutput as unknown as Validator)({ resource: op, element: { statusCode: status, headers, body } }));
}

function problems(result: Either): PrismDiagnostic[] {
  return result._tag === 'Left' ? [...result.left] : [];
}
