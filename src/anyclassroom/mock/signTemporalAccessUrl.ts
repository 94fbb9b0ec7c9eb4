import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** The mock's configuration that signs link URLs. */
export interface LinkSigning {
  /** Web origin of the links, `https://app.anyclassroom.com` (a trailing slash is ignored). */
  readonly linkBaseUrl: string;
  /** Laravel's `APP_KEY` string as configured (`base64:...` included: Laravel keys the HMAC with it as is). */
  readonly appKey: string;
}

/** What a temporal access link's signed URL is made of. */
export interface SignedUrlInput extends LinkSigning {
  readonly token: string;
  /** Unix seconds: the link's `until_time` (at creation, and again after an invalidation cuts it). */
  readonly expires: number;
}

/**
 * Laravel's signature of a URL (`URL::signedRoute`): HMAC-SHA256 keyed with the app key over the full
 * absolute URL, query included, without the `signature` parameter; 64 lower-case hex characters.
 * Pure JS (`@noble/hashes`), so the domain runs unchanged in a browser.
 *
 * @example
 *   laravelUrlSignature('https://app.anyclassroom.com/temporal-access/66b8...?expires=1596643000', 'base64:...');
 *   // 'fab66b55...' (64 hex)
 */
export function laravelUrlSignature(unsignedUrl: string, appKey: string): string {
  return toHex(hmac(sha256, utf8ToBytes(appKey), utf8ToBytes(unsignedUrl)));
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Lower-case hex of bytes as one flat string. Link rows keep their signature, and a string built by
 * `+=` (noble's `bytesToHex`) stays in V8 as a tree of 32 pieces: about 870 bytes instead of 80, per
 * link. `join` builds it flat.
 */
function toHex(bytes: Uint8Array): string {
  const pairs = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) pairs[i] = HEX[bytes[i]!]!;
  return pairs.join('');
}

/**
 * The signature of a link's URL (what a link row keeps; `temporalAccessUrl` rebuilds the URL).
 *
 * @example
 *   signTemporalAccess({ linkBaseUrl: 'https://app.anyclassroom.com', appKey: 'k', token: '66b8ae29-...', expires: 1596643000 }); // '<64 hex>'
 */
export function signTemporalAccess(input: SignedUrlInput): string {
  return laravelUrlSignature(unsignedUrl(input.linkBaseUrl, input.token, input.expires), input.appKey);
}

/**
 * The URL a link hands out, from its parts:
 * `{linkBaseUrl}/temporal-access/{token}?expires={expires}&signature={signature}`.
 *
 * @example
 *   temporalAccessUrl('https://app.anyclassroom.com', '66b8ae29-...', 1596643000, 'fab66b55...');
 *   // 'https://app.anyclassroom.com/temporal-access/66b8ae29-...?expires=1596643000&signature=fab66b55...'
 */
export function temporalAccessUrl(linkBaseUrl: string, token: string, expires: number, signature: string): string {
  return `${unsignedUrl(linkBaseUrl, token, expires)}&signature=${signature}`;
}

/**
 * The signed URL a temporal access link hands out, with `expires` = its `until_time`: signed when the
 * link is created, and again when an invalidation cuts its `until_time` (DECISIONS AC-30, AC-44).
 *
 * @example
 *   signTemporalAccessUrl({ linkBaseUrl: 'https://app.anyclassroom.com', appKey: 'k', token: '66b8ae29-...', expires: 1596643000 });
 *   // 'https://app.anyclassroom.com/temporal-access/66b8ae29-...?expires=1596643000&signature=<64 hex>'
 */
export function signTemporalAccessUrl(input: SignedUrlInput): string {
  return temporalAccessUrl(input.linkBaseUrl, input.token, input.expires, signTemporalAccess(input));
}

/**
 * Checks a signed URL the way Laravel's `hasValidSignature()` does (without the expiry check): the
 * `signature` must be the HMAC of the URL without it. The comparison takes the same time wherever the
 * two signatures differ.
 *
 * @example
 *   hasValidSignature(signTemporalAccessUrl(input), input.appKey); // true
 */
export function hasValidSignature(url: string, appKey: string): boolean {
  const match = /^(.*)&signature=([0-9a-f]{64})$/.exec(url);
  if (!match) return false;
  const expected = laravelUrlSignature(match[1]!, appKey);
  const given = match[2]!;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ given.charCodeAt(i);
  return difference === 0;
}

function unsignedUrl(linkBaseUrl: string, token: string, expires: number): string {
  return `${linkBaseUrl.replace(/\/+$/, '')}/temporal-access/${token}?expires=${expires}`;
}
