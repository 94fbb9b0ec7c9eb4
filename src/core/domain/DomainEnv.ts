/**
 * Everything time- or randomness-related a domain function may use, passed in so that the domain
 * stays deterministic under test: the mock clock's reading and the id source. Domain modules import
 * this, never an HTTP or runtime module.
 *
 * @example
 *   const env: DomainEnv = { nowMs: Date.UTC(2026, 5, 1, 18, 30, 15), uuid: () => '7c1e…', randomHex: (n) => 'a'.repeat(n) };
 */
export interface DomainEnv {
  /** The mock clock, Unix milliseconds. */
  readonly nowMs: number;
  /** A fresh random UUID v4 per call (lower case). */
  readonly uuid: () => string;
  /** A random string of `length` lower-case hex characters (ids such as Agora's `sid`). */
  readonly randomHex: (length: number) => string;
}

/**
 * The environment of one request at the clock's reading `nowMs`, with ids from the Web Crypto API
 * (`globalThis.crypto`, present in Node 20 and in browsers).
 *
 * @example
 *   const env = createDomainEnv(clock.nowMs());
 *   env.uuid(); // '3f0c9a52-…'
 */
export function createDomainEnv(nowMs: number): DomainEnv {
  return { nowMs, uuid: () => crypto.randomUUID(), randomHex };
}

function randomHex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(Math.ceil(length / 2)));
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out.slice(0, length);
}
