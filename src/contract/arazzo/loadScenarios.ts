import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { API_REGISTRY } from '../../apiRegistry.ts';
import { conditionExpressions } from './parseCondition.ts';
import { isObject, list, readAction, readCriterion, readInputs, readOutputs, readParameter, readRequirements, type Json } from './readArazzoParts.ts';
import { expressionsIn, isRuntimeExpression, stepReferences } from './runtimeExpression.ts';
import type { InputSpec, StepSpec, WorkflowSpec } from './types.ts';

/** Answers whether a document has an operation; the loader binds every step to one. */
export type OperationLookup = (api: string, operationId: string) => boolean;

export type LoadedScenarios =
  | { readonly kind: 'ok'; readonly workflows: readonly WorkflowSpec[] }
  /** Every problem of every file, each naming the file and the place. */
  | { readonly kind: 'invalid'; readonly problems: readonly string[] };

/** The documents a scenario may name as a source: every document of the registry. */
const KNOWN_DOCUMENTS: readonly string[] = API_REGISTRY.documents.map((d) => d.name);

/**
 * Reads every `*.arazzo.yaml` of a scenario folder (sorted by name) and checks it against the subset
 * of Arazzo 1.0 the runner executes. Each step must name an operation of `api`'s document or of the
 * mock control API; a step that reads another step's outputs must carry at least that step's
 * requirements (otherwise it would run after its source was skipped).
 *
 * @example
 *   const loaded = loadScenarios('contract/anyclassroom', 'anyclassroom', (api, id) => ids[api].has(id));
 *   if (loaded.kind === 'invalid') console.error(loaded.problems.join('\n'));
 */
export function loadScenarios(dir: string, api: string, hasOperation: OperationLookup): LoadedScenarios {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.arazzo.yaml')).sort();
  } catch (error) {
    return { kind: 'invalid', problems: [`cannot read the scenario folder ${dir}: ${(error as Error).message}`] };
  }
  if (names.length === 0) return { kind: 'invalid', problems: [`${dir} holds no *.arazzo.yaml file`] };
  const problems: string[] = [];
  const workflows: WorkflowSpec[] = [];
  for (const name of names) {
    const result = readScenarioFile(name, readFileSync(join(dir, name), 'utf8'), api, hasOperation);
    problems.push(...result.problems);
    workflows.push(...result.workflows);
  }
  const seen = new Set<string>();
  for (const workflow of workflows) {
    if (seen.has(workflow.workflowId)) problems.push(`${workflow.file}: workflowId ${workflow.workflowId} is used twice in ${dir}`);
    seen.add(workflow.workflowId);
  }
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', workflows };
}

/**
 * Parses one Arazzo file's text. Exported for tests, which feed it broken documents.
 *
 * @example
 *   readScenarioFile('x.arazzo.yaml', text, 'anyclassroom', lookup).problems; // ['x.arazzo.yaml: ...']
 */
