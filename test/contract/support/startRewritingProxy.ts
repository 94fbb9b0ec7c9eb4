import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of the upstream, as a rewrite sees it. */
export interface UpstreamAnswer {
  readonly method: string;
  /** Path and query of the request, as received (`/api/v1/devices/123?x=1`). */
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  /** Parsed JSON when the answer is JSON, else `undefined`. */
  readonly json: unknown;
  readonly text: string;
}

/** What to send instead; fields left out keep the upstream's. `json` is serialised. */
export interface Replacement {
  readonly status?: number;
  readonly contentType?: string;
  readonly json?: unknown;
  readonly text?: string;
}

export interface RewritingProxy {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** How many answers the rewrite replaced. */
  rewrites(): number;
  close(): Promise<void>;
}

/**
 * A thin HTTP proxy in front of a mock that can change answers on the way back: the "drifted
 * server" of the kit's tests. `hideControlApi` answers `/__mock/*` with 404, so the kit takes the
 * target for a real server.
 *
 * @example
 *   const drifted = await startRewritingProxy(mockOrigin, { rewrite: (a) => (a.status === 401 ? { contentType: 'text/html', text: '<html/>' } : undefined) });
 */
export async function startRewritingProxy(
  upstreamOrigin: string,
  options: { readonly rewrite?: (answer: UpstreamAnswer) => Replacement | undefined; readonly hideControlApi?: boolean } = {},
): Promise<RewritingProxy> {
  let rewritten = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const url = req.url ?? '/';
        if (options.hideControlApi && url.startsWith('/__mock/')) {
          res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
          return;
        }
        const headers = Object.fromEntries(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' && k !== 'host' && k !== 'content-length' ? [[k, v]] : [])));
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        const upstream = await fetch(`${upstreamOrigin}${url}`, { method: req.method ?? 'GET', headers, body });
        const text = await upstream.text();
        const contentType = upstream.headers.get('content-type') ?? undefined;
        let json: unknown;
        try {
          json = contentType?.includes('json') && text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        const replacement = options.rewrite?.({ method: req.method ?? 'GET', url, status: upstream.status, contentType, json, text });
        if (replacement) rewritten++;
        const outText = replacement?.json !== undefined ? JSON.stringify(replacement.json) : (replacement?.text ?? text);
        const outType = replacement?.contentType ?? contentType;
        res.writeHead(replacement?.status ?? upstream.status, outType ? { 'content-type': outType } : {}).end(outText);
      })().catch((error: unknown) => {
        res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    rewrites: () => rewritten,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
