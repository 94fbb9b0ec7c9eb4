import type { RequestViolation } from '../../http/operation/RequestViolation.ts';
import type { RequestWarning } from '../../http/operation/RequestWarning.ts';
import type { MockResponse, TransportError } from '../types.ts';
import type { SerializedResponse } from './serializeResponse.ts';

/** The answer to one read as the pipeline gave it, checked and serialised, with what the journal notes of it. */
export interface RememberedAnswer {
  readonly response: MockResponse;
  readonly serialized: SerializedResponse;
  readonly warnings: readonly RequestWarning[] | undefined;
  readonly stoppedBy: TransportError['kind'] | undefined;
  readonly requestViolations: readonly RequestViolation[];
}

interface Entry extends RememberedAnswer {
  /** The store version the answer was computed from. */
  readonly version: number;
  /** With the body's UTF-8 bytes once the answer served a second request (`find`). */
  serialized: RememberedAnswer['serialized'];
}

const UTF8 = new TextEncoder();

/** Reads seen once and not yet kept, at most (beyond, the sightings start over). */
const MAX_SIGHTINGS = 4096;

/** What the remembered answers may weigh together: their bodies' characters and bytes (oldest answers go first). */
export const READ_MEMO_WEIGHT = 2 * 1024 * 1024;

/** An answer's weight: its key, its body as text and, when kept, as UTF-8. */
const weigh = (key: string, answer: RememberedAnswer) => key.length + answer.serialized.payload.length + (answer.serialized.bytes?.length ?? 0);

/**
 * Remembered answers to reads, so that the same read of unchanged state is answered without running
 * the stages again (decode, warnings, validation, domain, response check, serialisation).
 *
 * What makes this exact rather than a cache that may go stale: the pipeline remembers only what is a
 * function of the key and the state, and the state is a value the store can vouch for.
 * - The key is the method and the whole URL (scheme, host, path, query): after authentication, the
 *   stages see nothing else of a request without a body (the domain gets the URL, never headers).
 * - Only a request without a body and without `Prefer` is remembered, and only when the stages did
 *   not read the clock or draw an id (`watchDomainEnv`), did not change the store, and the answer
 *   passed the response check.
 * - An answer is valid for the store version it was computed from: any change of a row (a write, an
 *   undo, a restore) makes it unreachable; whoever puts another state in place (a reset, a scenario
 *   switch, another seed) calls `clear()`, since a fresh store may reach the same version.
 * Authentication, faults and the journal still run for every request.
 *
 * An answer is kept from the second time the same read is computed from the same state: a read that
 * a write follows before it is repeated is never kept (under a load of writes, keeping each answer
 * until the next write made it stale only gave the garbage collector kilobytes to copy and promote).
 * Bounded: the answers kept weigh at most `maxWeight` (their bodies' characters and bytes); the oldest
 * are dropped first.
 *
 * @example
 *   const memo = new ReadMemo();
 *   memo.remember('GET http://h/api/v1/devices', state.store.version, answer); // false: seen once
 *   memo.remember('GET http://h/api/v1/devices', state.store.version, answer); // true: kept
 *   memo.find('GET http://h/api/v1/devices', state.store.version); // answer
 *   memo.clear(); // another state is in place
 */
export class ReadMemo {
  readonly #entries = new Map<string, Entry>();
  #weight = 0;
  /** The store version each read was last computed at (not kept yet). */
  readonly #sightings = new Map<string, number>();

  constructor(readonly maxWeight: number = READ_MEMO_WEIGHT) {}

  /**
   * The answer remembered for `key` at exactly this store version, if any, with its body's UTF-8
   * bytes: encoded at its first reuse, not when remembered (under writes most answers are never reused).
   */
  find(key: string, version: number): RememberedAnswer | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.version === version) {
      if (entry.serialized.bytes === undefined) {
        const bytes = UTF8.encode(entry.serialized.payload);
        entry.serialized = { ...entry.serialized, bytes };
        this.#weight += bytes.length;
        this.#trim();
      }
      return entry;
    }
    this.#drop(key, entry);
    return undefined;
  }

  /**
   * Offers an answer just computed: kept when the same read was computed at this same store version
   * before (see above); says whether it was kept.
   */
  remember(key: string, version: number, answer: RememberedAnswer): boolean {
    if (this.#sightings.size >= MAX_SIGHTINGS) this.#sightings.clear();
    if (this.#sightings.get(key) !== version) {
      this.#sightings.set(key, version);
      return false;
    }
    this.#sightings.delete(key);
    const weight = weigh(key, answer);
    if (weight > this.maxWeight / 4) return false; // a very large answer would push out everything else
    const previous = this.#entries.get(key);
    if (previous) this.#drop(key, previous);
    // Every request that reuses the answer gets these very headers: frozen, so that no adapter adds its own to them.
    Object.freeze(answer.serialized.headers);
    this.#entries.set(key, { ...answer, version });
    this.#weight += weight;
    this.#trim();
    return true;
  }

  /** Drops the oldest answers until the rest weigh at most `maxWeight` (the newest always stays). */
  #trim(): void {
    while (this.#weight > this.maxWeight && this.#entries.size > 1) {
      const [oldestKey, oldest] = this.#entries.entries().next().value as [string, Entry];
      this.#drop(oldestKey, oldest);
    }
  }

  /** Forgets every answer and sighting: another state is in place (its store may reach the same versions). */
  clear(): void {
    this.#entries.clear();
    this.#sightings.clear();
    this.#weight = 0;
  }

  /** How many answers are kept. */
  get size(): number {
    return this.#entries.size;
  }

  #drop(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#weight -= weigh(key, entry);
  }
}
