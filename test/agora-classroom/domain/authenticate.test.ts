import { describe, expect, it } from 'vitest';
import { createAuthenticator, fixedTokens } from '../../../src/agora-classroom/mock/authenticate.ts';
import { APP_ID, TOKEN } from '../agoraTestKit.ts';

const authenticator = createAuthenticator({ appId: APP_ID }, fixedTokens(TOKEN));
/** The check at the mock clock's reading (fixed tokens do not expire). */
const check = (headers: Record<string, string | undefined>, path: Record<string, string>) => authenticator(headers, path, { nowMs: 0 });
const path = { appId: APP_ID };
const UNAUTHORIZED = { kind: 'Unauthorized' };

describe('the Agora credentials check (AG-12, AG-10)', () => {
  it.each([
    ['Authorization: agora token=<token>', { authorization: `agora token=${TOKEN}` }],
    ['the scheme in any case and several spaces', { authorization: `AGORA   token=${TOKEN}` }],
    ['x-agora-token with an x-agora-uid', { 'x-agora-token': TOKEN, 'x-agora-uid': 'teacher_1' }],
    ['Authorization deciding over a wrong x-agora-token', { authorization: `agora token=${TOKEN}`, 'x-agora-token': 'wrong' }],
  ])('lets through %s', (_label, headers) => {
    expect(check(headers, path)).toBeNull();
  });

  it.each([
    ['a wrong token in Authorization', { authorization: 'agora token=wrong' }],
    ['a quoted token', { authorization: `agora token="${TOKEN}"` }],
    ['another scheme', { authorization: `Bearer ${TOKEN}` }],
    ['Authorization without token=', { authorization: `agora ${TOKEN}` }],
    ['an empty token', { authorization: 'agora token=' }],
    ['a wrong Authorization even with the right x-agora-* pair (it decides)', { authorization: 'agora token=wrong', 'x-agora-token': TOKEN, 'x-agora-uid': 'u' }],
    ['no credentials', {}],
    ['x-agora-token without x-agora-uid', { 'x-agora-token': TOKEN }],
    ['a blank x-agora-uid', { 'x-agora-token': TOKEN, 'x-agora-uid': ' ' }],
    ['a wrong x-agora-token', { 'x-agora-token': `${TOKEN}x`, 'x-agora-uid': 'u' }],
  ])('refuses %s', (_label, headers) => {
    expect(check(headers, path)).toEqual(UNAUTHORIZED);
  });

  it.each([
    ['another well-formed App ID', '0123456789abcdef0123456789abcdef'],
    ['an App ID that is not 32 hex characters (AG-10)', 'not-an-app-id'],
    ['Agora\'s placeholder', '{yourappId}'],
  ])('refuses %s, with good credentials', (_label, appId) => {
    expect(check({ authorization: `agora token=${TOKEN}` }, { appId })).toEqual(UNAUTHORIZED);
  });

  it('accepts the App ID in any case', () => {
    expect(check({ authorization: `agora token=${TOKEN}` }, { appId: APP_ID.toUpperCase() })).toBeNull();
  });
});
