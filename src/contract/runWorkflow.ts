import type { CompiledOperation } from '../core/http/compileOperations.ts';
import { parsePointer, writeAt } from '../core/openapi/jsonPath.ts';
import { evaluateCriterion } from './arazzo/evaluateCriterion.ts';
import { bodyPathOf, evaluateExpression, resolveValue, type ExpressionContext } from './arazzo/runtimeExpression.ts';
import type { ActionSpec, CriterionSpec, Requirement, StepSpec, WorkflowSpec } from './arazzo/types.ts';
import { checkAgainstDocument } from './checkAgainstDocument.ts';
import { show } from './describeSchemaViolation.ts';
import { skipReason } from './requirements.ts';
import { sendRequest, type Exchange } from './sendRequest.ts';
import type { ContractViolation, Observation, StepResult, WorkflowResult } from './types.ts';

/** Everything a workflow run needs from outside; tests pass their own `fetch`. */
export interface WorkflowEnvironment {
  /** The document under test (`anyclassroom`); steps may also call another one (`mock-control`). */
  readonly api: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  /** Values for `$inputs` (workflow defaults are added per workflow). */
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly capabilities: readonly Requirement[];
  operation(api: string, operationId: string): CompiledOperation;
  baseUrl(api: string): string;
  /** Called for every answered request, of the API under test and of the control API (`api` tells them apart). */
  observe(observation: Observation): void;
}

/** Guards `goto` loops (a drain loop that never sees an empty page). */
const MAX_STEP_RUNS = 500;

/**
 * Runs one workflow: steps in order, following `onSuccess`/`onFailure` actions. A step whose
 * requirements the target does not meet is skipped and the next one runs. A document violation fails
 * the step but the workflow goes on (the flow itself still worked); an unmet success criterion or a
 * transport error fails the step and ends the workflow, as Arazzo prescribes without an
 * `onFailure` action.
 *
 * @example
 *   const result = await runWorkflow(workflow, environment); // { outcome: 'passed', steps: [...] }
 */
export async function runWorkflow(workflow: WorkflowSpec, env: WorkflowEnvironment): Promise<WorkflowResult> {
  const started = performance.now();
  const base = { workflowId: workflow.workflowId, summary: workflow.summary, file: workflow.file };
  const missing = workflow.requires.filter((r) => !env.capabilities.includes(r));
  if (missing.length > 0) {
    const reason = skipReason(missing, workflow);
    const steps = workflow.steps.map((s) => skippedStep(s, s.stepId, reason));
    return { ...base, outcome: 'skipped', skipReason: reason, steps, durationMs: 0 };
  }

  const inputs = { ...defaults(workflow), ...env.inputs };
  const outputs = new Map<string, Record<string, unknown>>();
  const runs = new Map<string, number>();
  const results: StepResult[] = [];
  let index = 0;
  let stopReason: string | undefined;

  for (let executions = 0; index < workflow.steps.length; executions++) {
    const step = workflow.steps[index]!;
    const count = (runs.get(step.stepId) ?? 0) + 1;
    runs.set(step.stepId, count);
    const name = count > 1 ? `${step.stepId} (${count})` : step.stepId;
    if (executions >= MAX_STEP_RUNS) {
      results.push(failedStep(step, name, `the workflow ran ${MAX_STEP_RUNS} steps without ending (a goto loop?)`));
      stopReason = 'the workflow stopped at its step limit';
      break;
    }
    const unmet = step.requires.filter((r) => !env.capabilities.includes(r));
    if (unmet.length > 0) {
      results.push(skippedStep(step, name, skipReason(unmet, workflow)));
      index++;
      continue;
    }

    const { result, ctx, held } = await runStep(step, name, { inputs, steps: outputs }, env);
    results.push(result);
    if (held) {
      outputs.set(step.stepId, Object.fromEntries(Object.entries(step.outputs).map(([key, expression]) => [key, evaluateExpression(expression, ctx)])));
    }
    const action = chooseAction(held ? step.onSuccess : step.onFailure, ctx);
    if (action?.type === 'goto') {
      index = workflow.steps.findIndex((s) => s.stepId === action.stepId);
      continue;
    }
    if (action?.type === 'end') {
      stopReason = `the workflow ended at ${name} (${held ? 'onSuccess' : 'onFailure'}: ${action.name})`;
      break;
    }
    if (!held) {
      stopReason = `not run: ${name} failed`;
      break;
    }
    index++;
  }

  // Steps that never ran are listed as skipped so reports show the whole workflow.
  for (const step of workflow.steps) {
    if (!runs.has(step.stepId)) results.push(skippedStep(step, step.stepId, stopReason ?? 'not reached'));
  }
  const outcome = results.some((r) => r.outcome === 'failed') ? 'failed' : results.every((r) => r.outcome === 'skipped') ? 'skipped' : 'passed';
  return { ...base, outcome, skipReason: outcome === 'skipped' ? results[0]?.skipReason : undefined, steps: results, durationMs: performance.now() - started };
}

