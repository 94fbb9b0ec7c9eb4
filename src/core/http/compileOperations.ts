import { createTwoPassAjv, type TwoPassAjv } from '../openapi/createAjv.ts';
import { createPathRouter } from './createPathRouter.ts';
import { createSchemaValidator, type SchemaValidator } from '../openapi/createSchemaValidator.ts';
import { listOperations } from '../openapi/listOperations.ts';
import { HTTP_METHODS, type OpenApiDocument } from '../openapi/types.ts';
import { compileOperation, type CompiledOperation } from './operation/compileOperation.ts';
import type { OperationCompiler } from './operation/OperationCompiler.ts';

export type { CompiledOperation } from './operation/compileOperation.ts';
export type { DeclaredHeader, DeclaredResponse, ResponseHeaders } from './operation/compileResponses.ts';
export type { RequestViolation } from './operation/RequestViolation.ts';
export type { ResponseViolation, ResponseViolationKind } from './operation/ResponseViolation.ts';

export interface RouteMatch {
  readonly operation: CompiledOperation;
  /** Decoded path parameter values, as strings (a fresh object per call: validation coerces it in place). */
  readonly params: Record<string, string>;
}

export type RouteResult =
  | { readonly kind: 'match'; readonly match: RouteMatch }
  | { readonly kind: 'methodNotAllowed'; readonly allowed: string[] }
  | { readonly kind: 'notFound' };

/**
 * Compiles a bundled OpenAPI document into a router and per-operation validators: nothing about
 * routes, parameters or schemas is written by hand anywhere else. Routing uses `createPathRouter` (a
 * tree of path segments, browser-safe); validation uses ajv in the document's JSON Schema 2020-12 dialect
 * (`createTwoPassAjv`: one set-up as is for bodies, one coercing for text values).
 *
 * @example
 *   const routes = compileOperations(loadDocument('petstore'), 'petstore');
 *   const r = routes.route('GET', '/pets/42'); // { kind: 'match', match: { operation, params: { petId: '42' } } }
 */
export function compileOperations(doc: OpenApiDocument, id: string) {
  // The two ajv set-ups are made on the first validator compiled (each adds the whole document to a
  // new ajv instance, ~5-10 ms, and the set-up collecting every error once more on the first value
  // that fails): an API that gets no request before its warm-up does not pay at start.
  let schemas: SchemaValidator | undefined;
  let textValues: TwoPassAjv | undefined;
  const compiler: OperationCompiler = {
    doc,
    id,
    get schemas() {
      return (schemas ??= createSchemaValidator(doc, id));
    },
    get textValues() {
      return (textValues ??= createTwoPassAjv(doc, id, { coerce: true }));
    },
  };

  const operations = listOperations(doc).map((listed) => compileOperation(compiler, listed));
  // A path value of any length reaches validation (which answers it in the API's format); the
  // request head is capped at 16 KiB by the server anyway. A parameter takes a non-empty segment
  // (RFC 6570 as OpenAPI uses it; Laravel's `[^/]+`): `/devices//temporal` matches nothing.
  const router = createPathRouter(
    operations.map((operation) => ({ method: operation.method, template: operation.pathTemplate, value: operation })),
    { maxParamLength: 65_536 },
  );
  const find = (method: string, path: string) => router.find(method, path);

  return {
    operations,
    /**
     * Compiles all validators in the background, one operation per event-loop turn, starting after
     * `delayMs` so that the first requests after start-up are not queued behind it (an operation asked
     * for before its turn compiles on that request).
     */
    warmUpInBackground(delayMs = 300): void {
      const queue = [...operations];
      const next = () => {
        queue.shift()?.warmUp();
        if (queue.length > 0) background(next, 0);
      };
      background(next, delayMs);
    },
    /** Finds the operation for a method and a path in the document's path space. */
    route(method: string, path: string): RouteResult {
      // HEAD is answered like GET without a body (RFC 9110 9.3.2), as Laravel and Agora's gateway do.
      const found = find(method, path) ?? (method === 'HEAD' ? find('GET', path) : null);
      if (found) return { kind: 'match', match: { operation: found.value, params: found.params } };
      const allowed = HTTP_METHODS.map((m) => m.toUpperCase()).filter((m) => find(m, path));
      if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD');
      return allowed.length > 0 ? { kind: 'methodNotAllowed', allowed } : { kind: 'notFound' };
    },
  };
}

export type CompiledOperations = ReturnType<typeof compileOperations>;

/** A timer that does not keep a Node process alive (browsers have no `unref`; their timers never do). */
function background(fn: () => void, ms: number): void {
  const timer = setTimeout(fn, ms) as { unref?: () => void };
  timer.unref?.();
}
