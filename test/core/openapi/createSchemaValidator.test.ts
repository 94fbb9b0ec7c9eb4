import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv, createTwoPassAjv, documentSchemaId } from '../../../src/core/openapi/createAjv.ts';
import { createSchemaValidator } from '../../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../../src/core/openapi/loadDocument.ts';
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
    const coercing = createAjv(thingsDocument, 'things-ajv', { coerce: true, allErrors: true }).compile({ type: 'object', properties: { thing: ref } });
    const strict = createAjv(thingsDocument, 'things-ajv', { coerce: false, allErrors: true }).compile({ type: 'object', properties: { thing: ref } });
    const value = { thing: { id: '7', name: 'seven' } };
    expect(strict(structuredClone(value))).toBe(false);
    expect(coercing(value)).toBe(true);
    expect(value.thing.id).toBe(7);
  });

  it('accepts the OpenAPI annotation keywords inside schemas', () => {
    const doc = { ...thingsDocument, components: { schemas: { Tagged: { type: 'string', example: 'x', xml: { name: 'x' }, discriminator: { propertyName: 'kind' } } } } };
    const check = createAjv(doc, 'things-annotated', { coerce: false, allErrors: true }).compile({ $ref: `${documentSchemaId('things-annotated')}#/components/schemas/Tagged` });
    expect(check('x')).toBe(true);
  });
});

describe('two passes: the first error, then every error of a value that fails', () => {
  const agora = loadDocument('agora-classroom');
  const event = { $ref: `${documentSchemaId('agora-two-pass')}#/components/schemas/Event` };
  const twoPass = createTwoPassAjv(agora, 'agora-two-pass', { coerce: false }).compile(event);
  const everyError = createAjv(agora, 'agora-two-pass', { coerce: false, allErrors: true }).compile(event);
  const classState = { roomUuid: 'r1', cmd: 1, sequence: 3, version: 1, data: { state: 1, startTime: 1700000000000 } };

  it('passes a valid value with no errors, also after a failure', () => {
    expect(everyError(classState)).toBe(true);
    expect(twoPass({ ...classState, sequence: 'three' })).toBe(false);
    expect(twoPass.errors?.length).toBeGreaterThan(0);
    expect(twoPass(classState)).toBe(true);
    expect(twoPass.errors).toBeNull();
  });

  it('gives the verdict and every error of the all-errors validator, on every value (oneOf of ten branches)', () => {
    // Mostly valid parts, so that about half of the events pass (some branch matches) and the rest
    // fail in one part or several.
    const mostly = <T>(valid: T[], invalid: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 6 }, { arbitrary: invalid, weight: 1 });
    const events = fc.record(
      {
        roomUuid: mostly(['r1'], fc.oneof(fc.constant(''), fc.integer())),
        cmd: mostly([1, 1, 9999, 1001], fc.oneof(fc.constantFrom(3, 4, 5, 6, 7, 8), fc.string())),
        sequence: mostly([0, 3], fc.constantFrom(-1, '3', null)),
        version: mostly([1], fc.constant('1')),
        data: mostly([{ state: 1, startTime: 1700000000000 }, { state: 0 }], fc.oneof(fc.constantFrom({}, { state: 'x' }, [], null, 'text'), fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }))),
        extra: fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.constant(true), weight: 1 }),
      }).map(({ extra, ...event }) => (extra === undefined ? event : { ...event, extra }));
    let passed = 0;
    fc.assert(
      fc.property(events, (value) => {
        const expected = everyError(structuredClone(value));
        expect(twoPass(structuredClone(value))).toBe(expected);
        expect(twoPass.errors).toEqual(expected ? null : everyError.errors);
        if (expected) passed++;
      }),
      { numRuns: 400, seed: 13 },
    );
    expect(passed).toBeGreaterThan(100);
    expect(passed).toBeLessThan(300);
  });

  it('coerces text in the first pass and reports, after it, every error of the rest', () => {
    const checks = createTwoPassAjv(thingsDocument, 'things-two-pass', { coerce: true });
    const query = checks.compile({ type: 'object', properties: { a: { type: 'integer' }, b: { type: 'integer', maximum: 5 }, c: { type: 'integer' } } });
    const good = { a: '1', b: '2', c: '3' };
    expect(query(good)).toBe(true);
    expect(good).toEqual({ a: 1, b: 2, c: 3 });
    const bad = { a: '1', b: '9', c: 'x' };
    expect(query(bad)).toBe(false);
    expect(query.errors?.map((e) => e.instancePath)).toEqual(['/b', '/c']);
    expect(bad).toEqual({ a: 1, b: 9, c: 'x' });
  });
});
