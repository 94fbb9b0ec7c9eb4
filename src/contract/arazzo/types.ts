/**
 * The slice of Arazzo 1.0 the contract kit runs, after loading: references resolved, conditions
 * parsed, operations bound to one of the project's bundled documents. What the files may contain is
 * listed in the README ("Verifying a real server in CI"); the loader rejects anything else with a message, so a scenario
 * never silently does less than it says.
 */
import type { ConditionNode } from './parseCondition.ts';

/**
 * What a workflow or step needs from the target before it may run (`x-contract-requires`):
 * - `writes`: it changes state; against a real server it runs only with `--allow-writes`;
 * - `mock-clock`: it drives the mock's clock through `/__mock/clock`;
 * - `mock-seed`: it relies on the mock's seed data (named by inputs with defaults);
 * - `mock-activity`: it makes users act in a classroom through the mock's control API
 *   (`/__mock/rooms/...`: join, leave, chat, hands, stage, rewards), which only the mock has.
 */
export type Requirement = 'writes' | 'mock-clock' | 'mock-seed' | 'mock-activity';
export const REQUIREMENTS: readonly Requirement[] = ['writes', 'mock-clock', 'mock-seed', 'mock-activity'];

export interface ParameterSpec {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  /** A literal, a runtime expression (`$inputs.token`) or a string with `{$...}` templates. */
  readonly value: unknown;
}

export interface CriterionSpec {
  /** The condition as written, for reports. */
  readonly condition: string;
  readonly type: 'simple' | 'regex';
  /** `regex` only: the runtime expression the pattern is matched against. */
  readonly context: string | undefined;
  /** `simple` only: the parsed condition. */
  readonly ast: ConditionNode | undefined;
  /** `regex` only. */
  readonly pattern: RegExp | undefined;
}

export interface ActionSpec {
  readonly name: string;
  readonly type: 'end' | 'goto';
  readonly stepId: string | undefined;
  /** All must hold for the action to be taken; none means always. */
  readonly criteria: readonly CriterionSpec[];
}

export interface RequestBodySpec {
  readonly contentType: string | undefined;
  /** Objects are sent as JSON; a string is sent verbatim (so malformed JSON can be sent on purpose). */
  readonly payload: unknown;
  readonly replacements: readonly { readonly target: string; readonly value: unknown }[];
}

export interface StepSpec {
  readonly stepId: string;
  readonly description: string | undefined;
  /** The document the operation belongs to. */
  readonly api: string;
  readonly operationId: string;
  readonly parameters: readonly ParameterSpec[];
  readonly requestBody: RequestBodySpec | undefined;
  readonly successCriteria: readonly CriterionSpec[];
  readonly onSuccess: readonly ActionSpec[];
  readonly onFailure: readonly ActionSpec[];
  /** Output name -> runtime expression, evaluated after the success criteria hold. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The step's own requirements plus its workflow's. */
  readonly requires: readonly Requirement[];
}

export interface InputSpec {
  readonly type: string | undefined;
  readonly default: unknown;
  readonly description: string | undefined;
}

export interface WorkflowSpec {
  readonly workflowId: string;
  readonly summary: string | undefined;
  /** The file it was read from, relative to the scenario folder. */
  readonly file: string;
  readonly requires: readonly Requirement[];
  readonly inputs: Readonly<Record<string, InputSpec>>;
  readonly steps: readonly StepSpec[];
}
