/**
 * One change a transaction made: the row `key` of `table` now holds `value` (`undefined` = deleted).
 * A committed transaction's changes, in the order they were made, are what a state file appends.
 */
export interface StoreChange {
  readonly table: string;
  readonly key: string;
  readonly value: unknown;
}

/** Every row of every table, in insertion order: what a state file's snapshot holds. */
export type StoreSnapshot = Readonly<Record<string, ReadonlyArray<readonly [key: string, value: unknown]>>>;

/** Called after every change of a table's row (put, delete, and their undo on rollback). */
export type RowListener<V> = (key: string, previous: V | undefined, next: V | undefined) => void;

interface LoggedChange {
  readonly table: Table<unknown>;
  readonly key: string;
  readonly previous: unknown;
  readonly next: unknown;
}

/**
 * A mock's state as named tables of immutable rows, changed in place and only inside a transaction
 * (see ARCHITECTURE.md, "State"). Why in place: copying arrays or maps on every write made each write
 * cost O(rows); here a write costs O(1) plus the indexes the domain keeps.
 *
 * - Rows are values: never mutate a row you read; `put` a new one.
 * - Indexes are derived: a domain keeps them with `table.watch(...)`, which also sees rollbacks and
 *   `restore`, so an index can never disagree with its table.
 * - `transaction(fn)` records every change; if `fn` throws, or the caller later calls
 *   `rollback(changes)` (the state file could not be written; a HEAD request), the changes are undone
 *   in reverse order.
 *
 * @example
 *   const store = new Store();
 *   const links = store.table<Link>('links');
 *   const { result, changes } = store.transaction(() => links.put(token, link));
 *   // changes: [{ table: 'links', key: token, value: link }]
 */
export class Store {
  readonly #tables = new Map<string, Table<unknown>>();
  #log: LoggedChange[] | null = null;
  #version = 0;

  /**
   * Grows on every change of a row (a write, an undo, a restore), never repeats: two equal readings
   * mean the tables held the same rows in between (the engine's read memo relies on it).
   */
  get version(): number {
    return this.#version;
  }

  /** The table of this name, created empty on first use. */
  table<V>(name: string): Table<V> {
    let table = this.#tables.get(name);
    if (!table) {
      table = new Table<unknown>(name, this);
      this.#tables.set(name, table);
    }
    return table as Table<V>;
  }

  /** The table of this name if it exists (unlike `table`, never creates one). */
  findTable(name: string): Table<unknown> | undefined {
    return this.#tables.get(name);
  }

  /** The tables' names, in creation order. */
  tableNames(): string[] {
    return [...this.#tables.keys()];
  }

  /** Whether a transaction is open (writes are being recorded). */
  get inTransaction(): boolean {
    return this.#log !== null;
  }

  /**
   * Runs `fn` and returns what it returned with the changes it made. A throw undoes every change and
   * is rethrown. Transactions do not nest.
   */
  transaction<T>(fn: () => T): { readonly result: T; readonly changes: readonly StoreChange[]; readonly undo: () => void } {
    if (this.#log !== null) throw new Error('Store.transaction: transactions do not nest');
    const log: LoggedChange[] = [];
    this.#log = log;
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.#log = null;
      undo(log);
      throw error;
    }
    this.#log = null;
    return {
      result,
      changes: log.map((c) => ({ table: c.table.name, key: c.key, value: c.next })),
      undo: () => undo(log),
    };
  }

  /** Every table's rows, in insertion order (rows are shared, not copied: they are immutable). */
  snapshot(): StoreSnapshot {
    const out: Record<string, Array<readonly [string, unknown]>> = {};
    for (const [name, table] of this.#tables) out[name] = [...table.entries()];
    return out;
  }

  /**
   * Replays rows and changes into the tables (through `put`/`delete`, so every index follows):
   * a snapshot first, then the changes appended after it.
   */
  restore(snapshot: StoreSnapshot, changes: Iterable<StoreChange> = []): void {
    for (const [name, rows] of Object.entries(snapshot)) {
      const table = this.table(name);
      for (const [key, value] of rows) table.put(key, value);
    }
    for (const change of changes) {
      const table = this.table(change.table);
      if (change.value === undefined) table.delete(change.key);
      else table.put(change.key, change.value);
    }
  }

  /** @internal Called by `Table` on every write. */
  record(change: LoggedChange): void {
    this.#version++;
    this.#log?.push(change);
  }

  /** @internal Called by `Table` when a row is set back without recording (the undo of a transaction). */
  reverted(): void {
    this.#version++;
  }
}

/**
 * One table of a `Store`: rows by string key, in insertion order (a `put` on an existing key keeps
 * its place; a deleted row that a rollback restores goes last, so a domain that needs an order among
 * rows it deletes keeps it in an index). Written only through `put` and `delete`.
 */
export class Table<V> {
  readonly #rows = new Map<string, V>();
  readonly #listeners: RowListener<V>[] = [];

  constructor(
    readonly name: string,
    private readonly store: Store,
  ) {}

  get size(): number {
    return this.#rows.size;
  }

  get(key: string): V | undefined {
    return this.#rows.get(key);
  }

  has(key: string): boolean {
    return this.#rows.has(key);
  }

  values(): IterableIterator<V> {
    return this.#rows.values();
  }

  keys(): IterableIterator<string> {
    return this.#rows.keys();
  }

  entries(): IterableIterator<[string, V]> {
    return this.#rows.entries();
  }

  /** Stores `value` under `key` (a new row goes last; an existing one keeps its place). */
  put(key: string, value: V): void {
    if (value === undefined) throw new Error(`Table ${this.name}: a row cannot be undefined (use delete)`);
    const previous = this.#rows.get(key);
    this.#rows.set(key, value);
    this.store.record({ table: this as Table<unknown>, key, previous, next: value });
    this.#notify(key, previous, value);
  }

  /** Removes the row, if there is one. */
  delete(key: string): void {
    if (!this.#rows.has(key)) return;
    const previous = this.#rows.get(key);
    this.#rows.delete(key);
    this.store.record({ table: this as Table<unknown>, key, previous, next: undefined });
    this.#notify(key, previous, undefined);
  }

  /**
   * Calls `listener` after every change of a row from now on, including the undo of a rolled-back
   * transaction and `Store.restore`. Indexes are kept this way.
   */
  watch(listener: RowListener<V>): void {
    this.#listeners.push(listener);
  }

  /** @internal Sets a row back without recording it (undo of a transaction). */
  revert(key: string, previous: V | undefined): void {
    const current = this.#rows.get(key);
    if (previous === undefined) this.#rows.delete(key);
    else this.#rows.set(key, previous);
    this.store.reverted();
    this.#notify(key, current, previous);
  }

  #notify(key: string, previous: V | undefined, next: V | undefined): void {
    for (const listener of this.#listeners) listener(key, previous, next);
  }
}

function undo(log: readonly LoggedChange[]): void {
  for (let i = log.length - 1; i >= 0; i--) {
    const change = log[i]!;
    change.table.revert(change.key, change.previous);
  }
}
