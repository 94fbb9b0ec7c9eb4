import { describe, expect, it } from 'vitest';
import { compileOperations } from '../../../../src/core/http/compileOperations.ts';
import { validateRequest } from '../../../../src/core/mock/pipeline/validateRequest.ts';
import { thingsDocument } from '../../fixtures/thingsDocument.ts';

const routes = compileOperations(thingsDocument, 'things-validate');
const op = (operationId: string) => routes.operations.find((o) => o.operationId === operationId)!;

describe('stage: validate', () => {
  it('hands on coerced path and query values with defaults applied', () => {
    expect(validateRequest(op('getThing'), { thingId: '3' }, new URL('http://h/v1/things/3'), undefined)).toEqual({ kind: 'valid', path: { thingId: 3 }, query: {} });
    expect(validateRequest(op('listThings'), {}, new URL('http://h/v1/things?tag=a'), undefined)).toEqual({ kind: 'valid', path: {}, query: { tag: 'a', per_page: 10 } });
  });

  it('keeps the first value of a repeated query parameter', () => {
    expect(validateRequest(op('listThings'), {}, new URL('http://h/v1/things?per_page=2&per_page=500'), undefined)).toMatchObject({ kind: 'valid', query: { per_page: 2 } });
  });

  it('stops with InvalidRequest carrying every violation (an extra body property is named in its params, not as the name)', () => {
    const stopped = validateRequest(op('createThing'), {}, new URL('http://h/v1/things?x=1'), { name: 1, extra: true });
    expect(stopped).toMatchObject({ kind: 'stop', error: { kind: 'InvalidRequest' } });
    expect(stopped.kind === 'stop' && stopped.error.kind === 'InvalidRequest' && stopped.error.violations.map((v) => `${v.name}:${v.keyword}`)).toEqual([':additionalProperties', 'name:type']);
  });
});
