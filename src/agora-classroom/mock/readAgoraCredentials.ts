import { AGORA_FACTS } from '../facts.ts';

/**
 * The credentials of a request, in one of Agora's two modes (AG-12):
 *
 * - `authorization`: `Authorization: agora token=<token>` (AccessToken2); `uid` is the
 *   `x-agora-uid` header when the client sends it as well (Agora's web client does);
 * - `headers`: `x-agora-token: <token>` with `x-agora-uid: <uid>` (the seed's mode).
 */
export type AgoraCredentials =
  | { readonly mode: 'authorization'; readonly token: string; readonly uid?: string }
  | { readonly mode: 'headers'; readonly token: string; readonly uid: string };

/**
 * Decides whether a request's token is one the App would accept at the mock clock's `nowMs`. The
 * mock's default accepts the configured fixed token; started with an App Certificate it verifies
 * Agora's signed tokens (`src/agora-classroom/node/verifyAgoraToken.ts`, Node only, injected through
 * the mock's configuration so that this folder stays runtime-neutral).
 *
 * @example
 *   const verify: AgoraTokenVerifier = (credentials) => credentials.token === 'agora-dev-token';
 */
export type AgoraTokenVerifier = (credentials: AgoraCredentials, nowMs: number) => boolean;

/** `agora token=<token>`: the scheme and the parameter name are case-insensitive, as in HTTP authentication (RFC 9110 §11). */
const AGORA_AUTHORIZATION = /^agora[ \t]+token=(\S+)[ \t]*$/i;

/**
 * The request's credentials, or `undefined` when it carries none Agora accepts: an `Authorization`
 * header in the `agora` scheme decides when both modes are sent (AG-12); otherwise `x-agora-token`
 * and a non-blank `x-agora-uid` are needed together.
 *
 * @example
 *   readAgoraCredentials({ authorization: 'agora token=007eJx…' }); // { mode: 'authorization', token: '007eJx…' }
 *   readAgoraCredentials({ 'x-agora-token': 't', 'x-agora-uid': 'u1' }); // { mode: 'headers', token: 't', uid: 'u1' }
 */
export function readAgoraCredentials(headers: Readonly<Record<string, string | undefined>>): AgoraCredentials | undefined {
  const names = AGORA_FACTS.headers;
  const uid = headers[names.uid];
  const usableUid = uid !== undefined && uid.trim() !== '' ? uid : undefined;
  const authorization = headers[names.authorization];
  if (authorization !== undefined && /^agora(?:[ \t]|$)/i.test(authorization)) {
    const token = AGORA_AUTHORIZATION.exec(authorization)?.[1];
    if (token === undefined) return undefined;
    return usableUid === undefined ? { mode: 'authorization', token } : { mode: 'authorization', token, uid: usableUid };
  }
  const token = headers[names.token];
  if (token === undefined || token === '' || usableUid === undefined) return undefined;
  return { mode: 'headers', token, uid: usableUid };
}
