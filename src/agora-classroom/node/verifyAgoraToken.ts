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
  // Parsing and checking a signature costs about 0.1 ms (inflate, HMAC chain); what it tells does not
  // depend on the clock, so it is kept per token as "accepted until" and each request compares.
  const cache = new Map<string, number>();
  const acceptedUntil = (presented: Presented): number => {
    const key = `${presented.mode}\u0000${presented.uid ?? ''}\u0000${presented.token}`;
    let until = cache.get(key);
    if (until === undefined) {
      until = presented.token.startsWith('007')
        ? accessToken2Until(presented, appId, appCertificate)
        : presented.mode === 'headers' && presented.token.startsWith('006')
          ? accessTokenUntil(presented.token, presented.uid, appId, appCertificate)
          : -Infinity;
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, until);
    }
    return until;
  };
  return {
    rtm: (token, uid, nowMs) => nowMs / 1000 < acceptedUntil({ mode: 'headers', token, uid }),
    authorization: (token, uid, nowMs) => nowMs / 1000 < acceptedUntil({ mode: 'authorization', token, uid }),
  };
}

/** Tokens whose verdict is kept (the oldest goes first): a mock serves a handful of clients. */
const CACHE_SIZE = 10_000;

/** A token and how it came: in `x-agora-token` for the `x-agora-uid`, or in `Authorization` with the `x-agora-uid` if any. */
type Presented = { readonly mode: 'headers'; readonly token: string; readonly uid: string } | { readonly mode: 'authorization'; readonly token: string; readonly uid: string | undefined };

/**
 * Until when (Unix seconds, exclusive) an AccessToken2 ("007") is accepted as presented, or
 * `-Infinity` when never: the App and the signature first, then the best service that fits the mode,
 * each lasting until the earlier of the token's and its privilege's expiry.
 */
function accessToken2Until(presented: Presented, appId: string, appCertificate: string): number {
  const token = new AccessToken2Class();
  if (!token.from_string(presented.token)) return -Infinity;
  if (String(token.appId).toLowerCase() !== appId || !token.verifySignature(appCertificate)) return -Infinity;
  const until = (privilege: number | undefined) => (privilege === undefined ? -Infinity : token.issueTs + Math.min(token.expire, privilege));
  const fits = (user: string) => presented.uid === undefined || presented.uid === user;
  const candidates: number[] = [];
  for (const service of token.services) {
    const type = service.service_type();
    if (type === RTM_SERVICE && (presented.mode === 'headers' ? String(service.__user_id ?? '') === presented.uid : fits(String(service.__user_id ?? '')))) {
      candidates.push(until(service.__privileges[RTM_LOGIN]));
    }
    if (type === APAAS_SERVICE && presented.mode === 'authorization') {
      candidates.push(until(service.__privileges[APAAS_APP]));
      if (fits(String(service.__user_uuid ?? ''))) candidates.push(until(service.__privileges[APAAS_USER]));
    }
  }
  return Math.max(-Infinity, ...candidates);
}

/**
 * Until when (Unix seconds, exclusive) an AccessToken ("006") RTM token is accepted for `uid`, or
 * `-Infinity` when never. The token is `"006"` + App ID + base64 of {signature, crc32 of the account,
 * crc32 of the uid, message {salt, ts, privileges}}, signed with HMAC-SHA256 over App ID + account +
 * uid (empty for RTM) + message, keyed by the App Certificate (Agora's `agora-access-token`). The
 * account is not in the token, only its checksum, so the signature is checked against the
 * `x-agora-uid` the request names: a token built for another user does not verify. It lasts until
 * the earlier of its `ts` and its RTM login privilege's timestamp.
 */
function accessTokenUntil(token: string, uid: string, appId: string, appCertificate: string): number {
  const tokenAppId = token.slice(3, 35);
  if (tokenAppId.toLowerCase() !== appId) return -Infinity;
  const content = readAccessTokenContent(token.slice(35));
  if (!content) return -Infinity;
  const expected = createHmac('sha256', appCertificate).update(Buffer.concat([Buffer.from(tokenAppId, 'utf8'), Buffer.from(uid, 'utf8'), content.message])).digest();
  if (content.signature.length !== expected.length || !timingSafeEqual(content.signature, expected)) return -Infinity;
  const login = content.privileges.get(RTM_LOGIN_006);
  return login === undefined ? -Infinity : Math.min(content.ts, login);
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
