import { describe, expect, it } from 'vitest';
import { createAjv, documentSchemaId } from '../../../src/core/openapi/createAjv.ts';
import { createSchemaValidator } from '../../../src/core/openapi/createSchemaValidator.ts';
import { thingsDocument } from '../fixtures/thingsDocument.ts';

describe('schema validation against a document', () => {
  const schemas = createSchemaValidator(thingsDocument, 'things-schemas');
  const thing = schemas.at(['components', 'schemas', 'Thing']);

  it('reports every violation with its path and its segments', () => {
    expect(schemas.violations(thing, { id: 'x', name: '', 'odd key': 1 })).toEqual([
      expect.objectContaining({ path: '$.id', segments: ['id'], message: 'must be integer' }),
      expect.objectContaining({ path: '$.name', segments: ['name'], message: 'must NOT have fewer than 1 characters' }),
      expect.objectContaining({ path: '$["odd key"]', segments: ['odd key'], message: 'must be boolean' }),
    ]);
  });

  it('names the missing and the extra property in the message', () => {
    const messages = schemas.violations(thing, { id: 1, extra: true }).map((v) => v.message);
    expect(messages).toEqual(["must have required property 'name'", "must NOT have additional properties 'extra'"]);
  });

  it('reuses the compiled validator of a location', () => {
    expect(schemas.at(['components', 'schemas', 'Thing'])).toBe(thing);
  });
});

describe('the one ajv set-up', () => {
  const ref = { $ref: `${documentSchemaId('things-ajv')}#/components/schemas/Thing` };

  it('coerces text to the schema types only when asked to', () => {
    const coercing = createAjv(thingsDocument, 'things-ajv', { coerce: true }).compile({ type: 'object', properties: { thing: ref } });
    const strict = createAjv(thingsDocument, 'things-ajv', { coerce: false }).compile({ type: 'object', properties: { thing: ref } });
    const value = { thing: { id: '7', name: 'seven' } };
    expect(strict(structuredClone(value))).toBe(false);
    expect(coercing(value)).toBe(true);
    expect(value.thing.id).toBe(7);
  });

  it('accepts the OpenAPI annotation keywords inside schemas', () => {
    const doc = { ...thingsDocument, components: { schemas: { Tagged: { type: 'string', example: 'x', xml: { name: 'x' }, discriminator: { propertyName: 'kind' } } } } };
    const check = createAjv(doc, 'things-annotated', { coerce: false }).compile({ $ref: `${documentSchemaId('things-annotated')}#/components/schemas/Tagged` });
    expect(check('x')).toBe(true);
  });
});
