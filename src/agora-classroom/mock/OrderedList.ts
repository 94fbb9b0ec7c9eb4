/**
 * Items kept sorted by a key, for the indexes of the Agora state (a room's events by `sequence`, its
 * recordings by start order, an App's polling queue, rooms by the moment their events expire).
 *
 * Why not a plain array: an index is fed by table listeners, which also see rollbacks, so an item
 * may come back in the middle or at the front (a rolled-back poll restores the queue's head in
 * reverse order). Why not a tree: nearly every change happens at one of the two ends, so a sorted
 * array with a movable head makes the common cases O(1) (append, take from the front, put back at
 * the front) and the rest a binary search plus one `splice` (a memmove, microseconds at 100,000
 * items). Reading a page is `at`/`slice` from a position found by `lowerBound`: O(log n + page).
 *
 * Keys are unique: `put` of an item whose key is already present replaces it in place.
 *
 * @example
 *   const list = new OrderedList<{ sequence: number }>((e) => e.sequence);
 *   list.put({ sequence: 2 }); list.put({ sequence: 1 });
 *   list.slice(list.lowerBound(2), list.size); // [{ sequence: 2 }]
 */
export class OrderedList<T, K = number> implements ReadonlyOrderedList<T, K> {
  /** Items from `#head` on, sorted by key; slots before `#head` are free. */
  #items: (T | undefined)[] = [];
  #head = 0;

  constructor(
    private readonly keyOf: (item: T) => K,
    private readonly compare: (a: K, b: K) => number = (a, b) => (a as number) - (b as number),
  ) {}

  get size(): number {
    return this.#items.length - this.#head;
  }

  /** The item at a position (0 = the first), or `undefined` past the end. */
  at(position: number): T | undefined {
    return position < 0 ? undefined : this.#items[this.#head + position];
  }

  first(): T | undefined {
    return this.at(0);
  }

  last(): T | undefined {
    return this.at(this.size - 1);
  }

  /** Items from position `start` up to (not including) `end`, as a new array. */
  slice(start: number, end: number): T[] {
    return this.#items.slice(this.#head + Math.max(0, start), this.#head + Math.max(0, end)) as T[];
  }

  /** The position of the first item whose key is at least `key` (`size` when there is none). */
  lowerBound(key: K): number {
    let low = this.#head;
    let high = this.#items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.compare(this.keyOf(this.#items[middle] as T), key) < 0) low = middle + 1;
      else high = middle;
    }
    return low - this.#head;
  }

  /** Inserts `item` at its place, or replaces the item with the same key. */
  put(item: T): void {
    const key = this.keyOf(item);
    const size = this.size;
    if (size === 0 || this.compare(this.keyOf(this.#items[this.#items.length - 1] as T), key) < 0) {
      this.#items.push(item);
      return;
    }
    const position = this.lowerBound(key);
    const index = this.#head + position;
    if (position < size && this.compare(this.keyOf(this.#items[index] as T), key) === 0) {
      this.#items[index] = item;
    } else if (position === 0 && this.#head > 0) {
      this.#head -= 1;
      this.#items[this.#head] = item;
    } else {
      this.#items.splice(index, 0, item);
    }
  }

  /** Removes the item with this key, if there is one. */
  remove(key: K): void {
    const position = this.lowerBound(key);
    const index = this.#head + position;
    if (position >= this.size || this.compare(this.keyOf(this.#items[index] as T), key) !== 0) return;
    if (position === 0) {
      this.#items[index] = undefined;
      this.#head += 1;
      this.#compact();
    } else if (index === this.#items.length - 1) {
      this.#items.pop();
    } else {
      this.#items.splice(index, 1);
    }
  }

  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.#head; i < this.#items.length; i++) yield this.#items[i] as T;
  }

  /** Frees the slots taken from the front once they are the larger part (amortised O(1) per removal). */
  #compact(): void {
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
  }
}

/**
 * What the domain may do with an index's list: read it. Only the index's table listener changes it.
 *
 * @example
 *   const events: ReadonlyOrderedList<EventRow> = state.eventIndex.ofRoom(key);
 */
export interface ReadonlyOrderedList<T, K = number> extends Iterable<T> {
  readonly size: number;
  at(position: number): T | undefined;
  first(): T | undefined;
  last(): T | undefined;
  slice(start: number, end: number): T[];
  lowerBound(key: K): number;
}
