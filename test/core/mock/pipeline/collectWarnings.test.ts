import { describe, expect, it } from 'vitest';
import { compileOperations } from '../../../../src/core/http/compileOperations.ts';
import { collectWarnings, formatWarningsHeader } from '../../../../src/core/mock/pipeline/collectWarnings.ts';
import { thingsDocument } from '../../fixtures/thingsDocument.ts';

const routes = compileOperations(thingsDocument, 'things-warnings');
const op = (id: string) => routes.operations.find((o) => o.operationId === id)!;
const url = (query: string) => new URL(`http://h/v1/things${query}`);

describe('collectWarnings: what a request sends that the document does not describe (MK-2)', () => {
  it('names undeclared query parameters once each, in the order sent, with exact-case names', () => {
    expect(collectWarnings(op('listThings'), url('?per_page=2&Tag=x&null&Tag=y&tag=z'), undefined)).toEqual([
      { kind: 'unknown-query', name: 'Tag' },
      { kind: 'unknown-query', name: 'null' },
    ]);
  });

  it('names body members no schema lists, as JSON pointers, after the query', () => {
    expect(collectWarnings(op('createThing'), url('?x=1'), { name: 'a', 'odd key': true, 'a/b': 1 })).toEqual([
      { kind: 'unknown-query', name: 'x' },
      { kind: 'unknown-field', pointer: '/a~1b' },
    ]);
  });

  it('leaves out a query member without a name (?=x, ?&), which has nothing to name', () => {
    expect(collectWarnings(op('listThings'), url('?=x&&per_page=2'), undefined)).toEqual([]);
  });

  it('finds nothing in a request without query or body', () => {
    expect(collectWarnings(op('listThings'), url(''), undefined)).toEqual([]);
  });
});

describe('formatWarningsHeader', () => {
  it('joins items with ", " and is absent without warnings', () => {
    expect(formatWarningsHeader([])).toBeUndefined();
    expect(
      formatWarningsHeader([
        { kind: 'unknown-field', pointer: '/roomProperties/schedule/closedelay' },
        { kind: 'unknown-query', name: 'nextID' },
      ]),
    ).toBe('unknown-field /roomProperties/schedule/closedelay, unknown-query nextID');
  });

  it('percent-encodes %, commas, spaces, controls and anything outside ASCII', () => {
    expect(formatWarningsHeader([{ kind: 'unknown-field', pointer: '/a b,c%d\r\né😀\uD800' }])).toBe('unknown-field /a%20b%2Cc%25d%0D%0A%C3%A9%F0%9F%98%80%EF%BF%BD');
  });

  it('keeps the header bounded: 20 items, then a count of the rest; long names cut with ...', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ kind: 'unknown-query' as const, name: `q${i}` }));
    const header = formatWarningsHeader(many)!;
    expect(header.split(', ')).toHaveLength(21);
    expect(header.endsWith(', truncated 5')).toBe(true);
    const long = formatWarningsHeader([{ kind: 'unknown-field', pointer: `/${'é'.repeat(300)}` }])!;
    expect(long.length).toBeLessThanOrEqual('unknown-field '.length + 203);
    expect(long).toMatch(/^unknown-field \/(%C3%A9)+\.\.\.$/);
  });
});
