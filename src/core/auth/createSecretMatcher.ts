import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * A constant-time check of a presented secret (an API token) against the configured one. Both sides
 * are SHA-256 digests of equal length, so the comparison neither stops at the first differing byte
 * nor leaks the secret's length; the configured side is hashed once, not per request.
 *
 * @example
 *   const matches = createSecretMatcher('ac-dev-token');
 *   matches(req.headers['x-token-ac']); // true or false; undefined is false
 */
export function createSecretMatcher(expected: string): (presented: string | undefined) => boolean {
  const expectedDigest = digest(expected);
  return (presented) => presented !== undefined && timingSafeEqual(digest(presented), expectedDigest);
}
