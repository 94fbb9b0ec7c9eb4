import { describe, expect, it } from 'vitest';
import { Store } from '../../src/core/store/Store.ts';

interface Link {
  readonly token: string;
  readonly device: string;
}

/** A store of links with a derived index: tokens per device, kept by a watcher. */
function linkStore() {
  const store = new Store();
  const links = store.table<Link>('links');
  const byDevice = new Map<string, string[]>();
  links.watch((key, previous, next) => {
    if (previous) byDevice.set(previous.device, (byDevice.get(previous.device) ?? []).filter((k) => k !== key));
    if (next) byDevice.set(next.device, [...(byDevice.get(next.device) ?? []), key]);
  });
  return { store, links, byDevice };
}

describe('Store', () => {
  it('records every change of a transaction in order, with the value written (undefined for a delete)', () => {
    const { store, links } = linkStore();
    links.put('a', { token: 'a', device: 'd1' });
    const { result, changes } = store.transaction(() => {
      links.put('b', { token: 'b', device: 'd1' });
      links.delete('a');
      return 'done';
    });
    expect(result).toBe('done');
    expect(changes).toEqual([
      { table: 'links', key: 'b', value: { token: 'b', device: 'd1' } },
      { table: 'links', key: 'a', value: undefined },
    ]);
  });

  it('undoes every change, indexes included, when the transaction throws', () => {
    const { store, links, byDevice } = linkStore();
    links.put('a', { token: 'a', device: 'd1' });
    expect(() =>
      store.transaction(() => {
        links.put('b', { token: 'b', device: 'd1' });
        links.put('a', { token: 'a', device: 'd2' });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect([...links.entries()]).toEqual([['a', { token: 'a', device: 'd1' }]]);
    expect(byDevice.get('d1')).toEqual(['a']);
    expect(byDevice.get('d2')).toEqual([]);
    expect(store.inTransaction).toBe(false);
  });

  it('undoes a committed transaction on request (a state file write failed, a HEAD request)', () => {
    const { store, links, byDevice } = linkStore();
    links.put('a', { token: 'a', device: 'd1' });
    const { undo } = store.transaction(() => {
      links.delete('a');
      links.put('c', { token: 'c', device: 'd3' });
    });
    expect(links.has('a')).toBe(false);
    undo();
    expect([...links.keys()]).toEqual(['a']);
    expect(byDevice.get('d1')).toEqual(['a']);
    expect(byDevice.get('d3')).toEqual([]);
  });

  it('keeps a row in its place when it is replaced, and records nothing outside a transaction', () => {
    const { store, links } = linkStore();
    links.put('a', { token: 'a', device: 'd1' });
    links.put('b', { token: 'b', device: 'd1' });
    const { changes } = store.transaction(() => links.put('a', { token: 'a', device: 'd9' }));
    expect([...links.keys()]).toEqual(['a', 'b']);
    expect(changes).toHaveLength(1);
  });

  it('refuses nested transactions and undefined rows', () => {
    const { store, links } = linkStore();
    expect(() => store.transaction(() => store.transaction(() => undefined))).toThrow(/do not nest/);
    expect(() => links.put('x', undefined as unknown as Link)).toThrow(/cannot be undefined/);
  });

  it('restores a snapshot and the changes appended after it, rebuilding the indexes', () => {
    const first = linkStore();
    first.links.put('a', { token: 'a', device: 'd1' });
    first.links.put('b', { token: 'b', device: 'd2' });
    const snapshot = first.store.snapshot();
    const { changes } = first.store.transaction(() => {
      first.links.delete('a');
      first.links.put('c', { token: 'c', device: 'd2' });
    });

    const second = linkStore();
    second.store.restore(snapshot, changes);
    expect([...second.links.entries()]).toEqual([...first.links.entries()]);
    expect(second.byDevice.get('d2')).toEqual(['b', 'c']);
    expect(second.byDevice.get('d1')).toEqual([]);
  });

  it('has a version that grows on every change of a row (write, delete, undo, restore) and on nothing else', () => {
    const store = new Store();
    const links = store.table<Link>('links');
    const v0 = store.version;
    links.get('a');
    expect(store.version).toBe(v0);
    const { undo } = store.transaction(() => links.put('a', { token: 'a', device: 'd1' }));
    const v1 = store.version;
    expect(v1).toBeGreaterThan(v0);
    undo();
    const v2 = store.version;
    expect(v2).toBeGreaterThan(v1);
    store.transaction(() => links.delete('missing'));
    expect(store.version).toBe(v2);
    store.restore({ links: [['b', { token: 'b', device: 'd2' }]] });
    expect(store.version).toBeGreaterThan(v2);
  });
});
