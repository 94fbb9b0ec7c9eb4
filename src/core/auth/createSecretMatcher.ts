/**
 * A constant-time check of a presented secret (an API token) against the configured one. The loop
 * runs over the configured secret's UTF-16 code units whatever is presented, folding every
 * difference (and a difference in length) into one value without stopping early, so the time taken
 * depends on neither the presented value nor where it differs: an attacker timing guesses learns
 * nothing, the secret's length included. No hashing per request (a pure-JS SHA-256 cost several
 * microseconds on every request) and no `node:crypto`, so the mock runs unchanged in a browser.
 *
 * @example
 *   const matches = createSecretMatcher('ac-dev-token');
 *   matches(req.headers['x-token-ac']); // true or false; undefined is false
 */
export function createSecretMatcher(expected: string): (presented: string | undefined) => boolean {
  const length = expected.length;
  const codes = Uint16Array.from({ length }, (_, i) => expected.charCodeAt(i));
  return (presented) => {
    if (presented === undefined) return false;
    let difference = presented.length ^ length;
    for (let i = 0; i < length; i++) difference |= codes[i]! ^ (presented.charCodeAt(i) | 0);
    return difference === 0;
  };
}
