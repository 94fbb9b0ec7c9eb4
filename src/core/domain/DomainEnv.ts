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

/** What a watched environment saw used. */
export interface EnvUse {
  /** Whether anything read the clock or drew an id. */
  used: boolean;
}

/**
 * `env` that notes in `use` whether the clock was read or an id drawn: an answer computed without
 * either depends on the request and the state alone (the engine's read memo remembers only those).
 *
 * @example
 *   const use = { used: false };
 *   api.handle(state, request, watchDomainEnv(env, use));
 *   use.used; // false: the answer did not depend on the time
 */
export function watchDomainEnv(env: DomainEnv, use: EnvUse): DomainEnv {
  return {
    get nowMs() {
      use.used = true;
      return env.nowMs;
    },
    uuid: () => {
      use.used = true;
      return env.uuid();
    },
    randomHex: (length) => {
      use.used = true;
      return env.randomHex(length);
    },
  };
}
