import type { ContractRun, StepResult, WorkflowResult } from '../types.ts';
import { escapeXml } from './escapeXml.ts';
import { formatViolation } from './formatViolation.ts';

/**
 * Renders a run as JUnit XML (the Ant/Jenkins schema GitLab, GitHub test reporters and Jenkins read):
 * one `<testsuite>` per workflow, one `<testcase>` per step run, a `<failure>` listing every violation
 * of a failed step, `<skipped>` with the reason for a skipped one.
 *
 * @example
 *   writeFileSync('contract.xml', renderJunit(run));
 */
export function renderJunit(run: ContractRun): string {
  const all = run.workflows.flatMap((w) => w.steps);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(`contract ${run.api}`)}" tests="${all.length}" failures="${count(all, 'failed')}" errors="0" skipped="${count(all, 'skipped')}" time="${seconds(run.durationMs)}">`,
    ...run.workflows.flatMap((workflow) => suite(run, workflow)),
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function suite(run: ContractRun, workflow: WorkflowResult): string[] {
  const name = `${run.api}.${workflow.workflowId}`;
  return [
    `  <testsuite name="${attr(name)}" tests="${workflow.steps.length}" failures="${count(workflow.steps, 'failed')}" errors="0" skipped="${count(workflow.steps, 'skipped')}" time="${seconds(workflow.durationMs)}" file="${attr(workflow.file)}">`,
    `    <properties>`,
    `      <property name="baseUrl" value="${attr(run.baseUrl)}"/>`,
    `      <property name="target" value="${attr(run.target)}"/>`,
    ...(workflow.summary ? [`      <property name="summary" value="${attr(workflow.summary)}"/>`] : []),
    `    </properties>`,
    ...workflow.steps.flatMap((step) => testcase(name, workflow.file, step)),
    '  </testsuite>',
  ];
}

function testcase(classname: string, file: string, step: StepResult): string[] {
  const name = `${step.name}: ${step.operationId}${step.description ? ` - ${step.description}` : ''}`;
  const open = `    <testcase classname="${attr(classname)}" name="${attr(name)}" time="${seconds(step.durationMs)}" file="${attr(file)}"`;
  if (step.outcome === 'passed') return [`${open}/>`];
  if (step.outcome === 'skipped') return [`${open}>`, `      <skipped message="${attr(step.skipReason ?? 'skipped')}"/>`, '    </testcase>'];
  const details = step.violations.map(formatViolation);
  const message = `${step.violations.length} violation(s): ${details[0] ?? ''}`;
  const type = step.violations[0]?.source ?? 'expectation';
  return [`${open}>`, `      <failure message="${attr(message)}" type="${attr(type)}">${escapeXml(details.join('\n'))}</failure>`, '    </testcase>'];
}

const attr = (text: string) => escapeXml(text.replace(/[\r\n\t]+/g, ' '));
const count = (steps: readonly StepResult[], outcome: StepResult['outcome']) => steps.filter((s) => s.outcome === outcome).length;
const seconds = (ms: number) => (ms / 1000).toFixed(3);
