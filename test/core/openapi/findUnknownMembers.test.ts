import { describe, expect, it } from 'vitest';
import { createSchemaValidator } from '../../../src/core/openapi/createSchemaValidator.ts';
import { findUnknownMembers } from '../../../src/core/openapi/findUnknownMembers.ts';
import type { OpenApiDocument } from '../../../src/core/openapi/types.ts';

/** Request schemas in the shapes the two documents use: open bodies, open maps, `anyOf`, `$ref`s. */
const doc: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'bodies', version: '1' },
  paths: {},
  components: {
    schemas: {
      Create: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          props: { $ref: '#/components/schemas/Props' },
          flex: { type: 'object', additionalProperties: true },
          tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
          pair: { type: 'array', prefixItems: [{ $ref: '#/components/schemas/Tag' }], items: { type: 'object', properties: { b: { type: 'integer' } } } },
          dirty: { type: 'object', properties: { state: { anyOf: [{ type: 'integer' }, { type: 'boolean' }] } } },
          labels: { type: 'object', additionalProperties: { type: 'object', properties: { text: { type: 'string' } } } },
          env: { type: 'object', properties: { mode: { type: 'string' } }, patternProperties: { '^x-': { type: 'string' } } },
          closed: { type: 'object', additionalProperties: false, properties: { a: { type: 'integer' } } },
        },
      },
      Props: { type: 'object', properties: { schedule: { type: 'object', properties: { closeDelay: { type: 'integer' } } } } },
      Tag: { type: 'object', properties: { id: { type: 'string' } } },
      Either: {
        oneOf: [
          { type: 'object', required: ['now'], properties: { now: { type: 'integer' } } },
          { type: 'object', required: ['advance'], properties: { advance: { type: 'integer' } } },
        ],
      },
      Both: { allOf: [{ $ref: '#/components/schemas/Tag' }, { type: 'object', properties: { name: { type: 'string' } } }] },
      Map: { type: 'object', additionalProperties: true },
    },
  },
};
const schemas = createSchemaValidator(doc, 'bodies');
const matches = (at: readonly string[], value: unknown) => schemas.at(at)(value);
const unknown = (name: string, value: unknown, limit?: number) => findUnknownMembers(doc, ['components', 'schemas', name], value, matches, limit);

describe('findUnknownMembers: members the schema at their place does not list', () => {
  it.each([
    ['a top-level member', { name: 'a', colour: 'red' }, [['colour']]],
    ['a member deep in a $ref', { name: 'a', props: { schedule: { closedelay: 60, closeDelay: 60 } } }, [['props', 'schedule', 'closedelay']]],
    ['members of array items', { name: 'a', tags: [{ id: 'x' }, { id: 'y', ID: 'z' }] }, [['tags', '1', 'ID']]],
    ['prefixItems, then items', { name: 'a', pair: [{ id: 'x', q: 1 }, { b: 1, c: 2 }] }, [['pair', '0', 'q'], ['pair', '1', 'c']]],
    ['keys in the order sent, depth first', { zeta: 1, name: 'a', props: { extra: 1 }, alpha: 2 }, [['zeta'], ['props', 'extra'], ['alpha']]],
    ['a prototype key like any other', JSON.parse('{"name":"a","__proto__":{"polluted":1}}'), [['__proto__']]],
    ['members of a closed object (which validation refuses anyway)', { name: 'a', closed: { a: 1, b: 2 } }, [['closed', 'b']]],
  ])('names %s', (_what, value, expected) => {
    expect(unknown('Create', value)).toEqual(expected);
  });

  it.each([
    ['inside an open map', 'Create', { name: 'a', flex: { anything: { goes: 1 } } }],
    ['under additionalProperties when its schema lists the member', 'Create', { name: 'a', labels: { free: { text: 'x' } } }],
    ['for a key matching patternProperties', 'Create', { name: 'a', env: { mode: 'x', 'x-trace': 'y' } }],
    ['in the branch of anyOf the value takes', 'Create', { name: 'a', dirty: { state: true } }],
    ['in a schema that lists no properties', 'Map', { whatever: 1 }],
  ])('names nothing %s', (_what, schema, value) => {
    expect(unknown(schema, value)).toEqual([]);
  });

  it('names an unlisted member of an additionalProperties schema that lists properties', () => {
    expect(unknown('Create', { name: 'a', labels: { free: { text: 'x', colour: 'y' } } })).toEqual([['labels', 'free', 'colour']]);
  });

  it('judges a oneOf value by the branch it matches, and allOf by every member together', () => {
    expect(unknown('Either', { now: 1, advance: 'x' })).toEqual([['advance']]);
    expect(unknown('Either', { advance: 2, extra: true })).toEqual([['extra']]);
    expect(unknown('Both', { id: 'x', name: 'y', other: 1 })).toEqual([['other']]);
  });

  it('stops after the limit', () => {
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    expect(unknown('Create', { name: 'a', ...many }, 10)).toHaveLength(10);
  });

  it('ignores values that are not objects or arrays', () => {
    expect(unknown('Create', 'text')).toEqual([]);
    expect(unknown('Create', null)).toEqual([]);
  });
});
