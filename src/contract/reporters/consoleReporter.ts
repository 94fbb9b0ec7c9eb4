import type { ContractRun, WorkflowResult } from '../types.ts';
import { formatCoverage } from './computeCoverage.ts';
import { formatViolation } from './formatViolation.ts';

/**
 * Progress lines while a run goes (one per workflow, violations indented under their step) and the
 * summary at the end. Plain text without colours: CI logs keep it readable.
 *
 * @example
 *   const report = consoleReporter((line) => console.log(line));
 *   report.workflow(result);  // '✓ temporal-access-lifecycle  12 steps  41 ms'
 *   report.summary(run);
 */
export function consoleReporter(write: (line: string) => void) {
  return {
    start(api: string, baseUrl: string, target: ContractRun['target'], capabilities: readonly string[]) {
      const what = target === 'mock' ? "the project's mock (state reset before and after the run)" : 'a server';
      write(`contract ${api} against ${baseUrl}: ${what}; enabled: ${capabilities.join(', ') || 'read-only steps'}`);
    },
    workflow(result: WorkflowResult) {
      const mark = result.outcome === 'passed' ? '✓' : result.outcome === 'failed' ? '✗' : '-';
      const ran = result.steps.filter((s) => s.outcome !== 'skipped').length;
      const skipped = result.steps.length - ran;
      const detail = result.outcome === 'skipped' ? `skipped: ${result.skipReason ?? ''}` : `${ran} steps${skipped ? `, ${skipped} skipped` : ''}  ${Math.round(result.durationMs)} ms`;
      write(`${mark} ${result.workflowId}  ${detail}`);
      for (const step of result.steps) {
        if (step.outcome === 'failed') {
          write(`    ✗ ${step.name}`);
          for (const v of step.violations) write(`        ${formatViolation(v)}`);
        } else if (step.outcome === 'skipped' && result.outcome !== 'skipped') write(`    - ${step.name}: ${step.skipReason ?? 'skipped'}`);
      }
    },
    summary(run: ContractRun) {
      const steps = run.workflows.flatMap((w) => w.steps);
      const n = (outcome: string) => steps.filter((s) => s.outcome === outcome).length;
      const violations = steps.reduce((sum, s) => sum + s.violations.length, 0);
      const failedWorkflows = run.workflows.filter((w) => w.outcome === 'failed').length;
      write('');
      write(`${plural(run.workflows.length, 'workflow')} (${failedWorkflows} failed), ${plural(steps.length, 'step')}: ${n('passed')} passed, ${n('failed')} failed, ${n('skipped')} skipped; ${plural(violations, 'violation')}; ${Math.round(run.durationMs)} ms`);
      write(formatCoverage(run.coverage));
      if (run.controlCoverage) write(`mock control API (the operations the scenarios call), ${formatCoverage(run.controlCoverage)}`);
      write(failedWorkflows === 0 ? `${run.api}: the server conforms to the document and the scenarios.` : `${run.api}: the server does NOT conform (see the violations above).`);
    },
  };
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