export function readScenarioFile(file: string, text: string, api: string, hasOperation: OperationLookup): { workflows: WorkflowSpec[]; problems: string[] } {
  const problems: string[] = [];
  const problem = (where: string, message: string) => problems.push(`${file}${where ? ` ${where}` : ''}: ${message}`);
  let doc: Json;
  try {
    doc = parse(text) as Json;
  } catch (error) {
    return { workflows: [], problems: [`${file}: not YAML: ${(error as Error).message}`] };
  }
  if (!isObject(doc) || typeof doc.arazzo !== 'string' || !doc.arazzo.startsWith('1.0')) {
    return { workflows: [], problems: [`${file}: not an Arazzo 1.0 document (arazzo: 1.0.x missing)`] };
  }

  const sources = new Map<string, string>();
  for (const [index, source] of list(doc.sourceDescriptions).entries()) {
    const name = String(source.name ?? '');
    const documentName = KNOWN_DOCUMENTS.find((known) => String(source.url ?? '').endsWith(`/${known}.openapi.json`));
    if ((source.type ?? 'openapi') !== 'openapi' || !documentName) {
      problem(`sourceDescriptions[${index}]`, `must be an OpenAPI source whose url ends in /<api>.openapi.json (one of ${KNOWN_DOCUMENTS.join(', ')})`);
    } else if (documentName !== api && documentName !== 'mock-control') {
      problem(`sourceDescriptions[${index}]`, `${documentName} belongs to another API than ${api}`);
    } else sources.set(name, documentName);
  }
  const components = isObject(doc.components) ? doc.components : {};
  const workflows: WorkflowSpec[] = [];

  for (const [wIndex, raw] of list(doc.workflows).entries()) {
    const workflowId = String(raw.workflowId ?? `#${wIndex}`);
    const wWhere = `workflow ${workflowId}`;
    for (const key of ['dependsOn', 'parameters', 'successActions', 'failureActions']) {
      if (key in raw) problem(wWhere, `${key} is not supported by the contract kit`);
    }
    const requires = readRequirements(raw['x-contract-requires'], (m) => problem(wWhere, m));
    const inputs = readInputs(raw.inputs, components, (m) => problem(wWhere, m));
    const stepIds = new Set(list(raw.steps).map((s) => String(s.stepId ?? '')));
    const steps: StepSpec[] = [];

    for (const [sIndex, step] of list(raw.steps).entries()) {
      const stepId = String(step.stepId ?? `#${sIndex}`);
      const where = `${wWhere} step ${stepId}`;
      const report = (m: string) => problem(where, m);
      if (!/^[A-Za-z0-9_-]+$/.test(stepId)) report('stepId must match [A-Za-z0-9_-]+');
      if ('workflowId' in step || 'operationPath' in step) report('only operationId steps are supported');
      const target = readOperation(step.operationId, sources, report);
      if (target && !hasOperation(target.api, target.operationId)) report(`${target.api} has no operation ${target.operationId}`);
      const stepSpec: StepSpec = {
        stepId,
        description: typeof step.description === 'string' ? step.description : undefined,
        api: target?.api ?? api,
        operationId: target?.operationId ?? '',
        parameters: list(step.parameters).flatMap((p) => readParameter(p, components, report)),
        requestBody: isObject(step.requestBody)
          ? {
              contentType: typeof step.requestBody.contentType === 'string' ? step.requestBody.contentType : undefined,
              payload: step.requestBody.payload,
              replacements: list(step.requestBody.replacements).map((r) => ({ target: String(r.target ?? ''), value: r.value })),
            }
          : undefined,
        successCriteria: list(step.successCriteria).flatMap((c) => readCriterion(c, report)),
        onSuccess: list(step.onSuccess).flatMap((a) => readAction(a, components, 'successActions', stepIds, report)),
        onFailure: list(step.onFailure).flatMap((a) => readAction(a, components, 'failureActions', stepIds, report)),
        outputs: readOutputs(step.outputs, report),
        requires: [...new Set([...requires, ...readRequirements(step['x-contract-requires'], report)])],
      };
      if (stepSpec.successCriteria.length === 0) report('has no successCriteria: every step states what it expects');
      steps.push(stepSpec);
    }
    checkReferences(steps, inputs, (stepId, m) => problem(`${wWhere} step ${stepId}`, m));
    workflows.push({ workflowId, summary: typeof raw.summary === 'string' ? raw.summary : undefined, file, requires, inputs, steps });
  }
  if (workflows.length === 0) problem('', 'has no workflows');
  return { workflows, problems };
}

/** Steps may only read declared inputs and outputs of steps that run whenever they do. */
function checkReferences(steps: readonly StepSpec[], inputs: Readonly<Record<string, InputSpec>>, report: (stepId: string, message: string) => void) {
  const byId = new Map(steps.map((s) => [s.stepId, s]));
  for (const step of steps) {
    const expressions = [
      ...step.parameters.flatMap((p) => expressionsIn(p.value)),
      ...expressionsIn(step.requestBody?.payload),
      ...(step.requestBody?.replacements ?? []).flatMap((r) => expressionsIn(r.value)),
      ...[...step.successCriteria, ...step.onSuccess.flatMap((a) => a.criteria), ...step.onFailure.flatMap((a) => a.criteria)].flatMap((c) =>
        c.ast ? conditionExpressions(c.ast) : c.context ? [c.context] : [],
      ),
      ...Object.values(step.outputs),
    ];
    for (const expression of expressions) {
      if (!isRuntimeExpression(expression)) {
        report(step.stepId, `unsupported runtime expression ${expression}`);
        continue;
      }
      const input = /^\$inputs\.([^#]+)/.exec(expression)?.[1];
      if (input !== undefined && !(input in inputs)) report(step.stepId, `reads $inputs.${input}, which the workflow's inputs do not declare`);
      for (const source of stepReferences(expression)) {
        const from = byId.get(source);
        if (!from) report(step.stepId, `reads outputs of ${source}, which is not a step of this workflow`);
        else {
          const missing = from.requires.filter((r) => !step.requires.includes(r));
          if (missing.length > 0) report(step.stepId, `reads outputs of ${source}, which requires ${missing.join(', ')}; add it to this step's x-contract-requires`);
        }
      }
    }
  }
}

function readOperation(value: unknown, sources: ReadonlyMap<string, string>, report: (m: string) => void): { api: string; operationId: string } | undefined {
  if (typeof value !== 'string' || value === '') {
    report('needs an operationId');
    return undefined;
  }
  const qualified = /^\$sourceDescriptions\.([^.]+)\.(.+)$/.exec(value);
  if (qualified) {
    const api = sources.get(qualified[1] ?? '');
    if (!api) report(`names an unknown source ${qualified[1]}`);
    return api ? { api, operationId: qualified[2] ?? '' } : undefined;
  }
  if (sources.size !== 1) {
    report(`operationId ${value} must be written $sourceDescriptions.<name>.${value} when a file has several sources`);
    return undefined;
  }
  return { api: [...sources.values()][0]!, operationId: value };
}
