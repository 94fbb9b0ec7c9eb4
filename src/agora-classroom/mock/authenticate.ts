import { createSecretMatcher } from '../../core/auth/createSecretMatcher.ts';
import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { TransportError } from '../../core/mock/types.ts';
import { AGORA_FACTS } from '../facts.ts';

/**
 * What decides whether a token may be used, in each of Agora's two authentication modes (AG-12),
 * at the mock clock's `nowMs`. The default (`fixedTokens`) accepts the configured token in both;
 * with an App Certificate the mock plugs in a verifier of Agora's signed tokens instead
 * (`createAgoraTokenVerifier` in `../node/`: Node only, injected through the mock's configuration so
 * that this folder stays runtime-neutral).
 */
export interface TokenCheck {
  /** The two-header mode: the token of `x-agora-token`, issued for the uid of `x-agora-uid` (not blank). */
  rtm(token: string, uid: string, nowMs: number): boolean;
  /** The AccessToken2 mode: the token of `Authorization: agora token=<token>`, and the `x-agora-uid` when one is sent too. */
  authorization(token: string, uid: string | undefined, nowMs: number): boolean;
}

/**
 * The configured fixed token, accepted in either mode (with any non-blank uid: the mock issues no
 * tokens, so it cannot bind one to a uid). Compared in constant time on sha256 digests, so neither
 * content nor length leaks through timing.
 *
 * @example
 *   const tokens = fixedTokens('agora-dev-token');
 *   tokens.authorization('agora-dev-token', undefined, Date.now()); // true
 */
export function fixedTokens(token: string): TokenCheck {
  const matches = createSecretMatcher(token);
  return { rtm: (candidate) => matches(candidate), authorization: (candidate) => matches(candidate) };
}

/** `agora` (any case, as HTTP authentication schemes compare), spaces, then `token=` and the token, no quotes. */
const AGORA_AUTHORIZATION = /^agora +token=(\S+)$/i;

/**
 * The credentials check of both authentication modes (AG-12), run by the shared layer after routing
 * and before validation, at the mock clock's time (`env`):
 *
 * - `Authorization: agora token=<token>` (AccessToken2 mode); when it is sent it decides, whatever
 *   `x-agora-*` headers come with it, and one of another form is refused; a non-blank `x-agora-uid`
 *   sent with it goes to the check (a token built for a user must be theirs);
 * - otherwise `x-agora-token` with a non-blank `x-agora-uid` (the seed's mode);
 * - the App ID in the path must be the one the mock serves (case-insensitive, AG-46), well-formed
 *   or not: an App ID that is not 32 hex characters is one no App has, so it is 401 too (AG-10).
 *
 * @example
 *   const check = createAuthenticator({ appId: 'a1f3…' }, fixedTokens('t'));
 *   check({ authorization: 'agora token=t' }, { appId: 'A1F3…' }, env); // null (let through)
 *   check({ 'x-agora-token': 't', 'x-agora-uid': 'u1' }, { appId: 'not-an-app-id' }, env); // { kind: 'Unauthorized' }
 */
export function createAuthenticator(config: { readonly appId: string }, tokens: TokenCheck) {
  const expectedAppId = config.appId.toLowerCase();
  const { headers: names } = AGORA_FACTS;
  return (headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>, env: Pick<DomainEnv, 'nowMs'>): TransportError | null => {
    const { nowMs } = env;
    const uid = headers[names.uid];
    const usableUid = uid !== undefined && uid.trim() !== '' ? uid : undefined;
    const authorization = headers[names.authorization];
    let accepted: boolean;
    if (authorization !== undefined) {
      const token = AGORA_AUTHORIZATION.exec(authorization.trim())?.[1];
      accepted = token !== undefined && tokens.authorization(token, usableUid, nowMs);
    } else {
      const token = headers[names.token];
      accepted = token !== undefined && usableUid !== undefined && tokens.rtm(token, usableUid, nowMs);
    }
    if (!accepted) return { kind: 'Unauthorized' };
    const appId = rawPath.appId;
    if (appId !== undefined && appId.toLowerCase() !== expectedAppId) return { kind: 'Unauthorized' };
    return null;
  };
}
