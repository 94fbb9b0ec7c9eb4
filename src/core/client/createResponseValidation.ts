import type { Middleware } from 'openapi-fetch';
import { compileOperations, type CompiledOperation, type CompiledOperations } from '../http/compileOperations.ts';
import { decodeJsonBody } from '../http/decodeJsonBody.ts';
import type { OpenApiDocument } from '../openapi/types.ts';
import { ResponseValidationError, type ResponseViolationReport } from './ResponseValidationError.ts';

/** The document to validate against and the id its schemas are registered under, or a loader of both. */
export type DocumentSource =
  | { readonly document: OpenApiDocument; readonly id: string }
  | (() => Promise<{ readonly document: OpenApiDocument; readonly id: string }>);

export interface ResponseValidationOptions {
  /**
   * What to do with a response that violates the document. Default: throw a
   * `ResponseValidationError` (the client call rejects). Pass a function to collect or log instead;
   * the response then goes on to the caller unchanged.
   */
  readonly onViolation?: (report: ResponseViolationReport) => void;
}

/**
 * openapi-fetch middleware that checks every response (status, content type, JSON body, declared headers) against
 * the operation the request was made for, with the validators `compileOperations` compiles from the
 * document: the same ones the mock validates its own answers with. For development and tests: it
 * reads every body twice and compiles the whole document (on the first response, not before).
 *
 * A response to a request that matches no operation of the document is reported too. The
 * operation is found from the path template openapi-fetch was called with, so base URLs and region
 * prefixes do not matter.
 *
 * @example
 *   client.use(createResponseValidation({ document: loadDocument('petstore'), id: 'petstore' }));
 *   await client.GET('/pets'); // rejects with ResponseValidationError if the answer breaks the document
 */
export function createResponseValidation(source: DocumentSource, options: ResponseValidationOptions = {}): Middleware {
  let compiled: Promise<CompiledOperations> | undefined;
  const operations = () =>
    (compiled ??= (async () => {
      const { document, id } = typeof source === 'function' ? await source() : source;
      return compileOperations(document, id);
    })());
  const report =
    options.onViolation ??
    ((found: ResponseViolationReport) => {
      throw new ResponseValidationError(found);
    });

  return {
    async onResponse({ request, response, schemaPath }) {
      const routes = await operations();
      const operation = findOperation(routes, request.method, schemaPath);
      const contentType = response.headers.get('Content-Type') ?? undefined;
      const body = await readBody(response.clone(), contentType);
      const base = { operationId: operation?.operationId, method: request.method, url: request.url, status: response.status, contentType, body: body.value };
      if (!operation) {
        report({ ...base, violations: [{ path: '$', segments: [], message: `no operation of the document is ${request.method} ${schemaPath}`, params: {} }] });
        return undefined;
      }
      const violations = body.parseError
        ? [{ path: '$', segments: [], message: `body is not valid JSON (${body.parseError})`, params: {} }]
        : operation.validateResponse(response.status, contentType, body.value, Object.fromEntries(response.headers));
      if (violations.length > 0) report({ ...base, violations });
      return undefined;
    },
  };
}

function findOperation(routes: CompiledOperations, method: string, schemaPath: string): CompiledOperation | undefined {
  const upper = method.toUpperCase();
  const exact = routes.operations.find((op) => op.method === upper && op.pathTemplate === schemaPath);
  if (exact) return exact;
  const routed = routes.route(upper, schemaPath);
  return routed.kind === 'match' ? routed.match.operation : undefined;
}

/** The body as the validators see it: parsed JSON, the text of any other body, `undefined` when empty. */
async function readBody(response: Response, contentType: string | undefined): Promise<{ value: unknown; parseError?: string }> {
  const text = await response.text();
  const decoded = decodeJsonBody(text, contentType);
  if (decoded.kind === 'json') return { value: decoded.value };
  return decoded.kind === 'notJson' ? { value: text } : { value: text, parseError: decoded.detail };
}
