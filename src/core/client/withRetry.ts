import { delay } from './delay.ts';
import { parseRetryAfter } from './parseRetryAfter.ts';

/** The `fetch` shape the clients call: openapi-fetch passes a `Request` (and, on Node, an init extension). */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** How `withRetry` retries. Every field is optional; the defaults are in brackets. */
export interface RetryOptions {
  /** Attempts in all, the first one included [3]. `1` never retries. */
  readonly attempts?: number;
  /** Statuses that are retried [500, 503]. */
  readonly statuses?: readonly number[];
  /**
   * Methods retried without being asked [GET, HEAD, OPTIONS]: the ones that change nothing.
   * A call that changes state is retried only when the call opts in (`retry: true` in the
   * openapi-fetch options, see `wantsRetry`) or when its method is listed here.
   */
  readonly methods?: readonly string[];
  /** First backoff step in ms, doubled after each attempt [300]. */
  readonly baseDelayMs?: number;
  /**
   * Longest wait in ms [10 000]. A backoff step is capped at it; a `Retry-After` asking for more
   * is not honoured by waiting less: the answer is returned as it is, without retrying.
   */
  readonly maxDelayMs?: number;
  /** Source of jitter in [0, 1) [Math.random]; a step waits between half and all of its delay. */
  readonly random?: () => number;
  /** Clock for `Retry-After` dates [Date.now]. */
  readonly now?: () => number;
  /** The wait itself [an abortable timer]; tests pass a fake. */
  readonly sleep?: (ms: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Called before each wait, e.g. to log. */
  readonly onRetry?: (event: RetryEvent) => void;
}

/** What `onRetry` is told before a retry. */
export interface RetryEvent {
  readonly request: Request;
  readonly response: Response;
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  readonly delayMs: number;
  /** Whether the delay came from the answer's `Retry-After`. */
  readonly fromRetryAfter: boolean;
}

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Wraps a `fetch` so that answers with a retryable status (500 and 503 by default) are retried a
 * bounded number of times with exponential backoff and jitter, honouring `Retry-After` (seconds or
 * an HTTP date). Only calls that change nothing are retried unless a call opts in, because
 * repeating a state change whose first answer was lost can apply it twice (or, on Agora, turn a
 * success into a 409).
 *
 * When the attempts are used up, the last answer is returned as it is (openapi-fetch then gives
 * `{ error }`, and the helpers throw the API's typed error). The request's `AbortSignal` also
 * cancels a wait: the promise rejects with the signal's reason. Network errors are not retried.
 *
 * `false` as options gives the plain `fetch` (no retry at all). The client factories apply it
 * themselves (their `retry` option); use it directly to give the
 * same behaviour to another openapi-fetch client or a plain `fetch`.
 *
 * @example
 *   const fetchWithRetry = withRetry(fetch, { attempts: 4, onRetry: (e) => log(e.delayMs) });
 *   await fetchWithRetry(new Request('https://app.anyclassroom.com/api/v1/classrooms'));
 *   // Through a client, a state change retried on request, per call:
 *   await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params, retry: true });
 */
export function withRetry(fetch: FetchLike | undefined, options: RetryOptions | false = {}): FetchLike {
  // Resolved per call, not captured now: a global fetch replaced later (nock, MSW) still applies.
  const send: FetchLike = fetch ?? ((input, init) => globalThis.fetch(input, init));
  if (options === false) return send;
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const statuses = new Set(options.statuses ?? [500, 503]);
  const methods = new Set((options.methods ?? SAFE_METHODS).map((m) => m.toUpperCase()));
  const baseDelayMs = options.baseDelayMs ?? 300;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? delay;

  return async (request, init) => {
    const optIn = wantsRetry(request);
    const retryable = optIn ?? methods.has(request.method.toUpperCase());
    if (!retryable || attempts === 1) return send(request, init);

    for (let attempt = 1; ; attempt++) {
      const last = attempt === attempts;
      // A body can be read once: every attempt but the last sends a copy.
      const response = await send(last ? request : request.clone(), init);
      if (last || !statuses.has(response.status)) return response;

      const asked = parseRetryAfter(response.headers.get('Retry-After'), now());
      if (asked !== undefined && asked > maxDelayMs) return response;
      const step = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delayMs = asked ?? Math.round(step / 2 + (random() * step) / 2);
      options.onRetry?.({ request, response, attempt, delayMs, fromRetryAfter: asked !== undefined });
      // Free the connection of the answer that is thrown away. Not awaited: cancelling one branch
      // of a teed body (a cloned response) only settles once the other branch is cancelled too.
      response.body?.cancel().catch(() => undefined);
      await sleep(delayMs, request.signal);
    }
  };
}

/**
 * A call's own choice, made with `retry: true | false` in openapi-fetch's per-call options.
 * openapi-fetch copies per-call options it does not know onto the `Request` it builds, which is how
 * the choice reaches the wrapped `fetch`; `undefined` means the call did not choose.
 *
 * @example
 *   await client.POST('/devices/{anydeskId}/temporal', { params, body, retry: true });
 */
export function wantsRetry(request: Request): boolean | undefined {
  const choice = (request as Request & { retry?: unknown }).retry;
  return typeof choice === 'boolean' ? choice : undefined;
}
