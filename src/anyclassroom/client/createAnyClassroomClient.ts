import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../../generated/anyclassroom.ts';
import { createHeadersMiddleware, type Credential } from '../../core/client/createHeadersMiddleware.ts';
import { withRetry, type FetchLike, type RetryOptions } from '../../core/client/withRetry.ts';
import { ANYCLASSROOM_FACTS } from '../facts.ts';

/** The production server of the document (`servers[0]`). */
export const ANYCLASSROOM_BASE_URL = ANYCLASSROOM_FACTS.baseUrl;

/** An openapi-fetch client over AnyClassroom's generated `paths`, JSON only. */
export type AnyClassroomClient = Client<paths, 'application/json'>;

export interface AnyClassroomClientOptions {
  /** The API token, sent as `X-Token-AC`; a function is called before every request. */
  readonly token: Credential;
  /** Default `https://app.anyclassroom.com/api/v1`; the local mock is `http://127.0.0.1:4010/api/v1`. */
  readonly baseUrl?: string;
  /** The `fetch` to send with (default: the global one, looked up on each request). */
  readonly fetch?: FetchLike;
  /**
   * Retry of 500 and 503 answers (see `withRetry`): on by default for reads only; `false` turns it
   * off. A call that changes state is retried only if it passes `retry: true`.
   */
  readonly retry?: RetryOptions | false;
}

/**
 * Creates a typed AnyClassroom client: openapi-fetch over the generated `paths`, with middleware
 * that sends `X-Token-AC`, `Accept: application/json` and, with a body, `Content-Type:
 * application/json`. Calls return `{ data } | { error }` and do not throw on HTTP errors (pass the
 * result to `unwrapAnyClassroom` to throw typed errors instead); a wrong path, parameter or body is
 * a compile error.
 *
 * @example
 *   const client = createAnyClassroomClient({ token: process.env.ANYCLASSROOM_TOKEN! });
 *   const { data, error } = await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '123456789' } } });
 */
export function createAnyClassroomClient(options: AnyClassroomClientOptions): AnyClassroomClient {
  const client = createClient<paths, 'application/json'>({
    baseUrl: options.baseUrl ?? ANYCLASSROOM_BASE_URL,
    fetch: withRetry(options.fetch, options.retry),
  });
  client.use(createHeadersMiddleware({ [ANYCLASSROOM_FACTS.headers.token]: options.token }));
  return client;
}
