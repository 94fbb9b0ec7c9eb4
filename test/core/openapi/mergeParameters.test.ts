import { describe, expect, it } from 'vitest';
import { listOperations } from '../../../src/core/openapi/listOperations.ts';
import { mergeParameters } from '../../../src/core/openapi/mergeParameters.ts';
import { thingsDocument } from '../fixtures/thingsDocument.ts';

const operation = (operationId: string) => listOperations(thingsDocument).find((o) => o.operationId === operationId)!;

describe('merging path-level and operation-level parameters', () => {
  it('keeps path-level parameters an operation does not redefine, with their location', () => {
    expect(mergeParameters(thingsDocument, operation('getThing'))).toEqual([
      { parameter: expect.objectContaining({ name: 'thingId', in: 'path', schema: { type: 'integer', minimum: 1 } }), at: ['paths', '/things/{thingId}', 'parameters', '0'] },
    ]);
  });

  it('lets an operation-level parameter with the same name and location win', () => {
    const [thingId] = mergeParameters(thingsDocument, operation('deleteThing'));
    expect(thingId?.parameter.schema).toEqual({ type: 'string', pattern: '^[a-z0-9-]+$' });
    expect(thingId?.at).toEqual(['paths', '/things/{thingId}', 'delete', 'parameters', '0']);
  });

  it('follows $ref parameters and locates them at their component', () => {
    const merged = mergeParameters(thingsDocument, operation('listThings'));
    expect(merged.map((m) => [m.parameter.name, m.at])).toEqual([
      ['per_page', ['components', 'parameters', 'PerPage']],
      ['tag', ['paths', '/things', 'get', 'parameters', '1']],
    ]);
  });
});
