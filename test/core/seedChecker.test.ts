import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../src/core/openapi/types.ts';
import { SeedError } from '../../src/core/seed/SeedError.ts';
import { createSeedChecker } from '../../src/core/seed/createSeedChecker.ts';
import { isSeedChecked, markSeedChecked } from '../../src/core/seed/checkedSeeds.ts';

/** A tiny document: one component the seed format reuses. */
const doc = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {},
  components: {
    schemas: {
      Device: {
        type: 'object',
        required: ['id', 'status'],
        properties: { id: { type: 'string', pattern: '^[0-9]+$' }, status: { enum: ['enabled', 'disabled'] } },
      },
    },
  },
} as unknown as OpenApiDocument;

const checker = createSeedChecker('fixture', doc, (ref) => ({
  type: 'object',
  required: ['devices'],
  properties: {
    devices: { type: 'array', items: { allOf: [ref('Device'), { properties: { room: { type: ['integer', 'null'] } } }], unevaluatedProperties: false } },
  },
  additionalProperties: false,
}));

describe('createSeedChecker', () => {
  it('names every schema problem with its file, JSON path, expectation and actual value', () => {
    const problems = checker.check({ devices: [{ id: 'x1', status: 'on', room: 'A', extra: true }, { status: 'enabled' }], other: 1 }, 'seed.json');
    expect(problems.list).toEqual(
      expect.arrayContaining([
        { file: 'seed.json', path: '$.devices[0].id', expected: 'a string matching ^[0-9]+$', actual: '"x1"' },
        { file: 'seed.json', path: '$.devices[0].status', expected: 'one of "enabled", "disabled"', actual: '"on"' },
        { file: 'seed.json', path: '$.devices[0].room', expected: 'an integer or null', actual: '"A"' },
        { file: 'seed.json', path: '$.devices[0].extra', expected: 'no such property (not part of the format)', actual: 'true' },
        { file: 'seed.json', path: '$.devices[1].id', expected: 'a value (required)', actual: 'nothing' },
        { file: 'seed.json', path: '$.other', expected: 'no such property (not part of the format)', actual: '1' },
      ]),
    );
  });

  it('takes the domain checks in the same collector and throws them together', () => {
    const problems = checker.check({ devices: [{ id: '1', status: 'enabled', room: 7 }] }, 'seed.json');
    expect(problems.list).toEqual([]);
    problems.add('$.devices[0].room', 'a room id of the data set', 7);
    expect(() => problems.throwIfAny()).toThrowError(SeedError);
    expect(() => problems.throwIfAny()).toThrowError(/seed\.json \$\.devices\[0\]\.room: expected a room id of the data set, got 7/);
  });
});

describe('seeds marked as checked (markSeedChecked)', () => {
  const broken = () => ({ devices: [{ id: 'x1', status: 'on' }] });

  it('skips the schema check for the very object that was marked, and freezes it so that it stays what was checked', () => {
    const seed = markSeedChecked(broken());
    expect(isSeedChecked(seed)).toBe(true);
    expect(checker.check(seed, 'seed.json').list).toEqual([]);
    expect(Object.isFrozen(seed) && Object.isFrozen(seed.devices) && Object.isFrozen(seed.devices[0])).toBe(true);
    expect(() => {
      (seed.devices[0] as { status: string }).status = 'enabled';
    }).toThrowError(TypeError);
  });

  it('still checks fully an equal object that was not marked, and an object built from a marked one', () => {
    const marked = markSeedChecked(broken());
    const copy = broken();
    expect(isSeedChecked(copy)).toBe(false);
    expect(checker.check(copy, 'seed.json').list.map((p) => p.path)).toEqual(['$.devices[0].id', '$.devices[0].status']);
    expect(checker.check({ ...marked }, 'seed.json').list.map((p) => p.path)).toEqual(['$.devices[0].id', '$.devices[0].status']);
    expect(isSeedChecked(undefined) || isSeedChecked(null) || isSeedChecked('seed')).toBe(false);
  });
});
