import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { API_REGISTRY } from '../apiRegistry.ts';
import { compileOperations, type CompiledOperations } from '../core/http/compileOperations.ts';
import { loadDocument } from '../core/openapi/loadDocument.ts';
import { projectRoot } from '../core/projectRoot.ts';
import { loadScenarios } from './arazzo/loadScenarios.ts';
import type { InputSpec, Requirement, WorkflowSpec } from './arazzo/types.ts';
import { controlOrigin, detectMock, resetMock } from './detectMock.ts';
import { computeCoverage } from './reporters/computeCoverage.ts';
import { targetCapabilities, workflowCapabilities } from './requirements.ts';
import { runWorkflow } from './runWorkflow.ts';
import type { ContractRun, Observation, WorkflowResult } from './types.ts';

/** An API the kit verifies: the name of an API of the registry. */
export type ContractApi = string;
/** The APIs the kit verifies: every API of the registry (`src/apiRegistry.ts`). */
export const CONTRACT_APIS: readonly ContractApi[] = API_REGISTRY.apis.map((api) => api.name);

export interface ContractOptions {
  readonly api: ContractApi;
  /** Where the document's paths hang: `https://app.anyclassroom.com/api/v1`, `https://api.agora.io`. */
  readonly baseUrl: string;
  /** Offered to every workflow as `$inputs.token`, `$inputs.appId`, `$inputs.uid`. */
  readonly credentials: { readonly token: string; readonly appId?: string | undefined; readonly uid?: string | undefined };
  readonly allowWrites: boolean;
  /** `--input name=value`: overrides workflow input defaults (text, converted to the input's type). */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Run only these workflows (all when empty). */
  readonly workflows?: readonly string[];
  /** Defaults to `contract/<api>/`. */
  readonly scenarioDir?: string;
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
  /** Unique per run; scenarios build resource names from it (`contract-states-{$inputs.runId}`). */
  readonly runId?: string;
  /** Progress: called once the target is known and after each workflow. */
  readonly onStart?: (info: { readonly target: ContractRun['target']; readonly capabilities: readonly Requirement[] }) => void;
  readonly onWorkflow?: (result: WorkflowResult) => void;
}

/** A finished run, or why none could start (bad scenario files or options: a usage error). */
export type ContractOutcome = { readonly kind: 'ran'; readonly run: ContractRun } | { readonly kind: 'unusable'; readonly problems: readonly string[] };

const compiled = new Map<string, CompiledOperations>();

/** A document's router and validators, compiled once per process (the tests run the kit many times). */
function routesFor(document: string): CompiledOperations {
  let routes = compiled.get(document);
  if (!routes) {
    routes = compileOperations(loadDocument(document), document);
    compiled.set(document, routes);
  }
  return routes;
}

/**
 * The API's scenario folder (`contract/<api>/`, from the registry) under the project root: this
 * repository, or the installed `@classroom-toolkit/contract` package, whose bundle sits at another
 * depth than this source file.
 */
export function defaultScenarioDir(api: ContractApi): string {
  return `${join(projectRoot(), API_REGISTRY.api(api).scenarioDir)}/`;
}

/**
 * Verifies one server against one API's document: loads the Arazzo scenarios, finds out whether the
 * target is the project's mock (then resets it, runs everything, and resets it again), runs the
 * workflows one after another and computes coverage. Never throws for a misbehaving server; that is
 * what the result reports.
 *
 * @example
 *   const outcome = await runContract({ api: 'anyclassroom', baseUrl: mocks.anyClassroomUrl, credentials: { token }, allowWrites: false });
 *   if (outcome.kind === 'ran' && conforms(outcome.run)) console.log('conforms');
 */
export async function runContract(options: ContractOptions): Promise<ContractOutcome> {
  const started = performance.now();
  const fetchFn = options.fetch ?? globalThis.fetch;
  const routes = routesFor(options.api);
  const control = routesFor('mock-control');
  const lookup = (document: string, operationId: string) => routesFor(document).operations.some((op) => op.operationId === operationId);
  const loaded = loadScenarios(options.scenarioDir ?? defaultScenarioDir(options.api), options.api, lookup);
  if (loaded.kind === 'invalid') return { kind: 'unusable', problems: loaded.problems };

  const wanted = options.workflows ?? [];
  const unknown = wanted.filter((id) => !loaded.workflows.some((w) => w.workflowId === id));
  if (unknown.length > 0) return { kind: 'unusable', problems: [`no workflow ${unknown.join(', ')} (known: ${loaded.workflows.map((w) => w.workflowId).join(', ')})`] };
  const workflows = wanted.length === 0 ? loaded.workflows : loaded.workflows.filter((w) => wanted.includes(w.workflowId));
  const userInputs = options.inputs ?? {};
  const badInputs = Object.keys(userInputs).filter((name) => !workflows.some((w) => name in w.inputs));
  if (badInputs.length > 0) return { kind: 'unusable', problems: badInputs.map((name) => `--input ${name}: no selected workflow declares this input`) };

  const target = (await detectMock(fetchFn, options.baseUrl, control)) ? 'mock' : 'server';
  const capabilities = targetCapabilities(target, { allowWrites: options.allowWrites });
  options.onStart?.({ target, capabilities });
  if (target === 'mock') {
    const failed = await resetMock(fetchFn, options.baseUrl);
    if (failed) return { kind: 'unusable', problems: [`the mock answered its control API but cannot be reset: ${failed}`] };
  }

  const observations: Observation[] = [];
  const context = {
    token: options.credentials.token,
    appId: options.credentials.appId,
    uid: options.credentials.uid,
    runId: options.runId ?? `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`,
  };
  const results: WorkflowResult[] = [];
  try {
    for (const workflow of workflows) {
      const result = await runWorkflow(workflow, {
        api: options.api,
        fetch: fetchFn,
        timeoutMs: options.timeoutMs ?? 10_000,
        inputs: { ...context, ...typedInputs(workflow, userInputs) },
        capabilities: workflowCapabilities(workflow, capabilities, new Set(Object.keys(userInputs))),
        operation: (document, operationId) => routesFor(document).operations.find((op) => op.operationId === operationId)!,
        baseUrl: (document) => (document === 'mock-control' ? controlOrigin(options.baseUrl) : options.baseUrl),
        observe: (observation) => observations.push(observation),
      });
      results.push(result);
      options.onWorkflow?.(result);
    }
  } finally {
    // Leave the mock as it was found: seed data, clock running.
    if (target === 'mock') await resetMock(fetchFn, options.baseUrl);
  }

  const called = new Set(workflows.flatMap((w) => w.steps.filter((s) => s.api === 'mock-control').map((s) => s.operationId)));
  const of = (document: string) => observations.filter((o) => o.api === document);
  return {
    kind: 'ran',
    run: {
      api: options.api,
      baseUrl: options.baseUrl,
      target,
      capabilities,
      workflows: results,
      coverage: computeCoverage(options.api, routes.operations, of(options.api)),
      ...(called.size === 0 ? {} : { controlCoverage: computeCoverage('mock-control', control.operations.filter((op) => called.has(op.operationId)), of('mock-control')) }),
      durationMs: performance.now() - started,
    },
  };
}

/** `--input` values are text; an input typed integer, number or boolean gets the parsed value. */
function typedInputs(workflow: WorkflowSpec, given: Readonly<Record<string, string>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(given).map(([name, text]) => [name, convert(workflow.inputs[name], text)]));
}

function convert(spec: InputSpec | undefined, text: string): unknown {
  if ((spec?.type === 'integer' || spec?.type === 'number') && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (spec?.type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
