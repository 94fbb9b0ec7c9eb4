import { resolveRef } from '../openapi/resolveRef.ts';
import { listOperations } from '../openapi/listOperations.ts';
import { mergeParameters } from '../openapi/mergeParameters.ts';
import { type JsonSchema, type OpenApiDocument, type ParameterObject, type RequestBodyObject } from '../openapi/types.ts';

/** What the request generator needs of one operation: where it lives and what it takes. */
export interface DocumentOperation {
  readonly operationId: string;
  readonly method: string;
  /** As the document writes it: `/devices/{anydeskId}/temporal`. */
  readonly pathTemplate: string;
  /** Path and query parameters, path-level ones overridden by operation-level ones of the same name. */
  readonly parameters: readonly ParameterObject[];
  /** The JSON request body's schema, `undefined` when the operation takes no JSON body. */
  readonly bodySchema: JsonSchema | undefined;
}

/**
 * Every operation of a bundled document with its parameters and body schema resolved (the same
 * merge as `compileOperations`: `mergeParameters`).
 *
 * @example
 *   documentOperations(loadDocument('anyclassroom')).map((o) => o.operationId); // ['listDevices', ...]
 */
export function documentOperations(doc: OpenApiDocument): DocumentOperation[] {
  return listOperations(doc).map((listed) => {
    const { pathTemplate, method, operation, operationId } = listed;
    const parameters = mergeParameters(doc, listed).map((m) => m.parameter);
    const body = operation.requestBody ? resolveRef<RequestBodyObject>(doc, operation.requestBody) : undefined;
    return {
      operationId,
      method: method.toUpperCase(),
      pathTemplate,
      parameters: parameters.filter((p) => p.in === 'path' || p.in === 'query'),
      bodySchema: body?.content['application/json']?.schema,
    };
  });
}
