import { createRequire } from 'node:module';
import { RtmRole, RtmTokenBuilder as RtmTokenBuilder006 } from 'agora-access-token';
import { EducationTokenBuilder, RtcRole, RtcTokenBuilder, RtmTokenBuilder } from 'agora-token';
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../../src/agora-classroom/mock/authenticate.ts';
import { AGORA_DEFAULTS, createAgoraClassroomMock } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import { createAgoraTokenVerifier } from '../../../src/agora-classroom/node/verifyAgoraToken.ts';
import { APP_ID } from '../agoraTestKit.ts';

const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';
const OTHER_CERTIFICATE = 'ffffffffffffffffffffffffffffffff';
const OTHER_APP = '970ca35de60c44645bbae8a215061b33';
const verify = createAgoraTokenVerifier({ appId: APP_ID, appCertificate: CERTIFICATE });

// The token builders stamp tokens with the real time; the mock clock is set around it.
const nowS = () => Math.floor(Date.now() / 1000);
const NOW_MS = () => Date.now();
const HOUR_S = 3600;

describe('createAgoraTokenVerifier: the two-header mode (x-agora-token + x-agora-uid, AG-12)', () => {
  it('accepts an AccessToken2 RTM token built for the x-agora-uid with the App ID and certificate', () => {
    const token = RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(verify.rtm(token, 'teacher_1', NOW_MS())).toBe(true);
  });

  it('accepts a token built with the App ID in upper case (App IDs compare case-insensitively)', () => {
    const token = RtmTokenBuilder.buildToken(APP_ID.toUpperCase(), CERTIFICATE, 'teacher_1', HOUR_S);
    expect(verify.rtm(token, 'teacher_1', NOW_MS())).toBe(true);
  });

  it('accepts an AccessToken ("006") RTM token built for the x-agora-uid (agora-access-token)', () => {
    const token = RtmTokenBuilder006.buildToken(APP_ID, CERTIFICATE, 'teacher_1', RtmRole.Rtm_User, nowS() + HOUR_S);
    expect(token.startsWith('006')).toBe(true);
    expect(verify.rtm(token, 'teacher_1', NOW_MS())).toBe(true);
  });

  it('accepts a room-user education token in this mode: it carries an RTM login for its user', () => {
    const token = EducationTokenBuilder.buildRoomUserToken(APP_ID, CERTIFICATE, 'physics-101', 'student_7', 2, HOUR_S);
    expect(verify.rtm(token, 'student_7', NOW_MS())).toBe(true);
    expect(verify.rtm(token, 'teacher_1', NOW_MS())).toBe(false);
  });

  it.each([
    ['signed with another certificate', () => RtmTokenBuilder.buildToken(APP_ID, OTHER_CERTIFICATE, 'teacher_1', HOUR_S)],
    ['for another App ID', () => RtmTokenBuilder.buildToken(OTHER_APP, CERTIFICATE, 'teacher_1', HOUR_S)],
    ['for another uid', () => RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'student_7', HOUR_S)],
    ['006, signed with another certificate', () => RtmTokenBuilder006.buildToken(APP_ID, OTHER_CERTIFICATE, 'teacher_1', RtmRole.Rtm_User, nowS() + HOUR_S)],
    ['006, for another App ID', () => RtmTokenBuilder006.buildToken(OTHER_APP, CERTIFICATE, 'teacher_1', RtmRole.Rtm_User, nowS() + HOUR_S)],
    ['006, for another uid', () => RtmTokenBuilder006.buildToken(APP_ID, CERTIFICATE, 'student_7', RtmRole.Rtm_User, nowS() + HOUR_S)],
    ['an education App token (no RTM login)', () => EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, HOUR_S)],
    ['an RTC token', () => RtcTokenBuilder.buildTokenWithUserAccount(APP_ID, CERTIFICATE, 'physics-101', 'teacher_1', RtcRole.PUBLISHER, HOUR_S, HOUR_S)],
    ['the mock\'s fixed token', () => 'agora-dev-token'],
    ['garbage after "007"', () => '007eJxTYJASizPaep1LP-not-base64!'],
    ['garbage after "006"', () => `006${APP_ID}AAAA`],
    ['an empty 006 body', () => `006${APP_ID}`],
    ['a truncated 007 token', () => RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S).slice(0, 60)],
  ])('refuses a token %s', (_label, mint) => {
    expect(verify.rtm(mint(), 'teacher_1', NOW_MS())).toBe(false);
  });

  it('refuses a 007 token once it has expired on the mock clock, and accepts it until then', () => {
    const token = RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    const issued = nowS() * 1000;
    expect(verify.rtm(token, 'teacher_1', issued + HOUR_S * 1000 - 2000)).toBe(true);
    expect(verify.rtm(token, 'teacher_1', issued + HOUR_S * 1000 + 1000)).toBe(false);
  });

  it('refuses a 007 token whose RTM login privilege has expired though the token has not', () => {
    // The builders give token and privilege one lifetime; a shorter privilege needs the token class itself.
    const { AccessToken2, ServiceRtm } = require007();
    const token = new AccessToken2(APP_ID, CERTIFICATE, nowS(), 2 * HOUR_S);
    const rtm = new ServiceRtm('teacher_1');
    rtm.add_privilege(ServiceRtm.kPrivilegeLogin, 60);
    token.add_service(rtm);
    const built = token.build();
    expect(verify.rtm(built, 'teacher_1', NOW_MS())).toBe(true);
    expect(verify.rtm(built, 'teacher_1', NOW_MS() + 120_000)).toBe(false);
  });

  it('refuses a 006 token once its RTM login privilege has expired on the mock clock', () => {
    const expiresS = nowS() + HOUR_S;
    const token = RtmTokenBuilder006.buildToken(APP_ID, CERTIFICATE, 'teacher_1', RtmRole.Rtm_User, expiresS);
    expect(verify.rtm(token, 'teacher_1', expiresS * 1000 - 1000)).toBe(true);
    expect(verify.rtm(token, 'teacher_1', expiresS * 1000)).toBe(false);
  });
});

