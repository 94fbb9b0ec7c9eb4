import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runContract } from '../../src/contract/runContract.ts';
import type { WorkflowResult } from '../../src/contract/types.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitOptions } from './support/kitTargets.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
});
afterAll(() => mocks.close());

/** Runs one ad-hoc workflow (its steps as YAML) against the AnyClassroom mock. */
async function runSteps(steps: string): Promise<WorkflowResult> {
  const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
  writeFileSync(
    join(dir, 'w.arazzo.yaml'),
    `arazzo: 1.0.1
info: { title: t, version: '1' }
sourceDescriptions:
  - { name: any, url: ../../generated/anyclassroom.openapi.json, type: openapi }
workflows:
  - workflowId: w
    inputs: { type: object, properties: { token: { type: string } } }
    steps:
${steps}
components:
  parameters:
    token: { name: X-Token-AC, in: header, value: $inputs.token }
`,
  );
  const outcome = await runContract({ ...kitOptions(mocks, 'anyclassroom'), scenarioDir: dir });
  if (outcome.kind !== 'ran') throw new Error(outcome.problems.join('\n'));
  return outcome.run.workflows[0]!;
}

const listDevices = (stepId: string, extra = '') => `      - stepId: ${stepId}
        operationId: listDevices
        parameters: [{ reference: $components.parameters.token }, { name: per_page, in: query, value: 1 }]
        successCriteria: [{ condition: $statusCode == 200 }]
${extra}`;

describe('running a workflow', () => {
  it('ends early on an onSuccess end action and lists the steps it did not reach', async () => {
    const result = await runSteps(
      listDevices('first', `        onSuccess: [{ name: stopHere, type: end, criteria: [{ condition: $response.body#/meta/total > 0 }] }]\n`) + listDevices('second'),
    );
    expect(result.outcome).toBe('passed');
    expect(result.steps.map((s) => [s.name, s.outcome, s.skipReason])).toEqual([
      ['first', 'passed', undefined],
      ['second', 'skipped', 'the workflow ended at first (onSuccess: stopHere)'],
    ]);
  });

  it('stops after an unmet success criterion and says which step the rest waited for', async () => {
    const result = await runSteps(listDevices('first').replace('$statusCode == 200', '$statusCode == 204') + listDevices('second'));
    expect(result.outcome).toBe('failed');
    expect(result.steps[0]?.violations).toEqual([expect.objectContaining({ source: 'expectation', operationId: 'listDevices', path: '$statusCode', expected: '$statusCode == 204', actual: '200 (number)' })]);
    expect(result.steps[1]).toMatchObject({ outcome: 'skipped', skipReason: 'not run: first failed' });
  });

  it('fails a step whose path parameter has no value instead of sending a wrong URL', async () => {
    const result = await runSteps(`${listDevices('first', '        outputs: { nothing: $response.body#/no/such/field }\n')}      - stepId: detail
        operationId: getDevice
        parameters: [{ reference: $components.parameters.token }, { name: anydeskId, in: path, value: $steps.first.outputs.nothing }]
        successCriteria: [{ condition: $statusCode == 200 }]
`);
    expect(result.steps[1]?.violations).toEqual([
      expect.objectContaining({ operationId: 'getDevice', path: '$request.path.anydeskId', expected: 'a value for every path parameter', actual: 'absent ("$steps.first.outputs.nothing")' }),
    ]);
  });

  it('follows goto loops, numbering repeated runs, and stops a loop that never ends', async () => {
    const result = await runSteps(listDevices('again', '        onSuccess: [{ name: forever, type: goto, stepId: again }]\n'));
    expect(result.outcome).toBe('failed');
    expect(result.steps.length).toBe(501);
    expect(result.steps[1]?.name).toBe('again (2)');
    expect(result.steps.at(-1)?.violations[0]?.actual).toBe('the workflow ran 500 steps without ending (a goto loop?)');
  });
});
