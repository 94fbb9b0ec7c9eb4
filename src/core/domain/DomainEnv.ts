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

/**
 * Random bytes drawn from the Web Crypto API a block at a time: one `getRandomValues` call costs
 * about as much as a few hundred bytes handed out from a block, and the domains draw ids of 4 to 48
 * bytes on most writes. Bytes are handed out once each.
 */
const POOL = new Uint8Array(4096);
let poolAt = POOL.length;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function randomHex(length: number): string {
  const count = Math.ceil(length / 2);
  if (count > POOL.length) throw new RangeError(`randomHex: at most ${POOL.length * 2} characters`);
  if (poolAt + count > POOL.length) {
    crypto.getRandomValues(POOL);
    poolAt = 0;
  }
  let out = '';
  for (let i = poolAt; i < poolAt + count; i++) out += HEX[POOL[i]!];
  poolAt += count;
  return out.length === length ? out : out.slice(0, length);
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
  return new WatchedEnv(env, use);
}

/** A class rather than an object of closures: one small object per request, its methods shared. */
class WatchedEnv implements DomainEnv {
  constructor(
    readonly env: DomainEnv,
    readonly use: EnvUse,
  ) {}

  get nowMs(): number {
    this.use.used = true;
    return this.env.nowMs;
  }

  uuid(): string {
    this.use.used = true;
    return this.env.uuid();
  }

  randomHex(length: number): string {
    this.use.used = true;
    return this.env.randomHex(length);
  }
}
