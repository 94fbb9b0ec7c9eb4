import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

const digest = (value: string): Uint8Array => sha256(utf8ToBytes(value));

/**
 * A constant-time check of a presented secret (an API token) against the configured one. Both sides
 * are SHA-256 digests of equal length, compared byte by byte without stopping at the first
 * difference, so the comparison leaks neither where they differ nor the secret's length; the
 * configured side is hashed once, not per request. Pure JS (`@noble/hashes`, no `node:crypto`), so
 * the mock runs unchanged in a browser.
 *
 * @example
 *   const matches = createSecretMatcher('ac-dev-token');
 *   matches(req.headers['x-token-ac']); // true or false; undefined is false
 */
export function createSecretMatcher(expected: string): (presented: string | undefined) => boolean {
  const expectedDigest = digest(expected);
  return (presented) => {
    if (presented === undefined) return false;
    const presentedDigest = digest(presented);
    let difference = 0;
    for (let i = 0; i < expectedDigest.length; i++) difference |= expectedDigest[i]! ^ presentedDigest[i]!;
    return difference === 0;
  };
}
