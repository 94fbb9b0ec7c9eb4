import { createSecretMatcher } from '../../core/auth/createSecretMatcher.ts';
import type { TransportError } from '../../core/mock/types.ts';
import { AGORA_FACTS } from '../facts.ts';
import { obeys, type StringRule } from './stringRules.ts';

/**
 * The credentials check of the two-header scheme (AG-12), run by the shared layer after routing and
 * before validation:
 *
 * - `x-agora-token` must equal the configured token (compared in constant time on sha256 digests,
 *   so neither content nor length leaks through timing);
 * - `x-agora-uid` must be present and not blank (any uid is accepted: the mock issues no tokens);
 * - a well-formed App ID in the path (by the document's `AppId` rule) must be the configured one
 *   (case-insensitive), else 401.
 *
 * A malformed App ID (not 32 hex) passes this check on purpose: the document answers it with 400
 * (AG-10), which the request validation that runs next produces. Wrong credentials still win: a
 * request with a malformed App ID and a wrong token gets 401.
 *
 * @example
 *   const check = createAuthenticator({ token: 't', appId: 'a1f3…' }, readStringRule(document, 'AppId'));
 *   check({ 'x-agora-token': 't', 'x-agora-uid': 'u1' }, { appId: 'A1F3…' }); // null (let through)
 */
export function createAuthenticator(config: { readonly token: string; readonly appId: string }, appIdRule: StringRule) {
  const tokenMatches = createSecretMatcher(config.token);
  const expectedAppId = config.appId.toLowerCase();
  const { headers: names } = AGORA_FACTS;
  return (headers: Readonly<Record<string, string | undefined>>, rawPath: Readonly<Record<string, string>>): TransportError | null => {
    const uid = headers[names.uid];
    if (!tokenMatches(headers[names.token]) || uid === undefined || uid.trim() === '') return { kind: 'Unauthorized' };
    const appId = rawPath.appId;
    if (appId !== undefined && obeys(appIdRule, appId) && appId.toLowerCase() !== expectedAppId) return { kind: 'Unauthorized' };
    return null;
  };
}
