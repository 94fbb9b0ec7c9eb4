import type { CompiledOperation, CompiledOperations } from '../../http/compileOperations.ts';
import type { ApiMock } from '../types.ts';
import { stop, type Stop } from './PlainRequest.ts';

/** A request bound to one operation of the document. */
export interface Routed {
  readonly kind: 'routed';
  readonly operation: CompiledOperation;
  /** Raw (decoded, uncoerced) path parameter values. */
  readonly params: Record<string, string>;
  /** The path in the document's path space (`/devices/123`). */
  readonly apiPath: string;
}

/**
 * Stage 1, routing: maps the URL into the API's path space (`toApiPath`) and finds the operation;
 * 404 when nothing matches, 405 (with the methods that would) when only the method is wrong.
 *
 * @example
 *   routeRequest(api, routes, 'DELETE', new URL('http://h/api/v1/devices')); // stop: MethodNotAllowed, allowed ['GET', 'HEAD']
 */
export function routeRequest(api: Pick<ApiMock, 'toApiPath'>, routes: Pick<CompiledOperations, 'route'>, method: string, url: URL): Routed | Stop {
  const apiPath = api.toApiPath(url.pathname);
  if (apiPath === null) return stop({ kind: 'RouteNotFound', method, path: url.pathname });
  const routed = routes.route(method, apiPath);
  if (routed.kind === 'notFound') return stop({ kind: 'RouteNotFound', method, path: url.pathname });
  if (routed.kind === 'methodNotAllowed') return stop({ kind: 'MethodNotAllowed', method, path: url.pathname, allowed: routed.allowed });
  return { kind: 'routed', operation: routed.match.operation, params: routed.match.params, apiPath };
}
