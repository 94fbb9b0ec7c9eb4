import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type OperationObject, type PathItemObject } from './types.ts';

/** One operation of a document, with where it sits. */
export interface ListedOperation {
  readonly pathTemplate: string;
  readonly method: HttpMethod;
  readonly item: PathItemObject;
  readonly operation: OperationObject;
  /** The operation's `operationId`, or `<method> <path>` when it has none. */
  readonly operationId: string;
}

/**
 * Every operation of a document in document order: the one walk over paths and methods that the
 * router, the example collector, the fuzzer and the tests share.
 *
 * @example
 *   listOperations(loadDocument('petstore')).map((o) => o.operationId); // ['listPets', 'getPet', ...]
 */
export function listOperations(doc: OpenApiDocument): ListedOperation[] {
  return Object.entries(doc.paths).flatMap(([pathTemplate, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ pathTemplate, method, item, operation, operationId: operation.operationId ?? `${method} ${pathTemplate}` }] : [];
    }),
  );
}
