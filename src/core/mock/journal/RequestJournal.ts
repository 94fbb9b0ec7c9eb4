import { ByteRing, type RingSlot } from './ByteRing.ts';
import type { JournalRecord, MessageSlots } from './JournalRecord.ts';
import { unpackMessages, type JournalMessage, type PackedAnswer } from './packMessages.ts';

/** The journal keeps the last this many requests. */
export const JOURNAL_CAPACITY = 1000;

/** Bytes kept for the requests' and answers' headers and bodies (the newest first; older ones are dropped). */
export const JOURNAL_MESSAGE_BYTES = 1024 * 1024;

/** Which records a reader wants. */
export interface JournalFilter {
  /** Only requests whose path contains this text. */
  readonly path?: string | undefined;
  /** Only this status (`422`) or class of statuses (`4xx`). */
  readonly status?: string | undefined;
  /** Only records with a greater id (what a poller has not seen yet). */
  readonly after?: number | undefined;
  /** At most this many (the newest of those that match). */
  readonly limit?: number | undefined;
}

/** Called with each new record, and with `'cleared'` after a clear. */
export type JournalListener = (event: JournalRecord | 'cleared') => void;

/**
 * The request journal of one mock: the last `capacity` API requests in a ring (older ones are
 * dropped, so memory stays bounded whatever the traffic), readable with filters, clearable, and
 * observable (a live view subscribes). Runtime-neutral; the engine records each API request's
 * answer here (`createMockHandler`), the control API reads it (`GET /__mock/requests`).
 *
 * @example
 *   const journal = new RequestJournal();
 *   const answer = packAnswer(answerHeaders, answerBody);
 *   journal.add(packRequest(headers, body, answer), answer, false, (id, text) => ({ id, ...text, ...fields }));
 *   journal.list({ status: '4xx', path: '/devices' });
 */
export class RequestJournal {
  readonly #ring: (JournalRecord | undefined)[];
  /** Index of the next slot to write. */
  #next = 0;
  #size = 0;
  #lastId = 0;
  readonly #listeners = new Set<JournalListener>();
  readonly #messages: ByteRing;
  /** Where each shared answer was last written (see `add`). */
  readonly #answers = new WeakMap<PackedAnswer, RingSlot>();

  constructor(
    readonly capacity: number = JOURNAL_CAPACITY,
    messageBytes: number = JOURNAL_MESSAGE_BYTES,
  ) {
    this.#ring = new Array<JournalRecord | undefined>(capacity);
    this.#messages = new ByteRing(messageBytes);
  }

  /** How many records are kept now. */
  get size(): number {
    return this.#size;
  }

  /** The id of the newest record ever added (0 when none). */
  get lastId(): number {
    return this.#lastId;
  }

  /**
   * Adds a record built with its id and where its two halves were written: the request's
   * (`packRequest`) and the answer's (`packAnswer`). The oldest record is dropped when the journal is
   * full. A `shared` answer (a remembered one, the same object for every request it serves) is
   * written once and its text reused while it is in the newer half of the ring: a page served a
   * thousand times is not copied a thousand times, and the ring keeps the messages of many more
   * requests.
   */
  add(request: string, answer: PackedAnswer, shared: boolean, build: (id: number, text: MessageSlots) => JournalRecord): JournalRecord {
    let slots: readonly [RingSlot, RingSlot] | undefined;
    const kept = shared ? this.#answers.get(answer) : undefined;
    // Reused only while it is in the newer half of the ring: an entry then loses its messages at most
    // half the ring's size sooner than the entries written just before it, not a whole lap sooner.
    if (kept !== undefined && this.#messages.isRecent(kept)) {
      const requestSlot = this.#messages.write(request);
      // Writing the request's half may have wrapped over the kept answer: then both are written below.
      if (this.#messages.holds(kept)) slots = [requestSlot, kept];
    }
    if (slots === undefined) {
      // The two halves as one text, which the ring never overwrites with itself.
      slots = this.#messages.writeSplit(request, answer.head, answer.body);
      if (shared) this.#answers.set(answer, slots[1]);
    }
    const [requestSlot, answerSlot] = slots;
    const record = build(++this.#lastId, { textAt: requestSlot.at, textBytes: requestSlot.bytes, answerAt: answerSlot.at, answerBytes: answerSlot.bytes });
    this.#ring[this.#next] = record;
    this.#next = (this.#next + 1) % this.capacity;
    if (this.#size < this.capacity) this.#size++;
    if (this.#listeners.size > 0) for (const listener of this.#listeners) listener(record);
    return record;
  }

  /** A record's request and answer (headers and bodies), or `undefined` once newer messages have overwritten them. */
  messages(record: JournalRecord): { readonly request: JournalMessage; readonly response: JournalMessage } | undefined {
    const request = this.#messages.read({ at: record.textAt, bytes: record.textBytes });
    const answer = this.#messages.read({ at: record.answerAt, bytes: record.answerBytes });
    return request === undefined || answer === undefined ? undefined : unpackMessages(request + answer);
  }

  /** The record of this id, while it is kept. */
  get(id: number): JournalRecord | undefined {
    for (const record of this.#newestFirst()) if (record.id === id) return record;
    return undefined;
  }

  /** The records that match, oldest first (with `limit`: the newest `limit` of them). */
  list(filter: JournalFilter = {}): JournalRecord[] {
    const limit = filter.limit ?? this.capacity;
    const matches = statusMatcher(filter.status);
    const out: JournalRecord[] = [];
    for (const record of this.#newestFirst()) {
      if (out.length >= limit) break;
      if (filter.after !== undefined && record.id <= filter.after) break;
      if (filter.path !== undefined && !record.path.includes(filter.path)) continue;
      if (!matches(record.status)) continue;
      out.push(record);
    }
    return out.reverse();
  }

  /** Forgets every record (ids go on from where they were). */
  clear(): void {
    this.#ring.fill(undefined);
    this.#messages.clear();
    this.#next = 0;
    this.#size = 0;
    for (const listener of this.#listeners) listener('cleared');
  }

  /** Calls `listener` for every new record and clear; returns the function that stops it. */
  subscribe(listener: JournalListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  *#newestFirst(): Generator<JournalRecord> {
    for (let i = 1; i <= this.#size; i++) yield this.#ring[(this.#next - i + this.capacity) % this.capacity]!;
  }
}

/** `422` matches 422 only, `4xx` every 4xx; absent matches all. */
function statusMatcher(status: string | undefined): (code: number) => boolean {
  if (status === undefined) return () => true;
  if (/^[1-5]xx$/i.test(status)) {
    const hundred = Number(status[0]);
    return (code) => Math.floor(code / 100) === hundred;
  }
  const exact = Number(status);
  return (code) => code === exact;
}
