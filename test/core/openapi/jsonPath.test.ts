import { describe, expect, it } from 'vitest';
import {
  decodePointerSegment,
  encodePointerSegment,
  formatFragment,
  formatJsonPath,
  formatPointer,
  parseFragment,
  parsePointer,
  readAt,
  writeAt,
} from '../../../src/core/openapi/jsonPath.ts';

describe('JSON pointers (RFC 6901)', () => {
  it.each([
    ['', []],
    ['/', ['']],
    ['/data/0/token', ['data', '0', 'token']],
    ['/a~1b/c~0d/~01', ['a/b', 'c~d', '~1']],
  ])('parses %j into %j and prints it back', (pointer, segments) => {
    expect(parsePointer(pointer)).toEqual(segments);
    expect(formatPointer(segments)).toBe(pointer);
  });

  it('decodes ~1 before ~0, so ~01 is the text ~1 and not a slash', () => {
    expect(decodePointerSegment('~01')).toBe('~1');
    expect(encodePointerSegment('~1')).toBe('~01');
  });
});

describe('URI-fragment pointers ($ref, Arazzo body expressions)', () => {
  it('percent-decodes each segment, then pointer-decodes it, with or without the #', () => {
    expect(parseFragment('#/components/schemas/Odd%20Name')).toEqual(['components', 'schemas', 'Odd Name']);
    expect(parseFragment('/paths/~1things~1%7BthingId%7D')).toEqual(['paths', '/things/{thingId}']);
    expect(parseFragment('#')).toEqual([]);
  });

  it('prints a $ref fragment that parses back to the same segments', () => {
    const segments = ['paths', '/things/{thingId}', 'get', 'odd key~'];
    expect(formatFragment(segments)).toBe('#/paths/~1things~1%7BthingId%7D/get/odd%20key~0');
    expect(parseFragment(formatFragment(segments))).toEqual(segments);
  });

  it('throws on broken percent-encoding', () => {
    expect(() => parseFragment('#/a%zz')).toThrow(URIError);
  });
});

describe('JSON paths as reports print them', () => {
  it.each([
    [[], '$'],
    [['data', '0', 'token'], '$.data[0].token'],
    [['odd key'], '$["odd key"]'],
    [['a/b', '$ok', '_x1'], '$["a/b"].$ok._x1'],
    [['1a'], '$["1a"]'],
  ])('%j prints as %s', (segments, path) => {
    expect(formatJsonPath(segments)).toBe(path);
  });
});

describe('reading and writing at a location', () => {
  const value = { data: [{ token: 'a' }, { token: 'b' }], n: null };

  it('reads the value at segments, undefined past the end or through a non-object', () => {
    expect(readAt(value, ['data', '1', 'token'])).toBe('b');
    expect(readAt(value, [])).toBe(value);
    expect(readAt(value, ['data', '5', 'token'])).toBeUndefined();
    expect(readAt(value, ['n', 'x'])).toBeUndefined();
  });

  it('writes into a copy, creating objects on the way, and leaves the original alone', () => {
    const written = writeAt(value, ['meta', 'page'], 2) as Record<string, unknown>;
    expect(written).toEqual({ ...value, meta: { page: 2 } });
    expect(value).not.toHaveProperty('meta');
    expect(writeAt(undefined, ['a'], 1)).toEqual({ a: 1 });
    expect(writeAt(value, [], 'whole')).toBe('whole');
  });
});
