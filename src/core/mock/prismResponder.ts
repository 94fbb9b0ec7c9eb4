import type { Preferences } from '../http/prefer.ts';
import { bundledDocumentPath } from '../openapi/loadDocument.ts';
import type { MockResponse } from './types.ts';

/** A validated request, handed to Prism when the client asked for its spec-driven answer. */
export interface PrismRequest {
  readonly method: string;
  /** Path in the document's path space (`/devices/123`). */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly prefer: Preferences;
}

interface PrismOutput {
  output: { statusCode: number; headers?: Record<string, string>; body?: unknown };
}
interface PrismInstance {
  request(input: unknown, operations: unknown[], config?: unknown): () => Promise<{ _tag: 'Left'; left: Error } | { _tag: 'Right'; right: PrismOutput }>;
}

/**
 * Stoplight Prism's mocker for one document, embedded for requests that carry `Prefer: code=...`,
 * `example=...` or `dynamic=true`: the answer comes from the document's examples or schemas exactly
 * as `prism mock` would give it. Prism (and its fp-ts pipeline) is loaded on first use only, so it
 * costs neither start-up time nor per-request time on the stateful path.
 *
 * @example
 *   const prism = createPrismResponder('anyclassroom');
 *   await prism.respond({ method: 'GET', path: '/devices', query, headers, body: undefined, prefer: { code: 404 } });
 */
export function createPrismResponder(api: string) {
  let loaded: Promise<{ prism: PrismInstance; operations: unknown[] }> | null = null;
  const load = async () => {
    const [http, core] = await Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-core')]);
    const operations = await http.getHttpOperationsFromSpec(bundledDocumentPath(api));
    const logger = core.createLogger('prism', { enabled: false });
    const prism = http.createInstance(
      { mock: { dynamic: false }, checkSecurity: false, validateRequest: false, validateResponse: false, errors: false, upstreamProxy: undefined, isProxy: false },
      { logger },
    ) as unknown as PrismInstance;
    return { prism, operations };
  };

  return {
    async respond(request: PrismRequest): Promise<MockResponse> {
      loaded ??= load();
      const { prism, operations } = await loaded;
      const query: Record<string, string | string[]> = {};
      for (const key of new Set(request.query.keys())) {
        const all = request.query.getAll(key);
        query[key] = all.length === 1 ? all[0]! : all;
      }
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(request.headers)) if (v !== undefined) headers[k] = v;
      const result = await prism.request(
        { method: request.method.toLowerCase(), url: { path: request.path, query }, headers, body: request.body },
        operations,
        {
          mock: { dynamic: request.prefer.dynamic === true, code: request.prefer.code, exampleKey: request.prefer.example },
          checkSecurity: false,
          validateRequest: false,
          validateResponse: false,
          errors: false,
          upstreamProxy: undefined,
          isProxy: false,
        },
      )();
      if (result._tag === 'Left') throw new PrismPreferenceError(result.left.message);
      const { statusCode, headers: outHeaders, body } = result.right.output;
      const contentType = outHeaders?.['Content-type'] ?? outHeaders?.['content-type'];
      return { status: statusCode, body, headers: contentType ? { 'Content-Type': contentType } : {} };
    },
  };
}

/**
 * Thrown by `respond` when Prism cannot honour the `Prefer` header (an undeclared status code, an
 * unknown example name). Carries Prism's message; the server answers the client's mistake with the
 * API's own bad-request error.
 */
export class PrismPreferenceError extends Error {
  override readonly name = 'PrismPreferenceError';
}
