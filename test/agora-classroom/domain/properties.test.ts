import { describe, expect, it } from 'vitest';
import { deleteProperties, setProperties } from '../../../src/agora-classroom/mock/properties.ts';

describe('custom properties: the one in-place rule (AG-56)', () => {
  const before = { key1: { subkey1: 'A', subkey2: 'B' }, key2: 'x' };

  it('replaces the whole value of a key without a dot (PROPS-CN: {"key1": {"subkey5": "E"}})', () => {
    expect(setProperties(before, { key1: { subkey5: 'E' } })).toEqual({ key1: { subkey5: 'E' }, key2: 'x' });
  });

  it('sets only the member a dotted path names and keeps the rest of the key (PROPS-CN: {"key1.subkey5": "E"})', () => {
    expect(setProperties(before, { 'key1.subkey5': 'E' })).toEqual({ key1: { subkey1: 'A', subkey2: 'B', subkey5: 'E' }, key2: 'x' });
  });

  it('creates the objects on the way of a dotted path, and replaces an intermediate that is not an object', () => {
    expect(setProperties({ key2: 'x' }, { 'a.b.c': 1, 'key2.y': 2 })).toEqual({ a: { b: { c: 1 } }, key2: { y: 2 } });
  });

  it('applies keys in the order given', () => {
    expect(setProperties({}, { 'k.a': 1, k: { b: 2 } })).toEqual({ k: { b: 2 } });
    expect(setProperties({}, { k: { b: 2 }, 'k.a': 1 })).toEqual({ k: { b: 2, a: 1 } });
  });

  it('leaves the object it was given as it was and shares nothing with the request', () => {
    const value = { deep: [1] };
    const after = setProperties(before, { key3: value });
    value.deep.push(2);
    expect(before).toEqual({ key1: { subkey1: 'A', subkey2: 'B' }, key2: 'x' });
    expect(after.key3).toEqual({ deep: [1] });
  });

  it('treats __proto__ as a property like any other, never as a prototype', () => {
    const after = setProperties({}, JSON.parse('{"__proto__": {"polluted": 1}, "a.__proto__.b": 2}') as Record<string, unknown>);
    expect(Object.getPrototypeOf(after)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.parse(JSON.stringify(after))).toEqual(JSON.parse('{"__proto__": {"polluted": 1}, "a": {"__proto__": {"b": 2}}}'));
  });

  it('deletes a key with its whole value, or only the member a dotted path names', () => {
    expect(deleteProperties(before, ['key2'])).toEqual({ key1: { subkey1: 'A', subkey2: 'B' } });
    expect(deleteProperties(before, ['key1.subkey1'])).toEqual({ key1: { subkey2: 'B' }, key2: 'x' });
  });

  it('ignores an entry that names nothing and returns the same object when nothing was deleted', () => {
    expect(deleteProperties(before, ['nope', 'key2.inside', 'key1.nope.deeper'])).toBe(before);
  });
});
