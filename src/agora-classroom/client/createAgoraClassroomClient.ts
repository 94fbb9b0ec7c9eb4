import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../../../generated/agora-classroom.ts';
import { createHeadersMiddleware, type Credential } from '../../core/client/createHeadersMiddleware.ts';
import { withRetry, type FetchLike, type RetryOptions } from '../../core/client/withRetry.ts';
import { AGORA_FACTS, type AgoraRegion } from '../facts.ts';

/** The host of the document's servers (AG-11). */
export const AGORA_BASE_URL = AGORA_FACTS.baseUrl;

/** Agora's region prefixes (`https://api.agora.io/{region}/edu/...`, AG-11): `'cn' | 'ap' | 'eu' | 'na'`. */
export type { AgoraRegion };

/**
 * An openapi-fetch client over Agora's generated `paths` (JSON only), plus the App ID it was made
 * for, so calls and helpers need not repeat it: path parameters, `appId` included, are passed per
 * call as openapi-fetch does.
 */
export type AgoraClassroomClient = Client<paths, 'application/json'> & {
  /** The App ID given to `createAgoraClassroomClient`, for the `appId` path parameter. */
  readonly appId: string;
};

export interface AgoraClassroomClientOptions {
  /** Your App ID (32 hex characters), exposed as `client.appId` for the `appId` path parameter. */
  readonly appId: string;
  /** The RTM token, sent as `x-agora-token`; a function is called before every request (tokens expire). */
  readonly token: Credential;
  /** The uid the token was generated for, sent as `x-agora-uid`. */
  readonly uid: Credential;
  /** Default `https://api.agora.io`; the local mock is `http://127.0.0.1:4011`. */
  readonly baseUrl?: string;
  /** Puts `/{region}` after the base URL (Agora's geofenced form); none by default, as in the seed. */
  readonly region?: AgoraRegion;
  /** The `fetch` to send with (default: the global one, looked up on each request). */
  readonly fetch?: FetchLike;
  /**
   * Retry of 500 and 503 answers (see `withRetry`): on by default for reads only; `false` turns it
   * off. A state change (create, class state, recording state) is retried only with `retry: true`
   * on the call, because a repeated state change can answer 409.
   */
  readonly retry?: RetryOptions | false;
}

/**
 * Creates a typed Agora Flexible Classroom client: openapi-fetch over the generated `paths`, with
 * middleware that sends `x-agora-token`, `x-agora-uid`, `Accept: application/json` and, with a
 * body, `Content-Type: application/json`. Calls return `{ data } | { error }` and never throw on HTTP
 * errors (`unwrapAgora` throws the named error instead); a wrong path, a class state of 7 or a
 * missing body field is a compile error.
 *
 * @example
 *   const client = createAgoraClassroomClient({ appId, token: rtmToken, uid: 'teacher-1', region: 'eu' });
 *   const { data, error } = await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', {
 *     params: { path: { appId: client.appId, roomUuid: 'math-101', state: 1 } },
 *   });
 */
export function createAgoraClassroomClient(options: AgoraClassroomClientOptions): AgoraClassroomClient {
  const base = (options.baseUrl ?? AGORA_BASE_URL).replace(/\/+$/, '');
  const client = createClient<paths, 'application/json'>({
    baseUrl: options.region ? `${base}/${options.region}` : base,
    fetch: withRetry(options.fetch, options.retry),
  });
  client.use(createHeadersMiddleware({ [AGORA_FACTS.headers.token]: options.token, [AGORA_FACTS.headers.uid]: options.uid }));
  return Object.assign(client, { appId: options.appId });
}
