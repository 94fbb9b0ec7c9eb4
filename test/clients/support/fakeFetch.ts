import type { FetchLike } from '../../../src/core/client/withRetry.ts';

/** A request as the fake server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
  readonly at: number;
  readonly signal: AbortSignal;
}

/**
 * A `fetch` to pass into a client: answers every request with `answer` and keeps what it saw.
 * Nothing global is patched.
 *
 * @example
 *   const server = fakeFetch(() => json(200, { data: [] }));
 *   createAnyClassroomClient({ token: 't', fetch: server.fetch });
 */
export function fakeFetch(answer: (request: SeenRequest, index: number) => Response | Promise<Response>) {
  const seen: SeenRequest[] = [];
  const fetch: FetchLike = async (request) => {
    const entry: SeenRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: await request.text(),
      at: Date.now(),
      signal: request.signal,
    };
    seen.push(entry);
    if (request.signal.aborted) throw request.signal.reason;
    return answer(entry, seen.length - 1);
  };
  return { fetch, seen };
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
