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
  return hexOfSignature(signatureBytes(unsignedUrl, appKey));
}

/**
 * The signature of a link's URL as a link row keeps it: the 32 bytes of the HMAC as a string of 32
 * characters (each 0-255), 48 bytes in V8 where the 64 hex characters took 80, with 100,000 links
 * on a device. `temporalAccessUrl` writes it as hex.
 *
 * @example
 *   signTemporalAccess({ linkBaseUrl: 'https://app.anyclassroom.com', appKey: 'k', token: '66b8ae29-...', expires: 1596643000 }).length; // 32
 */
export function signTemporalAccess(input: SignedUrlInput): string {
  return signatureBytes(unsignedUrl(withoutTrailingSlash(input.linkBaseUrl), input.token, input.expires), input.appKey);
}

/**
 * The URL a link hands out, from its parts and the signature as `signTemporalAccess` gives it:
 * `{linkBaseUrl}/temporal-access/{token}?expires={expires}&signature={64 hex}`. Built on every view
 * of a link (a page of 50 builds 50), so it does no more than it must.
 *
 * @example
 *   temporalAccessUrl('https://app.anyclassroom.com', '66b8ae29-...', 1596643000, signature);
 *   // 'https://app.anyclassroom.com/temporal-access/66b8ae29-...?expires=1596643000&signature=fab66b55...'
 */
export function temporalAccessUrl(linkBaseUrl: string, token: string, expires: number, signature: string): string {
  return `${unsignedUrl(withoutTrailingSlash(linkBaseUrl), token, expires)}&signature=${hexOfSignature(signature)}`;
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
  return `${linkBaseUrl}/temporal-access/${token}?expires=${expires}`;
}

/** `linkBaseUrl` without trailing slashes; the configured one has none, so this is one character test. */
function withoutTrailingSlash(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 47) end--;
  return end === url.length ? url : url.slice(0, end);
}

/**
 * The HMAC-SHA256 of `message` keyed with `appKey`, as 32 characters of one byte each. `fromCharCode`
 * with the bytes as arguments builds one flat one-byte string (a string built piece by piece would
 * stay a tree of pieces in V8, several times larger).
 */
function signatureBytes(message: string, appKey: string): string {
  return String.fromCharCode(...hmac(sha256, utf8ToBytes(appKey), utf8ToBytes(message)));
}

/** Lower-case hex digits by value. */
const HEX_DIGIT = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** The 64 character codes of one signature in hex, reused (the domain runs one request at a time). */
const HEX_CODES = new Array<number>(64).fill(0);

/**
 * A 32-byte signature string written as 64 lower-case hex characters, one flat string from one
 * `fromCharCode`: about 0.2 µs a link, a few percent of a page's answer. (Remembering the hex of
 * links read lately cost more than it saved: the remembered strings outlive the young generation.)
 */
function hexOfSignature(signature: string): string {
  for (let i = 0; i < 32; i++) {
    const byte = signature.charCodeAt(i);
    HEX_CODES[2 * i] = HEX_DIGIT[byte >> 4]!;
    HEX_CODES[2 * i + 1] = HEX_DIGIT[byte & 15]!;
  }
  return String.fromCharCode.apply(null, HEX_CODES);
}
