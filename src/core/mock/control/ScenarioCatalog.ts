import type { SeedProblem } from '../../seed/SeedError.ts';

/** A named scenario as the control API lists it. */
export interface ScenarioSummary {
  /** The file's name without `.json` (`empty-account`); `default` is the data the mocks started with. */
  readonly name: string;
  readonly description: string;
  /** The APIs it holds data for (the others get the data they started with). */
  readonly apis: readonly string[];
  /** Unix seconds the scenario freezes the clock at, when it sets one. */
  readonly clock?: number | undefined;
}

/** What switching to a scenario did. */
export type ScenarioSwitch =
  | { readonly kind: 'switched'; readonly summary: ScenarioSummary }
  | { readonly kind: 'unknown'; readonly known: readonly string[] }
  /** The file breaks the scenario or seed format: every problem, nothing changed. */
  | { readonly kind: 'invalid'; readonly problems: readonly SeedProblem[] };

/**
 * The named data sets a running mock can switch to at run time (`mocks/scenarios/*.json` in Node;
 * objects in a browser). A switch checks every API's part first and changes nothing unless all pass,
 * so the running state is kept when a file is broken. The Node implementation is
 * `src/mock/scenarios/createScenarioCatalog.ts`.
 *
 * @example
 *   const switched = await catalog.switchTo('empty-account'); // { kind: 'switched', summary }
 */
export interface ScenarioCatalog {
  list(): Promise<readonly ScenarioSummary[]>;
  /** The name of the scenario the mocks run now (`default` until a switch). */
  active(): string;
  switchTo(name: string): Promise<ScenarioSwitch>;
}
