import { createSecretMatcher } from '../../core/auth/createSecretMatcher.ts';
import { APP_ID, obeys } from './stringRules.ts';
import type { TransportError } from '../../core/mock/types.ts';

/**
 * The credentials check of the two-header scheme (AG-12), run by the shared layer after routing and
 * before validation:
 *
 * - `x-agora-token` must equal the configured token (compared in constant time on sha256 digests,
 *   so neither content nor length leaks through timing);
 * - `x-agora-uid` must be present and not blank (any uid is accepted: the mock issues no tokens);
 * - a well-formed App ID in the path must be the configured one (case-insensitive), else 401.
 *
 * A malformed App ID (not 32 hex) passes this check on purpose: the document answers it with 400
 * (AG-10), which the request validation that runs next produces. Wrong credentials still win: a
 * request with a malformed App ID and a wrong token gets 401.
 *
 * @example
 *   const check = createAuthenticator({ token: 't', appId: 'a1f3…' });
 *   check({ 'x-agora-token': 't', 'x-agora-uid': 'u1' }, { appId: 'A1F3…' }); // null (let through)
 */
export function createAuthenticator(config: { readonly token: string; readonly appId: string }) {
  const tokenMatches = createSecretMatcher(config.token);
  const expectedAppId = config.appId.toLowerCase();
  return (headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>): TransportError | null => {
    const token = headers['x-agora-token'];
    const uid = headers['x-agora-uid'];
    if (!tokenMatches(token) || uid === undefined || uid.trim() === '') return { kind: 'Unauthorized' };
    const appId = rawPath.appId;
    if (appId !== undefined && obeys(APP_ID, appId) && appId.toLowerCase() !== expectedAppId) return { kind: 'Unauthorized' };
    return null;
  };
}
