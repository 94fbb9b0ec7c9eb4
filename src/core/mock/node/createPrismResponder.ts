import { bundledDocumentPath } from '../../openapi/loadDocument.ts';
import type { SpecAnswer, SpecRequest, SpecResponder } from '../pipeline/SpecResponder.ts';

interface PrismOutput {
  output: { statusCode: number; headers?: Record<string, string>; body?: unknown };
}
interface PrismInstance {
  request(input: unknown, operations: unknown[], config?: unknown): () => Promise<{ _tag: 'Left'; left: Error } | { _tag: 'Right'; right: PrismOutput }>;
}

const PRISM_CONFIG = { checkSecurity: false, validateRequest: false, validateResponse: false, errors: false, upstreamProxy: undefined, isProxy: false } as const;

/**
 * Stoplight Prism's mocker for one bundled document (`generated/<name>.openapi.json`), the Node
 * implementation of the engine's `SpecResponder`: requests that carry `Prefer: code=...`,
 * `example=...` or `dynamic=true` get the document's examples or schema-generated data exactly as
 * `prism mock` would give them. Prism (and its fp-ts pipeline) is loaded on first use only, so it
 * costs neither start-up time nor per-request time on the stateful path. A preference Prism cannot
 * honour (an undeclared status, an unknown example) is a `cannotHonour` answer carrying Prism's message.
 *
 * @example
 *   const prism = createPrismResponder('petstore'); // generated/petstore.openapi.json
 *   await prism.respond({ method: 'GET', path: '/devices', query, headers, body: undefined, prefer: { code: 404 } });
 */
export function createPrismResponder(documentName: string): SpecResponder {
  let loaded: Promise<{ prism: PrismInstance; operations: unknown[] }> | null = null;
  const load = async () => {
    const [http, core] = await Promise.all([import('@stoplight/prism-http'), import('@stoplight/prism-core')]);
    const operations = await http.getHttpOperationsFromSpec(bundledDocumentPath(documentName));
    const logger = core.createLogger('prism', { enabled: false });
    const prism = http.createInstance({ mock: { dynamic: false }, ...PRISM_CONFIG }, { logger }) as unknown as PrismInstance;
    return { prism, operations };
  };

  return {
    async respond(request: SpecRequest): Promise<SpecAnswer> {
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
        { mock: { dynamic: request.prefer.dynamic === true, code: request.prefer.code, exampleKey: request.prefer.example }, ...PRISM_CONFIG },
      )();
      if (result._tag === 'Left') return { kind: 'cannotHonour', reason: result.left.message };
      const { statusCode, headers: outHeaders, body } = result.right.output;
      const contentType = outHeaders?.['Content-type'] ?? outHeaders?.['content-type'];
      return { kind: 'answer', response: { status: statusCode, body, headers: contentType ? { 'Content-Type': contentType } : {} } };
    },
  };
}
