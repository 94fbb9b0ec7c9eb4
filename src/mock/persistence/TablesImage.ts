import type { StoreChange, StoreSnapshot } from '../../core/store/Store.ts';

/**
 * The current rows of one API's tables as the journal last wrote them, kept so that compaction can
 * write a snapshot without asking the server. Rows are shared with the store (they are immutable),
 * so the image costs one map entry per row. Insertion order follows `Store`'s: a `put` on an
 * existing key keeps its place, a deleted and re-added row goes last.
 *
 * @example
 *   const image = TablesImage.from(saved.tables);
 *   image.apply([{ table: 'links', key: 't1', value: link }]);
 *   image.toSnapshot(); // { links: [['t1', link], ...] }
 */
export class TablesImage {
  readonly #tables = new Map<string, Map<string, unknown>>();

  /** An image holding a snapshot's rows. */
  static from(snapshot: StoreSnapshot): TablesImage {
    const image = new TablesImage();
    for (const [name, rows] of Object.entries(snapshot)) image.#tables.set(name, new Map(rows));
    return image;
  }

  /** Applies one committed transaction's changes (a change without `value` deletes the row). */
  apply(changes: readonly StoreChange[]): void {
    for (const change of changes) {
      let rows = this.#tables.get(change.table);
      if (!rows) this.#tables.set(change.table, (rows = new Map()));
      if (change.value === undefined) rows.delete(change.key);
      else rows.set(change.key, change.value);
    }
  }

  /** Every table's rows in order, as `Store.restore` takes them. */
  toSnapshot(): StoreSnapshot {
    const out: Record<string, Array<readonly [string, unknown]>> = {};
    for (const [name, rows] of this.#tables) out[name] = [...rows];
    return out;
  }
}
