import { describe, expect, it } from 'vitest';
import { loadScenarios, readScenarioFile, type OperationLookup } from '../../src/contract/arazzo/loadScenarios.ts';
import { defaultScenarioDir, type ContractApi } from '../../src/contract/runContract.ts';
import { compileOperations } from '../../src/core/http/compileOperations.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';

const ids = new Map<string, Set<string>>(
  (['anyclassroom', 'agora-classroom', 'mock-control'] as const).map((api) => [api, new Set(compileOperations(loadDocument(api), api).operations.map((o) => o.operationId))]),
);
const lookup: OperationLookup = (api, operationId) => ids.get(api)?.has(operationId) ?? false;

describe('the shipped scenario files', () => {
  it.each<ContractApi>(['anyclassroom', 'agora-classroom'])('contract/%s loads without a problem and binds every step to a documented operation', (api) => {
    const loaded = loadScenarios(defaultScenarioDir(api), api, lookup);
    expect(loaded.kind === 'invalid' ? loaded.problems : []).toEqual([]);
    if (loaded.kind !== 'ok') return;
    const used = new Set(loaded.workflows.flatMap((w) => w.steps.filter((s) => s.api === api).map((s) => s.operationId)));
    expect([...used].sort()).toEqual([...ids.get(api)!].sort());
  });

  it('marks every step that calls the mock control API as needing the mock clock, or the classroom activity', () => {
    for (const api of ['anyclassroom', 'agora-classroom'] as const) {
      const loaded = loadScenarios(defaultScenarioDir(api), api, lookup);
      if (loaded.kind !== 'ok') throw new Error('invalid');
      const control = loaded.workflows.flatMap((w) => w.steps).filter((s) => s.api === 'mock-control');
      expect(control.length).toBeGreaterThan(0);
      for (const step of control) expect(step.requires).toContain(step.operationId.endsWith('MockClock') ? 'mock-clock' : 'mock-activity');
    }
  });

  it('calls every classroom activity operation of the mock control API from the Agora scenarios', () => {
    const loaded = loadScenarios(defaultScenarioDir('agora-classroom'), 'agora-classroom', lookup);
    if (loaded.kind !== 'ok') throw new Error('invalid');
    const called = new Set(loaded.workflows.flatMap((w) => w.steps).filter((s) => s.api === 'mock-control').map((s) => s.operationId));
    // The operations the mock-control document tags "Classroom activity" (AG-60, AG-61).
    const paths = (loadDocument('mock-control') as { paths: Record<string, Record<string, { operationId?: string; tags?: string[] }>> }).paths;
    const activity = Object.values(paths).flatMap((item) => Object.values(item)).filter((op) => op?.tags?.includes('Classroom activity')).map((op) => op.operationId!);
    expect(activity).toHaveLength(9);
    expect(activity.filter((id) => !called.has(id))).toEqual([]);
  });
});

const header = `arazzo: 1.0.1
info: { title: t, version: '1' }
sourceDescriptions:
  - { name: any, url: ../../generated/anyclassroom.openapi.json, type: openapi }
  - { name: control, url: ../../generated/mock-control.openapi.json, type: openapi }
`;
const workflow = (steps: string, extra = '') => `${header}workflows:
  - workflowId: w
    inputs: { type: object, properties: { token: { type: string } } }
${extra}    steps:
${steps}`;
const step = (body: string) => `      - stepId: s
        operationId: $sourceDescriptions.any.listDevices
        successCriteria: [{ condition: $statusCode == 200 }]
${body}`;

describe('readScenarioFile rejects what the runner would not do as written', () => {
  it.each([
    ['a file that is not Arazzo 1.0', 'openapi: 3.1.0\n', 'not an Arazzo 1.0 document'],
    ['a source of another API', `${header.replace('anyclassroom.openapi', 'agora-classroom.openapi')}workflows: []`, 'agora-classroom belongs to another API than anyclassroom'],
    ['an operation the document does not have', workflow(`      - stepId: s
        operationId: $sourceDescriptions.any.deleteDevice
        successCriteria: [{ condition: $statusCode == 200 }]
`), 'anyclassroom has no operation deleteDevice'],
    ['a bare operationId when the file has two sources', workflow(`      - stepId: s
        operationId: listDevices
        successCriteria: [{ condition: $statusCode == 200 }]
`), 'must be written $sourceDescriptions.<name>.listDevices'],
    ['a step without success criteria', workflow(`      - stepId: s
        operationId: $sourceDescriptions.any.listDevices
`), 'has no successCriteria'],
    ['a jsonpath criterion', workflow(step('').replace('[{ condition: $statusCode == 200 }]', '[{ condition: "$[?@.x]", type: jsonpath, context: $response.body }]')), 'criterion type "jsonpath" is not supported'],
    ['a condition that does not parse', workflow(step('').replace('$statusCode == 200', '$statusCode === 200')), 'invalid condition'],
    ['a goto to a step that does not exist', workflow(step(`        onSuccess: [{ name: loop, type: goto, stepId: nowhere }]
`)), 'goto names no step of this workflow: nowhere'],
    ['a retry action', workflow(step(`        onFailure: [{ name: again, type: retry, retryAfter: 1 }]
`)), 'action type retry is not supported'],
    ['an unknown requirement', workflow(step(`        x-contract-requires: [prod-only]
`)), 'unknown requirement "prod-only"'],
    ['an undeclared input', workflow(step(`        parameters: [{ name: X-Token-AC, in: header, value: $inputs.tokn }]
`)), 'reads $inputs.tokn, which the workflow\'s inputs do not declare'],
    ['an unresolved parameter reference', workflow(step(`        parameters: [{ reference: $components.parameters.nope }]
`)), 'unresolved parameter reference $components.parameters.nope'],
    ['outputs of a clock step read by a step that does not need the clock', workflow(`      - stepId: clock
        operationId: $sourceDescriptions.control.getMockClock
        x-contract-requires: [mock-clock]
        successCriteria: [{ condition: $statusCode == 200 }]
        outputs: { now: $response.body#/now }
      - stepId: s
        operationId: $sourceDescriptions.any.listDevices
        parameters: [{ name: page, in: query, value: $steps.clock.outputs.now }]
        successCriteria: [{ condition: $statusCode == 200 }]
`), 'reads outputs of clock, which requires mock-clock; add it to this step\'s x-contract-requires'],
  ])('%s', (_, text, problem) => {
    const { problems } = readScenarioFile('x.arazzo.yaml', text, 'anyclassroom', lookup);
    expect(problems.join('\n')).toContain(problem);
    for (const p of problems) expect(p).toMatch(/^x\.arazzo\.yaml/);
  });

  it('accepts a minimal valid file', () => {
    expect(readScenarioFile('x.arazzo.yaml', workflow(step('')), 'anyclassroom', lookup).problems).toEqual([]);
  });
});
