import { createHmac, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import type { TokenCheck } from '../mock/authenticate.ts';

/**
 * The part of `agora-token`'s AccessToken2 ("007") parser the verifier uses. The package's entry
 * point exports only the builders; its parser and `verifySignature` live in `src/AccessToken2.js`
 * (CommonJS, untyped).
 */
interface ParsedService {
  service_type(): number;
  readonly __privileges: Readonly<Record<string, number>>;
  /** RTM (type 2): the user id the token was built for. */
  readonly __user_id?: { toString(): string } | string;
  /** APaaS/education (type 7): the user of a user token. */
  readonly __user_uuid?: { toString(): string } | string;
}
interface AccessToken2 {
  appId: { toString(): string } | string;
  issueTs: number;
  expire: number;
  services: ParsedService[];
  from_string(token: string): boolean;
  verifySignature(appCertificate: string): boolean;
}
const { AccessToken2: AccessToken2Class } = createRequire(import.meta.url)('agora-token/src/AccessToken2.js') as { AccessToken2: new () => AccessToken2 };

/** Service types and privileges of AccessToken2 (Agora's token library). */
const RTM_SERVICE = 2;
const RTM_LOGIN = '1';
const APAAS_SERVICE = 7;
const APAAS_USER = '2';
const APAAS_APP = '3';
/** AccessToken ("006"): the RTM login privilege. */
const RTM_LOGIN_006 = 1000;

/**
 * The token check of the Agora mock started with an App Certificate (AG-12): it accepts exactly
 * the tokens Agora would for the App, and the mock then no longer accepts its fixed token.
 *
 * - Two-header mode (`x-agora-token` + `x-agora-uid`): an AccessToken2 ("007") with an RTM service
 *   whose login privilege was granted to the user id sent in `x-agora-uid`, or an AccessToken
 *   ("006") RTM token built for that user id.
 * - `Authorization: agora token=...`: an AccessToken2 with an education (APaaS) App privilege, an
 *   education user privilege, or an RTM login privilege (a room-user token carries one). A token
 *   built for a user must be that of the `x-agora-uid` when the request sends one (Agora's 401:
 *   "`x-agora-uid` and token mismatched"); an App token has no user.
 * - Always: signed with the App Certificate for the mock's App ID (App IDs compare
 *   case-insensitively), and neither the token nor the privilege used has expired at the mock
 *   clock's `nowMs` (AccessToken2: `issueTs + expire` and `issueTs + privilege`, seconds;
 *   AccessToken: its `ts` and the privilege's timestamp).
 *
 * Anything else (another App or certificate, a garbage string, an RTC token) is refused. Node only
 * (`node:crypto`, and `agora-token` needs `node:zlib`): injected into the mock through its
 * configuration, so the mock's own folder stays runtime-neutral.
 *
 * @example
 *   const tokens = createAgoraTokenVerifier({ appId, appCertificate });
 *   const api = createAgoraClassroomMock({ token: 'unused', appId, tokens });
 *   tokens.rtm(RtmTokenBuilder.buildToken(appId, appCertificate, 'u1', 600), 'u1', Date.now()); // true
 */
export function createAgoraTokenVerifier(config: { readonly appId: string; readonly appCertificate: string }): TokenCheck {
  if (!/^[0-9a-fA-F]{32}$/.test(config.appCertificate)) throw new Error('createAgoraTokenVerifier: the App Certificate must be 32 hex characters');
  const appId = config.appId.toLowerCase();
  const { appCertificate } = config;
  return {
    rtm(token, uid, nowMs) {
      if (token.startsWith('007')) return verifyAccessToken2({ mode: 'headers', token, uid }, appId, appCertificate, nowMs / 1000);
      return token.startsWith('006') && verifyAccessToken(token, uid, appId, appCertificate, nowMs / 1000);
    },
    authorization(token, uid, nowMs) {
      return token.startsWith('007') && verifyAccessToken2({ mode: 'authorization', token, uid }, appId, appCertificate, nowMs / 1000);
    },
  };
}

/** A token and how it came: in `x-agora-token` for the `x-agora-uid`, or in `Authorization` with the `x-agora-uid` if any. */
type Presented = { readonly mode: 'headers'; readonly token: string; readonly uid: string } | { readonly mode: 'authorization'; readonly token: string; readonly uid: string | undefined };

/** An AccessToken2 ("007"): App, signature, expiry, then a service that fits the mode. */
function verifyAccessToken2(credentials: Presented, appId: string, appCertificate: string, nowS: number): boolean {
  const token = new AccessToken2Class();
  if (!token.from_string(credentials.token)) return false;
  if (String(token.appId).toLowerCase() !== appId || !token.verifySignature(appCertificate)) return false;
  const lasts = (seconds: number | undefined) => seconds !== undefined && nowS < token.issueTs + seconds;
  if (!lasts(token.expire)) return false;
  const rtmUsers = token.services.filter((s) => s.service_type() === RTM_SERVICE && lasts(s.__privileges[RTM_LOGIN])).map((s) => String(s.__user_id ?? ''));
  if (credentials.mode === 'headers') return rtmUsers.includes(credentials.uid);
  const education = token.services.filter((s) => s.service_type() === APAAS_SERVICE);
  if (education.some((s) => lasts(s.__privileges[APAAS_APP]))) return true;
  const users = [...rtmUsers, ...education.filter((s) => lasts(s.__privileges[APAAS_USER])).map((s) => String(s.__user_uuid ?? ''))];
  return credentials.uid === undefined ? users.length > 0 : users.includes(credentials.uid);
}

/**
 * An AccessToken ("006") RTM token: `"006"` + App ID + base64 of {signature, crc32 of the account,
 * crc32 of the uid, message {salt, ts, privileges}}, signed with HMAC-SHA256 over App ID + account +
 * uid (empty for RTM) + message, keyed by the App Certificate (Agora's `agora-access-token`). The
 * account is not in the token, only its checksum, so the signature is checked against the
 * `x-agora-uid` the request names: a token built for another user does not verify.
 */
function verifyAccessToken(token: string, uid: string, appId: string, appCertificate: string, nowS: number): boolean {
  const tokenAppId = token.slice(3, 35);
  if (tokenAppId.toLowerCase() !== appId) return false;
  const content = readAccessTokenContent(token.slice(35));
  if (!content) return false;
  const expected = createHmac('sha256', appCertificate).update(Buffer.concat([Buffer.from(tokenAppId, 'utf8'), Buffer.from(uid, 'utf8'), content.message])).digest();
  if (content.signature.length !== expected.length || !timingSafeEqual(content.signature, expected)) return false;
  const login = content.privileges.get(RTM_LOGIN_006);
  return nowS < content.ts && login !== undefined && nowS < login;
}

/** The parts of a 006 token's content, or `undefined` when it is not one. */
function readAccessTokenContent(base64: string): { signature: Buffer; message: Buffer; ts: number; privileges: Map<number, number> } | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  const bytes = Buffer.from(base64, 'base64');
  let at = 0;
  const need = (n: number, of: Buffer = bytes) => (at + n <= of.length ? true : undefined);
  const bytesOf = (of: Buffer) => {
    if (!need(2, of)) return undefined;
    const length = of.readUInt16LE(at);
    if (!need(2 + length, of)) return undefined;
    const value = of.subarray(at + 2, at + 2 + length);
    at += 2 + length;
    return value;
  };
  const signature = bytesOf(bytes);
  if (!signature || !need(8)) return undefined;
  at += 8; // crc32 of the account and of the uid: the signature covers both
  const message = bytesOf(bytes);
  if (!message || at !== bytes.length) return undefined;
  at = 0;
  if (!need(10, message)) return undefined;
  const ts = message.readUInt32LE(4);
  const count = message.readUInt16LE(8);
  at = 10;
  const privileges = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    if (!need(6, message)) return undefined;
    privileges.set(message.readUInt16LE(at), message.readUInt32LE(at + 2));
    at += 6;
  }
  return at === message.length ? { signature, message, ts, privileges } : undefined;
}
