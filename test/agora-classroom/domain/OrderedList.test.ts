import { describe, expect, it } from 'vitest';
import { OrderedList } from '../../../src/agora-classroom/mock/OrderedList.ts';

const keys = (list: OrderedList<{ k: number }>) => [...list].map((item) => item.k);
const listOf = (...ks: number[]) => {
  const list = new OrderedList<{ k: number }>((item) => item.k);
  for (const k of ks) list.put({ k });
  return list;
};

describe('OrderedList', () => {
  it('keeps items sorted whatever the order they arrive in', () => {
    expect(keys(listOf(5, 1, 9, 3, 7))).toEqual([1, 3, 5, 7, 9]);
  });

  it('replaces an item with the same key in place', () => {
    const list = listOf(1, 2, 3);
    list.put({ k: 2, extra: true } as { k: number });
    expect([...list]).toEqual([{ k: 1 }, { k: 2, extra: true }, { k: 3 }]);
  });

  it('takes items from the front and puts them back in reverse (a poll and its undo)', () => {
    const list = listOf(...Array.from({ length: 3000 }, (_, i) => i));
    for (let k = 0; k < 2500; k++) list.remove(k);
    expect([list.size, list.first()?.k]).toEqual([500, 2500]);
    for (let k = 2499; k >= 0; k--) list.put({ k });
    expect(keys(list)).toEqual(Array.from({ length: 3000 }, (_, i) => i));
  });

  it('removes from the middle and the end, and ignores a key it does not hold', () => {
    const list = listOf(1, 2, 3, 4, 5);
    list.remove(3);
    list.remove(5);
    list.remove(42);
    expect(keys(list)).toEqual([1, 2, 4]);
  });

  it('finds the first position at or after a key, and slices a page from there', () => {
    const list = listOf(10, 20, 30, 40);
    expect([list.lowerBound(5), list.lowerBound(20), list.lowerBound(21), list.lowerBound(99)]).toEqual([0, 1, 2, 4]);
    expect(list.slice(1, 3).map((item) => item.k)).toEqual([20, 30]);
    expect([list.at(3)?.k, list.at(4), list.last()?.k]).toEqual([40, undefined, 40]);
  });

  it('orders by a comparator of any key', () => {
    const list = new OrderedList<[number, string], [number, string]>((item) => item, (a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
    for (const item of [[2, 'b'], [1, 'z'], [2, 'a']] as [number, string][]) list.put(item);
    expect([...list]).toEqual([[1, 'z'], [2, 'a'], [2, 'b']]);
  });
});
