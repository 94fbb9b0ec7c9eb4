import type { ListedOperation } from '../../openapi/listOperations.ts';
import { mergeParameters } from '../../openapi/mergeParameters.ts';
import type { HttpMethod, OperationObject, ParameterObject } from '../../openapi/types.ts';
import { compileParameters } from './compileParameters.ts';
import { compileRequestBody } from './compileRequestBody.ts';
import { compileRequestWarnings } from './compileRequestWarnings.ts';
import { compileResponses, type DeclaredResponse, type ResponseHeaders } from './compileResponses.ts';
import type { OperationCompiler } from './OperationCompiler.ts';
import type { RequestViolation } from './RequestViolation.ts';
import type { RequestWarning } from './RequestWarning.ts';
import type { ResponseViolation } from './ResponseViolation.ts';

/** One operation of a document with every validator it needs, compiled once at start-up. */
export interface CompiledOperation {
  readonly operationId: string;
  readonly method: Uppercase<HttpMethod>;
  /** Path template as the document writes it (`/devices/{anydeskId}`). */
  readonly pathTemplate: string;
  readonly operation: OperationObject;
  /** Path-level and operation-level parameters merged (`mergeParameters`), every location. */
  readonly parameters: readonly ParameterObject[];
  /** Whether the operation takes a JSON request body. */
  readonly acceptsBody: boolean;
  /** The Responses Object's entries, in document order. */
  readonly responses: readonly DeclaredResponse[];
  /** The declared response an answer with `status` is checked against (exact, `NXX`, `default`). */
  responseFor(status: number): DeclaredResponse | undefined;
  /**
   * Coerces raw path and query strings to their schema types in place, applies query defaults and
   * returns every violation of the parameters and the body (all of them, not the first).
   */
  validateRequest(path: Record<string, unknown>, query: Record<string, unknown>, body: unknown): RequestViolation[];
  /**
   * What the request sends that the document does not describe and the API ignores (DECISIONS
   * MK-2): undeclared query parameters, body members no schema lists.
   */
  requestWarnings(query: URLSearchParams, body: unknown): RequestWarning[];
  /**
   * Violations of a response against the declared status, content type, body schema and, when
   * `headers` are given (any case), the declared headers.
   */
  validateResponse(status: number, contentType: string | undefined, body: unknown, headers?: ResponseHeaders): ResponseViolation[];
  /** Compiles every validator of the operation now instead of on first use. */
  warmUp(): void;
}

/**
 * Compiles one operation: its parameters, request body and responses, each from the document.
 * Validators compile on first use (ajv compilation of a whole document takes a few hundred
 * milliseconds), or all at once with `warmUp`.
 *
 * @example
 *   const op = compileOperation(compiler, listOperations(doc)[0]);
 *   op.validateRequest({}, { per_page: '20' }, undefined); // [] (and per_page is now 20)
 */
export function compileOperation(compiler: OperationCompiler, listed: ListedOperation): CompiledOperation {
  const merged = mergeParameters(compiler.doc, listed);
  const parameters = compileParameters(compiler, merged);
  const body = compileRequestBody(compiler, listed);
  const responses = compileResponses(compiler, listed);
  const requestWarnings = compileRequestWarnings(compiler, merged, body.schemaAt);
  return {
    operationId: listed.operationId,
    method: listed.method.toUpperCase() as Uppercase<HttpMethod>,
    pathTemplate: listed.pathTemplate,
    operation: listed.operation,
    parameters: merged.map((m) => m.parameter),
    acceptsBody: body.acceptsBody,
    responses: responses.responses,
    responseFor: responses.responseFor,
    validateRequest(path, query, requestBody) {
      const violations = parameters.validate(path, query);
      const inBody = body.validate(requestBody);
      return inBody.length === 0 ? violations : [...violations, ...inBody];
    },
    requestWarnings,
    validateResponse: responses.validate,
    warmUp() {
      parameters.warmUp();
      body.warmUp();
      responses.warmUp();
    },
  };
}
