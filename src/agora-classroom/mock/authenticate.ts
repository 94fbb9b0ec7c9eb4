import { createSecretMatcher } from '../../core/auth/createSecretMatcher.ts';
import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { TransportError } from '../../core/mock/types.ts';
import { readAgoraCredentials, type AgoraTokenVerifier } from './readAgoraCredentials.ts';
import { obeys, type StringRule } from './stringRules.ts';

/** What the credentials check needs: the fixed token, the App ID, and optionally a token verifier. */
export interface AuthenticatorConfig {
  readonly token: string;
  readonly appId: string;
  /** Set when the mock runs with an App Certificate: the fixed token is then no longer accepted (AG-12). */
  readonly verifyToken?: AgoraTokenVerifier | undefined;
}

/**
 * The credentials check of Agora's two modes (AG-12), run by the shared layer after routing and
 * before validation:
 *
 * - the token comes from `Authorization: agora token=<token>`, or from `x-agora-token` with a
 *   non-blank `x-agora-uid` (`readAgoraCredentials`; `Authorization` decides when both are sent);
 * - without a verifier it must equal the configured token (compared in constant time on sha256
 *   digests, so neither content nor length leaks through timing), in either mode, with any uid;
 * - with a verifier (an App Certificate) it must be a token Agora would accept at the mock clock's
 *   time (`env.nowMs`): signed for the mock's App, not expired, built for the uid it is sent with;
 * - a well-formed App ID in the path (by the document's `AppId` rule) must be the configured one
 *   (case-insensitive), else 401.
 *
 * @example
 *   const check = createAuthenticator({ token: 't', appId: 'a1f3…' }, readStringRule(document, 'AppId'));
 *   check({ 'x-agora-token': 't', 'x-agora-uid': 'u1' }, { appId: 'A1F3…' }); // null (let through)
 *   check({ authorization: 'agora token=t' }, { appId: 'a1f3…' });              // null
 */
export function createAuthenticator(config: AuthenticatorConfig, appIdRule: StringRule) {
  const tokenMatches = createSecretMatcher(config.token);
  const expectedAppId = config.appId.toLowerCase();
  const { verifyToken } = config;
  return (headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>, env?: Pick<DomainEnv, 'nowMs'>): TransportError | null => {
    const credentials = readAgoraCredentials(headers);
    if (!credentials) return { kind: 'Unauthorized' };
    const accepted = verifyToken ? verifyToken(credentials, env?.nowMs ?? Date.now()) : tokenMatches(credentials.token);
    if (!accepted) return { kind: 'Unauthorized' };
    const appId = rawPath.appId;
    if (appId !== undefined && obeys(appIdRule, appId) && appId.toLowerCase() !== expectedAppId) return { kind: 'Unauthorized' };
    return null;
  };
}
