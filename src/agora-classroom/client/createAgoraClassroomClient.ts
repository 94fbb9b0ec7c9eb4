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

/**
 * How the client authenticates (AG-12), both accepted by Agora:
 * - `'headers'` (the default, the seed's mode): `x-agora-token: <token>` and `x-agora-uid: <uid>`,
 *   an RTM token and the user ID it was built for;
 * - `'authorization'` (AccessToken2, Agora's recommended mode): `Authorization: agora token=<token>`,
 *   an education token (an App token for server calls, or a user token).
 */
export type AgoraAuthMode = 'headers' | 'authorization';

/** What every client takes, whatever its authentication mode. */
export interface AgoraClassroomClientBaseOptions {
  /** Your App ID (32 hex characters), exposed as `client.appId` for the `appId` path parameter. */
  readonly appId: string;
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

/** The two-header mode: `x-agora-token` and `x-agora-uid` on every request. */
export interface AgoraHeadersAuthOptions {
  /** `'headers'`, the default. */
  readonly auth?: 'headers';
  /** The RTM token, sent as `x-agora-token`; a function is called before every request (tokens expire). */
  readonly token: Credential;
  /** The uid the token was generated for, sent as `x-agora-uid`; a function is called before every request. */
  readonly uid: Credential;
}

/** The AccessToken2 mode: `Authorization: agora token=<token>` on every request. */
export interface AgoraAuthorizationAuthOptions {
  readonly auth: 'authorization';
  /**
   * The education token (`EducationTokenBuilder`: an App token, or a user token), sent as
   * `Authorization: agora token=<token>`; a function is called before every request (tokens expire).
   */
  readonly token: Credential;
  /**
   * Optional: also sent as `x-agora-uid`, as Agora's web client does with a user token (Agora then
   * checks that the token is that user's). Leave it out with an App token.
   */
  readonly uid?: Credential;
}

export type AgoraClassroomClientOptions = AgoraClassroomClientBaseOptions & (AgoraHeadersAuthOptions | AgoraAuthorizationAuthOptions);

/**
 * Creates a typed Agora Flexible Classroom client: openapi-fetch over the generated `paths`, with
 * middleware that sends the credentials of the chosen `auth` mode (`x-agora-token` and
 * `x-agora-uid`, or `Authorization: agora token=<token>`; AG-12), `Accept: application/json` and,
 * with a body, `Content-Type: application/json`. Credentials given as functions are called before
 * every request; an empty one throws a `TypeError` before anything is sent. Calls return `{ data } | { error }` and never throw on HTTP
 * errors (`unwrapAgora` throws the named error instead); a wrong path, a class state of 7 or a
 * missing body field is a compile error.
 *
 * @example
 *   const client = createAgoraClassroomClient({ appId, token: rtmToken, uid: 'teacher-1', region: 'eu' });
 *   const server = createAgoraClassroomClient({ appId, auth: 'authorization', token: () => appTokens.current() });
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
  client.use(createHeadersMiddleware(authHeaders(options)));
  return Object.assign(client, { appId: options.appId });
}

/** The authentication headers of a mode, each a credential read before every request. */
function authHeaders(options: AgoraHeadersAuthOptions | AgoraAuthorizationAuthOptions): Record<string, Credential> {
  const { headers } = AGORA_FACTS;
  if (options.auth !== 'authorization') return { [headers.token]: options.token, [headers.uid]: options.uid };
  const { token, uid } = options;
  const authorization = async (): Promise<string> => {
    const value = String(typeof token === 'function' ? await token() : token);
    // Checked here because the prefix would hide an empty token from the middleware's own check.
    if (value === '') throw new TypeError('The Authorization token would be empty: pass a non-empty value.');
    return `${AGORA_FACTS.authorizationPrefix}${value}`;
  };
  return { [headers.authorization]: authorization, ...(uid === undefined ? {} : { [headers.uid]: uid }) };
}
