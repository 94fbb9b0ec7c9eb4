/**
 * What a contract run produces: violations, step and workflow results. Reporters (console, JUnit,
 * coverage) read only these.
 */
import type { Requirement } from './arazzo/types.ts';

/** One way a response differs from the document or from what the scenario expects. */
export interface ContractViolation {
  /** `document`: the OpenAPI document; `expectation`: a success criterion; `transport`: no answer at all. */
  readonly source: 'document' | 'expectation' | 'transport';
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number | undefined;
  /** JSON path in the body (`$.data[0].token`), or what else was checked (`$statusCode`, `header Content-Type`). */
  readonly path: string;
  readonly expected: string;
  readonly actual: string;
}

export interface StepResult {
  /** The step id; a step run again by a `goto` gets ` (2)`, ` (3)`, ... */
  readonly name: string;
  readonly stepId: string;
  readonly description: string | undefined;
  readonly operationId: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  /** Why a step was skipped (a missing requirement, an earlier failure, an early end). */
  readonly skipReason: string | undefined;
  readonly status: number | undefined;
  readonly violations: readonly ContractViolation[];
  readonly durationMs: number;
}

export interface WorkflowResult {
  readonly workflowId: string;
  readonly summary: string | undefined;
  readonly file: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  readonly skipReason: string | undefined;
  readonly steps: readonly StepResult[];
  readonly durationMs: number;
}

/** One answered request, for coverage: of the API under test, or of the mock's control API. */
export interface Observation {
  /** The document the operation belongs to (`agora-classroom`, `mock-control`). */
  readonly api: string;
  readonly operationId: string;
  readonly status: number;
}

export interface Share {
  readonly exercised: number;
  readonly total: number;
  /** `exercised / total`, 0 to 1 (1 when there is nothing to exercise). */
  readonly share: number;
}

export interface OperationCoverage {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly exercised: boolean;
  /** Each documented response key (`200`, `404`, `4XX`, `default`) and whether an answer used it. */
  readonly responses: readonly { readonly status: string; readonly exercised: boolean }[];
  /** Statuses the server answered that the operation does not declare. */
  readonly undeclared: readonly number[];
}

/** The `--report` file: which operations and documented responses a run exercised. */
export interface CoverageReport {
  readonly api: string;
  readonly operations: Share;
  readonly responses: Share;
  readonly byOperation: readonly OperationCoverage[];
}

export interface ContractRun {
  readonly api: string;
  readonly baseUrl: string;
  /** `mock`: the project's mock (its control API answered), else `server`. */
  readonly target: 'mock' | 'server';
  readonly capabilities: readonly Requirement[];
  readonly workflows: readonly WorkflowResult[];
  readonly coverage: CoverageReport;
  /**
   * Coverage of the mock control API's operations that the scenarios call (the clock, and the
   * classroom activity of the Agora mock): which of their documented responses answered. Absent
   * when no selected workflow calls one.
   */
  readonly controlCoverage?: CoverageReport;
  readonly durationMs: number;
}

/** Whether a run found nothing wrong. */
export const conforms = (run: Pick<ContractRun, 'workflows'>): boolean => run.workflows.every((w) => w.outcome !== 'failed');
