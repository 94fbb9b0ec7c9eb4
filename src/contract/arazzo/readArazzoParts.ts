import { parseCondition } from './parseCondition.ts';
import { isRuntimeExpression } from './runtimeExpression.ts';
import { REQUIREMENTS, type ActionSpec, type CriterionSpec, type InputSpec, type ParameterSpec, type Requirement } from './types.ts';

/**
 * Readers of the parts of an Arazzo document the kit supports (parameters, criteria, actions,
 * outputs, inputs, `x-contract-requires`). Each reports what it cannot take through `report` and
 * returns only what it could read, so the loader lists every problem of a file at once.
 */

/** A YAML mapping as parsed. */
export type Json = Record<string, unknown>;

/** A step parameter, following `reference: $components.parameters.<name>` (with an optional `value` override). */
export function readParameter(raw: Json, components: Json, report: (m: string) => void): ParameterSpec[] {
  let parameter = raw;
  if (typeof raw.reference === 'string') {
    const found = resolveComponent(raw.reference, components, 'parameters');
    if (!found) {
      report(`unresolved parameter reference ${raw.reference}`);
      return [];
    }
    parameter = 'value' in raw ? { ...found, value: raw.value } : found;
  }
  const where = parameter.in;
  if (where !== 'path' && where !== 'query' && where !== 'header') {
    report(`parameter ${String(parameter.name)}: in must be path, query or header`);
    return [];
  }
  return [{ name: String(parameter.name ?? ''), in: where, value: parameter.value }];
}

/** A success or action criterion: `simple` (parsed now, so syntax errors surface at load time) or `regex`. */
export function readCriterion(raw: Json, report: (m: string) => void): CriterionSpec[] {
  const condition = typeof raw.condition === 'string' ? raw.condition : '';
  const type = raw.type ?? 'simple';
  const context = typeof raw.context === 'string' ? raw.context : undefined;
  if (type === 'regex') {
    try {
      return [{ condition, type: 'regex', context, ast: undefined, pattern: new RegExp(condition) }];
    } catch (error) {
      report(`invalid regex criterion: ${(error as Error).message}`);
      return [];
    }
  }
  if (type !== 'simple') {
    report(`criterion type ${JSON.stringify(type)} is not supported (simple and regex are)`);
    return [];
  }
  if (context !== undefined) report('a simple criterion takes no context here; write the expression in the condition');
  const parsed = parseCondition(condition);
  if (parsed.kind === 'error') {
    report(`invalid condition: ${parsed.message}`);
    return [];
  }
  return [{ condition, type: 'simple', context: undefined, ast: parsed.ast, pattern: undefined }];
}

/** An `onSuccess`/`onFailure` action (`end` or `goto` within the workflow), following `$components` references. */
export function readAction(raw: Json, components: Json, kind: 'successActions' | 'failureActions', stepIds: ReadonlySet<string>, report: (m: string) => void): ActionSpec[] {
  const action = typeof raw.reference === 'string' ? resolveComponent(raw.reference, components, kind) : raw;
  if (!action) {
    report(`unresolved action reference ${String(raw.reference)}`);
    return [];
  }
  if (action.type !== 'end' && action.type !== 'goto') {
    report(`action type ${String(action.type)} is not supported (end and goto are)`);
    return [];
  }
  if ('workflowId' in action) report('goto another workflow is not supported');
  const stepId = typeof action.stepId === 'string' ? action.stepId : undefined;
  if (action.type === 'goto' && (!stepId || !stepIds.has(stepId))) report(`goto names no step of this workflow: ${String(stepId)}`);
  return [{ name: String(action.name ?? action.type), type: action.type, stepId, criteria: list(action.criteria).flatMap((c) => readCriterion(c, report)) }];
}

/** A step's outputs: name -> runtime expression. */
export function readOutputs(raw: unknown, report: (m: string) => void): Record<string, string> {
  if (raw === undefined) return {};
  if (!isObject(raw)) {
    report('outputs must be a map of name: runtime expression');
    return {};
  }
  const outputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (typeof value !== 'string' || !isRuntimeExpression(value)) report(`output ${name} is not a supported runtime expression`);
    else outputs[name] = value;
  }
  return outputs;
}

/** A workflow's inputs schema (inline or `$ref: #/components/inputs/<name>`): each property's type, default and description. */
export function readInputs(raw: unknown, components: Json, report: (m: string) => void): Record<string, InputSpec> {
  let schema = raw;
  if (isObject(schema) && typeof schema.$ref === 'string') {
    const name = /^#\/components\/inputs\/(.+)$/.exec(schema.$ref)?.[1];
    schema = name && isObject(components.inputs) ? components.inputs[name] : undefined;
    if (!schema) report(`unresolved inputs reference ${String((raw as Json).$ref)}`);
  }
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  const inputs: Record<string, InputSpec> = {};
  for (const [name, value] of Object.entries(properties)) {
    const property = isObject(value) ? value : {};
    inputs[name] = {
      type: typeof property.type === 'string' ? property.type : undefined,
      default: property.default,
      description: typeof property.description === 'string' ? property.description : undefined,
    };
  }
  return inputs;
}

/** `x-contract-requires`: one requirement or a list. */
export function readRequirements(raw: unknown, report: (m: string) => void): Requirement[] {
  if (raw === undefined) return [];
  const values = Array.isArray(raw) ? raw : [raw];
  return values.flatMap((value) => {
    if (REQUIREMENTS.includes(value as Requirement)) return [value as Requirement];
    report(`x-contract-requires: unknown requirement ${JSON.stringify(value)} (known: ${REQUIREMENTS.join(', ')})`);
    return [];
  });
}

function resolveComponent(reference: string, components: Json, kind: string): Json | undefined {
  const name = new RegExp(`^\\$components\\.${kind}\\.(.+)$`).exec(reference)?.[1];
  const group = components[kind];
  const found = name && isObject(group) ? group[name] : undefined;
  return isObject(found) ? found : undefined;
}

/** The mappings of a YAML sequence (anything else is ignored). */
export function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Whether a parsed YAML value is a mapping. */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
