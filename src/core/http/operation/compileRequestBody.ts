import type { ListedOperation } from '../../openapi/listOperations.ts';
import { locationOf, resolveRef } from '../../openapi/resolveRef.ts';
import type { RequestBodyObject } from '../../openapi/types.ts';
import { lazy } from './lazy.ts';
import type { OperationCompiler } from './OperationCompiler.ts';
import { toRequestViolations, type RequestViolation } from './RequestViolation.ts';

/** The compiled request-body check of one operation. */
export interface CompiledRequestBody {
  /** Whether the operation takes a JSON request body. */
  readonly acceptsBody: boolean;
  /** Where the body's JSON schema sits in the document, `null` when the operation takes no JSON body. */
  readonly schemaAt: readonly string[] | null;
  /** Violations of a parsed body (`undefined`: none was sent). */
  validate(body: unknown): RequestViolation[];
  warmUp(): void;
}

/**
 * The request-body check of an operation: its `application/json` schema, and whether a body is
 * required. An operation without a JSON body accepts anything (the server does not read it).
 *
 * @example
 *   const body = compileRequestBody(compiler, listed);
 *   body.validate({ until_time: 'soon' }); // [{ in: 'body', name: 'until_time', keyword: 'type', ... }]
 */
export function compileRequestBody(compiler: OperationCompiler, listed: Pick<ListedOperation, 'pathTemplate' | 'method' | 'operation'>): CompiledRequestBody {
  const raw = listed.operation.requestBody;
  let schemaAt: string[] | null = null;
  let required = false;
  if (raw) {
    const body = resolveRef<RequestBodyObject>(compiler.doc, raw);
    const at = locationOf(raw, ['paths', listed.pathTemplate, listed.method, 'requestBody']);
    required = body.required === true;
    if (body.content['application/json']?.schema !== undefined) schemaAt = [...at, 'content', 'application/json', 'schema'];
  }
  const validateBody = lazy(() => (schemaAt ? compiler.schemas.at(schemaAt) : null));

  return {
    acceptsBody: schemaAt !== null,
    schemaAt,
    validate(body) {
      const check = validateBody();
      if (!check) return [];
      if (body === undefined) return required ? [{ in: 'body', name: '', path: '$', keyword: 'required', message: 'request body is required', params: {} }] : [];
      return check(body) ? [] : toRequestViolations('body', check.errors);
    },
    warmUp() {
      validateBody();
    },
  };
}
