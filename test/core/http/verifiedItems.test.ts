import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { independentItemLists, rememberVerifiedItems } from '../../../src/core/http/operation/verifiedItems.ts';
import { createSchemaValidator } from '../../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../../src/core/openapi/loadDocument.ts';
import type { OpenApiDocument } from '../../../src/core/openapi/types.ts';

const item = { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'integer', minimum: 1 }, name: { type: 'string' } } };
const doc = {
  openapi: '3.1.0',
  info: { title: 'lists', version: '1' },
  paths: {},
  components: {
    schemas: {
      Item: item,
      Page: { description: 'a page', $ref: '#/components/schemas/PageBody' },
      PageBody: {
        type: 'object',
        additionalProperties: false,
        required: ['data', 'meta'],
        properties: { data: { type: 'array', description: 'items', items: { $ref: '#/components/schemas/Item' } }, meta: { type: 'object', properties: { total: { type: 'integer' } } } },
      },
      Batch: {
        type: 'object',
        required: ['code', 'data'],
        properties: { code: { const: 0 }, data: { type: 'object', required: ['list'], properties: { count: { type: 'integer' }, list: { type: ['array', 'null'], maxItems: 3, minItems: 1, items: { $ref: '#/components/schemas/Item' } } } } },
      },
      Bare: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
      Unique: { type: 'object', properties: { data: { type: 'array', uniqueItems: true, items: { $ref: '#/components/schemas/Item' } } } },
      Contains: { type: 'object', properties: { data: { type: 'array', contains: { $ref: '#/components/schemas/Item' } } } },
      Prefixed: { type: 'object', properties: { data: { type: 'array', prefixItems: [{ type: 'string' }], items: { $ref: '#/components/schemas/Item' } } } },
      Composed: { allOf: [{ $ref: '#/components/schemas/PageBody' }] },
      Patterned: { type: 'object', patternProperties: { '^d': { maxItems: 1 } }, properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
      RefWithSibling: { type: 'object', properties: { data: { $ref: '#/components/schemas/Bare', maxItems: 1 } } },
      Dependent: { type: 'object', dependentSchemas: { data: { required: ['meta'] } }, properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
      Conditional: { type: 'object', if: { required: ['data'] }, then: { properties: { data: { maxItems: 1 } } }, properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
      Negated: { type: 'object', not: { required: ['x'] }, properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
      Alternatives: { type: 'object', anyOf: [{ required: ['data'] }], properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
      Counted: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' }, contains: { type: 'object' }, maxContains: 2 } } },
      Unevaluated: { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Item' }, unevaluatedItems: false } } },
      Loose: {
        type: 'object',
        additionalProperties: false,
        unevaluatedProperties: false,
        propertyNames: { maxLength: 4 },
        minProperties: 1,
        maxProperties: 3,
        properties: { data: { type: 'object', properties: { list: { type: 'array', items: { type: ['object', 'integer'], required: ['id'], properties: { id: { type: 'integer', minimum: 1 }, tags: { type: 'array', items: { type: 'string' } } } } } } }, meta: {} },
      },
    },
  },
} as unknown as OpenApiDocument;

const at = (name: string) => ['components', 'schemas', name];
const lists = (name: string) => independentItemLists(doc, at(name)).map((l) => [l.path.join('.'), l.minItems, l.maxItems]);

describe('lists whose items are checked one by one', () => {
  it('are found through $refs and plain object schemas, with their length bounds', () => {
    expect(lists('Page')).toEqual([['data', 0, Infinity]]);
    expect(lists('Batch')).toEqual([['data.list', 1, 3]]);
    expect(lists('Bare')).toEqual([['', 0, Infinity]]);
  });

  it('are not found where removing an item could change another verdict', () => {
    for (const name of ['Unique', 'Contains', 'Prefixed', 'Composed', 'Patterned', 'RefWithSibling', 'Dependent', 'Conditional', 'Negated', 'Alternatives', 'Counted', 'Unevaluated']) {
      expect(lists(name), name).toEqual([]);
    }
    expect(lists('Loose')).toEqual([['data.list', 0, Infinity]]);
  });

  it('are found in the documents: the paginated lists of both APIs', () => {
    const paths = (api: 'anyclassroom' | 'agora-classroom', schema: string) => independentItemLists(loadDocument(api), at(schema)).map((l) => l.path.join('.'));
    expect(paths('anyclassroom', 'TemporalAccessCollection')).toContain('data');
    expect(paths('anyclassroom', 'DeviceCollection')).toContain('data');
    expect(paths('agora-classroom', 'EventListResponse')).toEqual(['data.list']);
    expect(paths('agora-classroom', 'PollEventsResponse')).toEqual(['data']);
  });
});

describe('a check that remembers the immutable items that passed', () => {
  const schemas = createSchemaValidator(doc, 'verified-items');
  /** The body check as the response check makes it, and every value it was handed. */
  const counted = (name: string) => {
    const seen: unknown[] = [];
    const plain = schemas.at(at(name));
    const check = rememberVerifiedItems(independentItemLists(doc, at(name)), (body) => (seen.push(body), schemas.violations(plain, body)), (found) => found.length === 0);
    return { check, seen, plain: (body: unknown) => schemas.violations(plain, body) };
  };
  const frozen = (id: number) => Object.freeze({ id, name: `item ${id}` });

  it('leaves out a frozen item once a body holding it passed; keeps every other item and member', () => {
    const { check, seen } = counted('Page');
    const [a, b] = [frozen(1), frozen(2)];
    const loose = { id: 3 };
    expect(check({ data: [a, loose], meta: { total: 2 } })).toEqual([]);
    expect(check({ data: [a, b, loose], meta: { total: 3 } })).toEqual([]);
    expect(seen[1]).toEqual({ data: [b, loose], meta: { total: 3 } });
    expect(check({ data: [b, a], meta: { total: 2 } })).toEqual([]);
    expect(seen[2]).toEqual({ data: [], meta: { total: 2 } });
  });

  it('remembers nothing of a body that failed', () => {
    const { check, seen } = counted('Page');
    const a = frozen(1);
    expect(check({ data: [a], meta: { total: 'one' } })).not.toEqual([]);
    check({ data: [a], meta: { total: 1 } });
    expect(seen.at(-1)).toEqual({ data: [a], meta: { total: 1 } });
  });

  it('reports a failure at the positions of the list as sent', () => {
    const { check } = counted('Page');
    const [a, b] = [frozen(1), frozen(2)];
    check({ data: [a, b], meta: {} });
    const found = check({ data: [a, b, Object.freeze({ id: 0 })], meta: {} });
    expect(found).toEqual([expect.objectContaining({ path: '$.data[2].id', message: 'must be >= 1' })]);
  });

  it('checks the length of the list as sent, and a nested list', () => {
    const { check, plain } = counted('Batch');
    const [a, b, c, d] = [frozen(1), frozen(2), frozen(3), frozen(4)];
    expect(check({ code: 0, data: { list: [a, b, c] } })).toEqual([]);
    const tooMany = { code: 0, data: { list: [a, b, c, d] } };
    expect(check(tooMany)).toEqual(plain(tooMany));
    expect(check(tooMany)).toEqual([expect.objectContaining({ path: '$.data.list', message: 'must NOT have more than 3 items' })]);
    expect(check({ code: 0, data: { list: [a, b] } })).toEqual([]);
    expect(check({ code: 0, data: { list: null } })).toEqual([]);
  });

  it('checks a passing answer once, even when the rest of a list would fall below minItems', () => {
    const { check, seen } = counted('Batch');
    const [a, b] = [frozen(1), frozen(2)];
    expect(check({ code: 0, data: { list: [a, b] } })).toEqual([]);
    expect(check({ code: 0, data: { list: [a, b] } })).toEqual([]);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toEqual({ code: 0, data: { list: [a, b] } });
  });

  it('never leaves out an item that could still change: frozen, but not all the way down', () => {
    const { check, plain } = counted('Loose');
    const shallow = Object.freeze({ id: 3, tags: ['ok'] as unknown[] });
    expect(check({ data: { list: [shallow] } })).toEqual([]);
    shallow.tags.push(7);
    expect(check({ data: { list: [shallow] } })).toEqual(plain({ data: { list: [shallow] } }));
    expect(check({ data: { list: [shallow] } })).toEqual([expect.objectContaining({ path: '$.data.list[0].tags[1]' })]);
  });

  it('sees what the plain check sees of a hand-made body: inherited and hidden members', () => {
    const { check, plain } = counted('Page');
    const a = frozen(1);
    expect(check({ data: [a], meta: {} })).toEqual([]);
    const inherited = Object.assign(Object.create({ extra: 1 }) as object, { data: [a], meta: {} });
    expect(check(inherited)).toEqual(plain(inherited));
    const hidden = Object.defineProperty({ data: [a] }, 'meta', { value: { total: 'x' }, enumerable: false });
    expect(plain(hidden)).not.toEqual([]);
    expect(check(hidden)).toEqual(plain(hidden));
    // An optional member held as a non-enumerable property, on the way to a list that is shortened.
    const batch = counted('Batch');
    const [b, c] = [frozen(2), frozen(3)];
    expect(batch.check({ code: 0, data: { list: [b] } })).toEqual([]);
    const data = Object.defineProperty({ list: [b, c] }, 'count', { value: 'x', enumerable: false });
    expect(batch.plain({ code: 0, data })).toEqual([expect.objectContaining({ path: '$.data.count' })]);
    expect(batch.check({ code: 0, data })).toEqual(batch.plain({ code: 0, data }));
  });

  const anItem = fc.oneof(
    fc.constantFrom(...[1, 2, 3, 4, 5].map((id) => frozen(id))),
    fc.constantFrom(Object.freeze({ id: 0 }), Object.freeze({ id: 6, name: 7 }), Object.freeze({ id: 7, tags: Object.freeze(['a']) }), Object.freeze({ id: 8, tags: ['b'] })),
    fc.record({ id: fc.integer({ min: -1, max: 3 }) }),
    fc.constantFrom(1, 0, 'x', null),
  );

  it('gives the verdict and the report of the plain check, and checks a passing answer once (property)', () => {
    for (const name of ['Batch', 'Loose']) {
      const body: fc.Arbitrary<unknown> =
        name === 'Batch'
          ? fc.record({ code: fc.constantFrom(0, 0, 0, 1), data: fc.record({ list: fc.array(anItem, { maxLength: 5 }) }) })
          : fc.record({ data: fc.record({ list: fc.array(anItem, { maxLength: 5 }) }), meta: fc.constantFrom(undefined, 1) }, { requiredKeys: ['data'] });
      fc.assert(
        fc.property(fc.array(body, { minLength: 1, maxLength: 12 }), (bodies) => {
          const { check, plain, seen } = counted(name);
          for (const value of bodies) {
            const before = seen.length;
            const expected = plain(value);
            expect(check(value)).toEqual(expected);
            if (expected.length === 0) expect(seen.length - before).toBe(1);
          }
        }),
        { numRuns: 300 },
      );
    }
  });

  it('leaves out every remembered item of a list without bounds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anItem, { maxLength: 5 }), { minLength: 2, maxLength: 8 }), (lists) => {
        const { check, seen } = counted('Loose');
        const remembered = new Set<unknown>();
        for (const list of lists) {
          const before = seen.length;
          check({ data: { list } });
          // The first value the check was handed (a failing one is checked whole after it).
          const sent = (seen[before] as { data: { list: unknown[] } }).data.list;
          expect(sent.filter((item) => remembered.has(item))).toEqual([]);
          const passed = check({ data: { list } }).length === 0;
          // Deeply frozen: every frozen item here but the one whose tags are a plain array.
          if (passed) for (const item of list) if (typeof item === 'object' && item !== null && Object.isFrozen(item) && (item as { id: number }).id !== 8) remembered.add(item);
        }
      }),
      { numRuns: 200 },
    );
  });
});
