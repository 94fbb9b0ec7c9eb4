import { describe, expect, it } from 'vitest';
import { evaluateCriterion } from '../../src/contract/arazzo/evaluateCriterion.ts';
import { parseCondition } from '../../src/contract/arazzo/parseCondition.ts';
import { bodyPathOf, evaluateExpression, pointerToJsonPath, resolveValue, type ExpressionContext } from '../../src/contract/arazzo/runtimeExpression.ts';
import type { CriterionSpec } from '../../src/contract/arazzo/types.ts';
import { describeSchemaViolation } from '../../src/contract/describeSchemaViolation.ts';

const ctx: ExpressionContext = {
  inputs: { token: 't0k', runId: 'r1', until: 1893459600 },
  steps: new Map([['create', { token: 'abc', count: 2 }]]),
  request: { url: 'http://h/api/v1/devices/7', method: 'GET', path: { anydeskId: '7' }, query: { per_page: '2' }, headers: { 'x-token-ac': 't0k' }, body: undefined },
  response: {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { data: { state: 1, list: [{ token: 'abc' }, { token: 'def' }], empty: [], 'odd/key': true, nextId: null } },
  },
};

const simple = (condition: string): CriterionSpec => {
  const parsed = parseCondition(condition);
  if (parsed.kind === 'error') throw new Error(parsed.message);
  return { condition, type: 'simple', context: undefined, ast: parsed.ast, pattern: undefined };
};

describe('runtime expressions', () => {
  it.each<[string, unknown]>([
    ['$statusCode', 200],
    ['$method', 'GET'],
    ['$url', 'http://h/api/v1/devices/7'],
    ['$request.path.anydeskId', '7'],
    ['$request.query.per_page', '2'],
    ['$request.header.X-Token-AC', 't0k'],
    ['$response.header.Content-Type', 'application/json'],
    ['$response.body#/data/state', 1],
    ['$response.body#/data/list/1/token', 'def'],
    ['$response.body#/data/odd~1key', true],
    ['$response.body#/data/list.length', 2],
    ['$response.body#/data/empty.length', 0],
    ['$response.body#/data/list/5/token', undefined],
    ['$inputs.until', 1893459600],
    ['$steps.create.outputs.token', 'abc'],
    ['$steps.neverRan.outputs.token', undefined],
  ])('%s reads %j', (expression, value) => {
    expect(evaluateExpression(expression, ctx)).toEqual(value);
  });

  it('resolves payloads: whole expressions keep their type, {$...} templates become text', () => {
    expect(resolveValue({ until_time: '$inputs.until', roomName: 'Contract {$inputs.runId}-{$steps.create.outputs.count}', nested: ['$statusCode'] }, ctx)).toEqual({
      until_time: 1893459600,
      roomName: 'Contract r1-2',
      nested: [200],
    });
  });

  it('names the JSON path a body expression reads, in the validators\' form', () => {
    expect(bodyPathOf('$response.body#/data/list/0/token')).toBe('$.data.list[0].token');
    expect(bodyPathOf('$statusCode')).toBeUndefined();
    expect(pointerToJsonPath('/data/odd~1key')).toBe('$.data["odd/key"]');
  });
});

describe('simple conditions', () => {
  it.each<[string, boolean]>([
    ['$statusCode == 200', true],
    ['$statusCode == 201 || $statusCode == 200', true],
    ['$statusCode == 200 && $response.body#/data/state == 2', false],
    ['!($response.body#/data/state == 2)', true],
    ["$response.body#/data/list/0/token == 'abc'", true],
    ['$response.body#/data/list/0/token == "abc"', true],
    ['$response.body#/data/list/0/token == $steps.create.outputs.token', true],
    ['$response.body#/data/nextId == null', true],
    ['$response.body#/data/missing == null', true],
    ['$response.body#/data/list.length >= 2', true],
    ['$response.body#/data/state < 1', false],
    ["$response.body#/data/state > '0'", false],
    ['$response.body#/data/empty == $response.body#/data/empty', true],
    ['$response.body#/data/state', true],
  ])('%s holds: %s', (condition, holds) => {
    expect(evaluateCriterion(simple(condition), ctx).holds).toBe(holds);
  });

  it('reports the value of each expression it read, for the "actual" of a failure', () => {
    expect(evaluateCriterion(simple('$response.body#/data/state == $steps.create.outputs.count'), ctx).operands).toEqual([
      { expression: '$response.body#/data/state', value: 1 },
      { expression: '$steps.create.outputs.count', value: 2 },
    ]);
  });

  it('matches regex criteria against the context value', () => {
    const criterion: CriterionSpec = { condition: '^de', type: 'regex', context: '$response.body#/data/list/1/token', ast: undefined, pattern: /^de/ };
    expect(evaluateCriterion(criterion, ctx).holds).toBe(true);
  });

  it.each([
    ['$statusCode ==', 'the condition ends too early'],
    ['$statusCode = 200', 'cannot read'],
    ['($statusCode == 200', 'missing )'],
    ['$response.status == 200', 'unsupported runtime expression $response.status'],
    ['200 200', 'unexpected 200'],
  ])('rejects %s (%s)', (condition, message) => {
    const parsed = parseCondition(condition);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain(message);
  });
});

describe('schema violations as expected/actual', () => {
  const body = { data: { state: '1', extra: 5, status: 'on', session_expires_at: 1893456031 } };
  it.each([
    [{ path: '$.data', segments: ['data'], message: "must have required property 'roomUuid'", params: { missingProperty: 'roomUuid' } }, { path: '$.data.roomUuid', expected: 'required property', actual: 'absent' }],
    [{ path: '$.data', segments: ['data'], message: 'must NOT have additional properties', params: { additionalProperty: 'extra' } }, { path: '$.data.extra', expected: 'no such property (the schema is closed)', actual: '5 (number)' }],
    [{ path: '$.data.state', segments: ['data', 'state'], message: 'must be integer', params: { type: 'integer' } }, { path: '$.data.state', expected: 'type integer', actual: '"1" (string)' }],
    [{ path: '$.data.status', segments: ['data', 'status'], message: 'must be equal to one of the allowed values', params: { allowedValues: ['enabled', 'disabled'] } }, { path: '$.data.status', expected: 'one of ["enabled","disabled"]', actual: '"on" (string)' }],
    [{ path: '$.data.session_expires_at', segments: ['data', 'session_expires_at'], message: 'must be multiple of 30', params: { multipleOf: 30 } }, { path: '$.data.session_expires_at', expected: 'a multiple of 30', actual: '1893456031 (number)' }],
  ])('describes %j', (violation, described) => {
    expect(describeSchemaViolation(violation, body)).toEqual(described);
  });
});
