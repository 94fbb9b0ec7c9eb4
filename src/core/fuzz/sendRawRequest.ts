import { request as httpRequest, type Agent } from 'node:http';
import type { FuzzAnswer, FuzzRequest } from './types.ts';

/**
 * Sends a request exactly as generated (raw request target, repeated headers, any method) with
 * `node:http`, which `fetch` would not allow, and resolves with the answer or with how the
 * connection failed. Never rejects. Adds `Host` and the body's framing (`Content-Length`, or
 * chunked), which every HTTP/1.1 request needs to be parsed at all.
 *
 * An answer taking longer than `timeoutMs` counts as dropped.
 *
 * @example
 *   const answer = await sendRawRequest('http://127.0.0.1:4010', { method: 'GET', target: '/api/v1/devices', headers: [['X-Token-AC', 't']] }, agent);
 *   if (answer.kind === 'answer') answer.status; // 200
 */
export function sendRawRequest(
  origin: string,
  request: Pick<FuzzRequest, 'method' | 'target' | 'headers' | 'body' | 'framing'>,
  agent: Agent,
  timeoutMs = 15_000,
): Promise<FuzzAnswer> {
  const url = new URL(origin);
  const started = performance.now();
  const ms = () => performance.now() - started;
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  const chunked = body !== undefined && request.framing === 'chunked';
  const lines: string[] = ['Host', url.host];
  for (const [name, value] of request.headers) lines.push(name, value);
  if (body !== undefined) lines.push(...(chunked ? ['Transfer-Encoding', 'chunked'] : ['Content-Length', String(body.length)]));

  return new Promise((resolve) => {
    let settled = false;
    const settle = (answer: FuzzAnswer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    let req: ReturnType<typeof httpRequest>;
    try {
      // An array of alternating names and values keeps repeated headers as separate lines.
      req = httpRequest({ host: url.hostname, port: url.port, method: request.method, path: request.target, headers: lines as never, agent, setHost: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => settle({ kind: 'answer', status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: ms() }));
        res.on('error', (error) => settle({ kind: 'dropped', error: `response: ${describeError(error)}`, ms: ms() }));
      });
    } catch (error) {
      // The request could not even be written (a client-side check refused it): a generator bug.
      throw new Error(`fuzz request not sendable: ${describeError(error)}`, { cause: error });
    }
    const timer = setTimeout(() => {
      settle({ kind: 'dropped', error: `no answer within ${timeoutMs} ms`, ms: ms() });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error) => settle({ kind: 'dropped', error: describeError(error), ms: ms() }));
    if (chunked && body && body.length > 1) {
      // Two chunks, so that the server really reassembles a chunked body.
      const half = Math.floor(body.length / 2);
      req.write(body.subarray(0, half));
      req.end(body.subarray(half));
    } else {
      req.end(body);
    }
  });
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `${code ? `${code} ` : ''}${error instanceof Error ? error.message : String(error)}`;
}