async function runStep(step: StepSpec, name: string, ctx: ExpressionContext, env: WorkflowEnvironment): Promise<{ result: StepResult; ctx: ExpressionContext; held: boolean }> {
  const operation = env.operation(step.api, step.operationId);
  const path: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const parameter of step.parameters) {
    const value = resolveValue(parameter.value, ctx);
    // An absent value (an output that was null) leaves the parameter out, like an unset optional one.
    if (value === undefined || value === null) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (parameter.in === 'path') path[parameter.name] = text;
    else if (parameter.in === 'query') query[parameter.name] = text;
    else headers[parameter.name.toLowerCase()] = text;
  }
  // A path parameter without a value (an output that was never set) would send a different URL and
  // blame the server for a 404; the step fails here instead, saying which value is missing.
  const unset = [...operation.pathTemplate.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '').filter((name) => path[name] === undefined);
  if (unset.length > 0) {
    const violation: ContractViolation = {
      source: 'expectation',
      operationId: operation.operationId,
      method: operation.method,
      url: operation.pathTemplate,
      status: undefined,
      path: unset.map((name) => `$request.path.${name}`).join(', '),
      expected: 'a value for every path parameter',
      actual: `absent (${step.parameters.filter((p) => p.in === 'path' && unset.includes(p.name)).map((p) => JSON.stringify(p.value)).join(', ') || 'not given'})`,
    };
    return { result: stepResult(step, name, 'failed', undefined, [violation], 0), ctx, held: false };
  }
  let body: string | undefined;
  if (step.requestBody) {
    let payload = resolveValue(step.requestBody.payload, ctx);
    // Arazzo replacement targets are JSON pointers, written with or without a leading `#`.
    for (const replacement of step.requestBody.replacements) payload = writeAt(payload, parsePointer(replacement.target.replace(/^#/, '')), resolveValue(replacement.value, ctx));
    body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    headers['content-type'] = step.requestBody.contentType ?? 'application/json';
  }

  const exchange = await sendRequest(
    env.fetch,
    { method: operation.method, baseUrl: env.baseUrl(step.api), pathTemplate: operation.pathTemplate, path, query, headers, body },
    env.timeoutMs,
  );
  const at = { operationId: operation.operationId, method: operation.method, url: exchange.request.url };
  if (exchange.kind === 'transportError') {
    const violation: ContractViolation = { source: 'transport', ...at, status: undefined, path: '$', expected: 'an HTTP response', actual: exchange.message };
    return { result: stepResult(step, name, 'failed', undefined, [violation], exchange.durationMs), ctx, held: false };
  }
  env.observe({ api: step.api, operationId: operation.operationId, status: exchange.response.status });

  const answered: ExpressionContext = { ...ctx, request: exchange.request, response: exchange.response };
  const violations = checkAgainstDocument(operation, exchange);
  let held = true;
  for (const criterion of step.successCriteria) {
    const violation = unmetCriterion(criterion, answered, exchange);
    if (violation) {
      held = false;
      violations.push(violation);
    }
  }
  const outcome = violations.length === 0 ? 'passed' : 'failed';
  return { result: stepResult(step, name, outcome, exchange.response.status, violations, exchange.durationMs), ctx: answered, held };
}

function unmetCriterion(criterion: CriterionSpec, ctx: ExpressionContext, exchange: Extract<Exchange, { kind: 'response' }>): ContractViolation | undefined {
  const { holds, operands } = evaluateCriterion(criterion, ctx);
  if (holds) return undefined;
  const first = operands[0];
  const path = (first && (bodyPathOf(first.expression) ?? first.expression)) ?? '$';
  const actual = operands.length === 1 ? show(operands[0]?.value) : operands.map((o) => `${o.expression} = ${show(o.value)}`).join('; ');
  return {
    source: 'expectation',
    operationId: '',
    method: exchange.request.method,
    url: exchange.request.url,
    status: exchange.response.status,
    path,
    expected: criterion.type === 'regex' ? `${criterion.context ?? '$response.body'} matches /${criterion.condition}/` : criterion.condition,
    actual,
  };
}

function chooseAction(actions: readonly ActionSpec[], ctx: ExpressionContext): ActionSpec | undefined {
  return actions.find((action) => action.criteria.every((c) => evaluateCriterion(c, ctx).holds));
}

function stepResult(step: StepSpec, name: string, outcome: StepResult['outcome'], status: number | undefined, violations: ContractViolation[], durationMs: number): StepResult {
  return {
    name,
    stepId: step.stepId,
    description: step.description,
    operationId: step.operationId,
    outcome,
    skipReason: undefined,
    status,
    violations: violations.map((v) => (v.operationId ? v : { ...v, operationId: step.operationId })),
    durationMs,
  };
}

function skippedStep(step: StepSpec, name: string, reason: string): StepResult {
  return { ...stepResult(step, name, 'skipped', undefined, [], 0), skipReason: reason };
}

function failedStep(step: StepSpec, name: string, message: string): StepResult {
  const violation: ContractViolation = { source: 'expectation', operationId: step.operationId, method: '', url: '', status: undefined, path: '$', expected: 'the workflow to end', actual: message };
  return stepResult(step, name, 'failed', undefined, [violation], 0);
}

function defaults(workflow: WorkflowSpec): Record<string, unknown> {
  return Object.fromEntries(Object.entries(workflow.inputs).flatMap(([name, spec]) => (spec.default === undefined ? [] : [[name, spec.default]])));
}