describe('createAgoraTokenVerifier: Authorization: agora token=... (AG-12)', () => {
  it('accepts an education App token, with or without an x-agora-uid', () => {
    const token = EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, HOUR_S);
    expect(verify.authorization(token, undefined, NOW_MS())).toBe(true);
    expect(verify.authorization(token, 'anyone', NOW_MS())).toBe(true);
  });

  it('accepts an education user token, and an AccessToken2 RTM token (the REST snippet\'s reading)', () => {
    expect(verify.authorization(EducationTokenBuilder.buildUserToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S), undefined, NOW_MS())).toBe(true);
    expect(verify.authorization(RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S), undefined, NOW_MS())).toBe(true);
  });

  it('refuses a user token sent with an x-agora-uid naming another user, and accepts it with its own', () => {
    const token = EducationTokenBuilder.buildUserToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(verify.authorization(token, 'student_7', NOW_MS())).toBe(false);
    expect(verify.authorization(token, 'teacher_1', NOW_MS())).toBe(true);
  });

  it.each([
    ['an App token signed with another certificate', () => EducationTokenBuilder.buildAppToken(APP_ID, OTHER_CERTIFICATE, HOUR_S)],
    ['an App token of another App', () => EducationTokenBuilder.buildAppToken(OTHER_APP, CERTIFICATE, HOUR_S)],
    ['a 006 RTM token (AccessToken2 only in this mode)', () => RtmTokenBuilder006.buildToken(APP_ID, CERTIFICATE, 'teacher_1', RtmRole.Rtm_User, nowS() + HOUR_S)],
    ['the fixed token', () => 'agora-dev-token'],
  ])('refuses %s', (_label, mint) => {
    expect(verify.authorization(mint(), undefined, NOW_MS())).toBe(false);
  });

  it('refuses an App token that has expired on the mock clock', () => {
    const token = EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, 600);
    expect(verify.authorization(token, undefined, nowS() * 1000 + 601_000)).toBe(false);
  });

  it('refuses a certificate that is not 32 hex characters when it is created', () => {
    expect(() => createAgoraTokenVerifier({ appId: APP_ID, appCertificate: 'short' })).toThrow('32 hex characters');
  });
});

describe('createAuthenticator: how each mode reaches the token check (AG-12)', () => {
  /** The check's calls, and the answer it gives. */
  function spy(answer = true) {
    const calls: unknown[][] = [];
    const tokens = { rtm: (...args: unknown[]) => (calls.push(['rtm', ...args]), answer), authorization: (...args: unknown[]) => (calls.push(['authorization', ...args]), answer) };
    return { calls, check: createAuthenticator({ appId: APP_ID }, tokens) };
  }

  it.each(['agora token=abc', 'Agora token=abc', 'AGORA   TOKEN=abc  '])('hands the token of "Authorization: %s" to the check, with the mock clock', (header) => {
    const { calls, check } = spy();
    expect(check({ authorization: header }, { appId: APP_ID }, { nowMs: 42 })).toBeNull();
    expect(calls).toEqual([['authorization', 'abc', undefined, 42]]);
  });

  it('lets Authorization decide when both modes are sent, and passes the x-agora-uid along', () => {
    const { calls, check } = spy();
    check({ authorization: 'agora token=abc', 'x-agora-token': 'def', 'x-agora-uid': 'u1' }, { appId: APP_ID }, { nowMs: 42 });
    expect(calls).toEqual([['authorization', 'abc', 'u1', 42]]);
  });

  it('hands x-agora-token and x-agora-uid to the check in the two-header mode', () => {
    const { calls, check } = spy();
    check({ 'x-agora-token': 'def', 'x-agora-uid': 'u1' }, { appId: APP_ID }, { nowMs: 42 });
    expect(calls).toEqual([['rtm', 'def', 'u1', 42]]);
  });

  it.each([
    ['an agora Authorization without token=', { authorization: 'agora abc' }],
    ['an Authorization in another scheme', { authorization: 'Bearer xyz', 'x-agora-token': 'def', 'x-agora-uid': 'u1' }],
    ['x-agora-token without x-agora-uid', { 'x-agora-token': 'def' }],
    ['a blank x-agora-uid', { 'x-agora-token': 'def', 'x-agora-uid': '  ' }],
    ['nothing', {}],
  ])('answers Unauthorized without asking the check for %s', (_label, headers) => {
    const { calls, check } = spy();
    expect(check(headers, { appId: APP_ID }, { nowMs: 42 })).toEqual({ kind: 'Unauthorized' });
    expect(calls).toEqual([]);
  });

  it('answers Unauthorized when the check refuses the token', () => {
    expect(spy(false).check({ authorization: 'agora token=abc' }, { appId: APP_ID }, { nowMs: 42 })).toEqual({ kind: 'Unauthorized' });
  });
});

/** agora-token's AccessToken2 classes (the package's entry point exports only the builders). */
function require007() {
  return createRequire(import.meta.url)('agora-token/src/AccessToken2.js') as {
    AccessToken2: new (appId: string, certificate: string, issueTs: number, expire: number) => { add_service(s: unknown): void; build(): string };
    ServiceRtm: { new (userId: string): { add_privilege(privilege: number, expire: number): void }; kPrivilegeLogin: number };
  };
}
