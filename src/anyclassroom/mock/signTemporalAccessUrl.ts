import { createHmac, timingSafeEqual } from 'node:crypto';

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
  /** Unix seconds: the link's `until_time` at creation. */
  readonly expires: number;
}

/**
 * Laravel's signature of a URL (`URL::signedRoute`): HMAC-SHA256 keyed with the app key over the full
 * absolute URL, query included, without the `signature` parameter; 64 lower-case hex characters.
 *
 * @example
 *   laravelUrlSignature('https://app.anyclassroom.com/temporal-access/66b8...?expires=1596643000', 'base64:...');
 *   // 'fab66b55...' (64 hex)
 */
export function laravelUrlSignature(unsignedUrl: string, appKey: string): string {
  return createHmac('sha256', appKey).update(unsignedUrl).digest('hex');
}

/**
 * The signed URL a temporal access link hands out:
 * `{linkBaseUrl}/temporal-access/{token}?expires={expires}&signature={hmac}`. It is fixed when the link
 * is created; invalidating the link does not re-sign it.
 *
 * @example
 *   signTemporalAccessUrl({ linkBaseUrl: 'https://app.anyclassroom.com', appKey: 'k', token: '66b8ae29-...', expires: 1596643000 });
 *   // 'https://app.anyclassroom.com/temporal-access/66b8ae29-...?expires=1596643000&signature=<64 hex>'
 */
export function signTemporalAccessUrl(input: SignedUrlInput): string {
  const unsigned = `${input.linkBaseUrl.replace(/\/+$/, '')}/temporal-access/${input.token}?expires=${input.expires}`;
  return `${unsigned}&signature=${laravelUrlSignature(unsigned, input.appKey)}`;
}

/**
 * Checks a signed URL the way Laravel's `hasValidSignature()` does (without the expiry check): the
 * `signature` must be the HMAC of the URL without it. Constant-time comparison.
 *
 * @example
 *   hasValidSignature(signTemporalAccessUrl(input), input.appKey); // true
 */
export function hasValidSignature(url: string, appKey: string): boolean {
  const match = /^(.*)&signature=([0-9a-f]{64})$/.exec(url);
  if (!match) return false;
  const expected = Buffer.from(laravelUrlSignature(match[1]!, appKey), 'hex');
  const given = Buffer.from(match[2]!, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

