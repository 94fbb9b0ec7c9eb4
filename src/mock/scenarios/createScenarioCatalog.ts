import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScenarioCatalog, ScenarioSummary, ScenarioSwitch } from '../../core/mock/control/ScenarioCatalog.ts';
import type { PreparedState } from '../../core/mock/createMockHandler.ts';
import { showSeedValue, type SeedProblem } from '../../core/seed/SeedError.ts';

/** One running mock a scenario switch acts on. */
export interface ScenarioParticipant {
  /** The API's registry name: its key in a scenario file. */
  readonly name: string;
  /** The data set it started with: what it gets when a scenario has no part for it, and in `default`. */
  readonly startSeed: unknown;
  prepareState(seed: unknown, clockMs?: number): PreparedState;
}

export interface ScenarioCatalogOptions {
  /** The folder of scenario files (`mocks/scenarios`), read on every list and switch so that edits apply at once. */
  readonly dir: string;
  /** How problems name the folder (`mocks/scenarios`). */
  readonly displayDir: string;
  /** The mocks of the process (read when a switch happens: they are created after the catalog). */
  participants(): readonly ScenarioParticipant[];
}

/** The built-in scenario: every mock's start data set. */
export const DEFAULT_SCENARIO = 'default';

/** Keys a scenario file may hold besides the APIs' names. */
const META_KEYS = new Set(['$comment', 'description', 'clock']);

/**
 * The Node scenario catalog: `mocks/scenarios/<name>.json` files, each `{"description", "clock"?:
 * {"now": <unix seconds>}, "<api name>": <seed data set>, ...}` (an API without a part keeps the
 * data it started with, as with `--seed`, so a scenario file is also a `--seed` file). A switch
 * checks the whole file (its keys, and each API's part with that API's seed checker) before any
 * mock changes, then switches every mock of the process and sets their clocks (frozen at `clock.now`,
 * or real time). A broken file changes nothing and names every problem with the file and JSON path.
 *
 * @example
 *   const catalog = createScenarioCatalog({ dir: 'mocks/scenarios', displayDir: 'mocks/scenarios', participants: () => running });
 *   await catalog.switchTo('empty-account');
 */
export function createScenarioCatalog(options: ScenarioCatalogOptions): ScenarioCatalog {
  let active = DEFAULT_SCENARIO;
  const names = (): string[] => {
    let files: string[];
    try {
      files = readdirSync(options.dir);
    } catch {
      return [];
    }
    return files.filter((f) => /^[a-z0-9][a-z0-9-]*\.json$/.test(f)).map((f) => f.slice(0, -5)).sort();
  };
  const displayFile = (name: string) => `${options.displayDir}/${name}.json`;

  return {
    active: () => active,
    async list() {
      const apis = options.participants().map((p) => p.name);
      const out: ScenarioSummary[] = [{ name: DEFAULT_SCENARIO, description: 'The data sets the mocks were started with.', apis }];
      for (const name of names()) {
        const read = readScenario(join(options.dir, `${name}.json`), displayFile(name), apis);
        out.push(read.kind === 'read' ? summarize(name, read.data, apis) : { name, description: `Unusable: ${read.problems.length} problem(s); switching to it lists them.`, apis: [] });
      }
      return out;
    },
    async switchTo(name): Promise<ScenarioSwitch> {
      const participants = options.participants();
      const apis = participants.map((p) => p.name);
      let data: Record<string, unknown> = {};
      let fileProblems: SeedProblem[] = [];
      if (name !== DEFAULT_SCENARIO) {
        if (!names().includes(name)) return { kind: 'unknown', known: [DEFAULT_SCENARIO, ...names()] };
        const read = readScenario(join(options.dir, `${name}.json`), displayFile(name), apis);
        if (read.kind === 'invalid' && !read.data) return read;
        data = read.data!;
        fileProblems = read.kind === 'invalid' ? read.problems : [];
      }
      const clock = fileProblems.some((p) => p.path === '$.clock') ? undefined : (data.clock as { now: number } | undefined);
      const clockMs = clock ? Math.round(clock.now * 1000) : undefined;
      // Every API's part is checked before anything changes, and every problem of the file is named.
      const problems: SeedProblem[] = [...fileProblems];
      const prepared: Extract<PreparedState, { kind: 'ready' }>[] = [];
      for (const participant of participants) {
        const own = Object.hasOwn(data, participant.name);
        const outcome = participant.prepareState(own ? data[participant.name] : participant.startSeed, clockMs);
        if (outcome.kind === 'ready') prepared.push(outcome);
        else problems.push(...outcome.problems.map((p) => (own ? { ...p, file: displayFile(name), path: `$${member(participant.name)}${p.path.slice(1)}` } : p)));
      }
      if (problems.length > 0) return { kind: 'invalid', problems };
      for (const p of prepared) p.commit();
      active = name;
      return { kind: 'switched', summary: name === DEFAULT_SCENARIO ? { name, description: 'The data sets the mocks were started with.', apis } : summarize(name, data, apis) };
    },
  };
}

function summarize(name: string, data: Record<string, unknown>, apis: readonly string[]): ScenarioSummary {
  const clock = data.clock as { now: number } | undefined;
  return {
    name,
    description: typeof data.description === 'string' ? data.description : '',
    apis: apis.filter((api) => Object.hasOwn(data, api)),
    ...(clock ? { clock: clock.now } : {}),
  };
}

/** The file's data (absent when it is not a JSON object), and the problems of its own keys. */
type ReadScenario =
  | { readonly kind: 'read'; readonly data: Record<string, unknown> }
  | { readonly kind: 'invalid'; readonly problems: SeedProblem[]; readonly data?: Record<string, unknown> };

/** The file as JSON, with its own keys checked (the APIs' parts are checked by their seed checkers). */
function readScenario(path: string, file: string, apis: readonly string[]): ReadScenario {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { kind: 'invalid', problems: [{ file, path: '$', expected: 'a JSON document', actual: (error as Error).message }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'invalid', problems: [{ file, path: '$', expected: 'an object', actual: showSeedValue(data) }] };
  }
  const problems: SeedProblem[] = [];
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!META_KEYS.has(key) && !apis.includes(key)) problems.push({ file, path: `$${member(key)}`, expected: `one of the keys ${[...META_KEYS, ...apis].join(', ')}`, actual: showSeedValue(record[key]) });
  }
  if (record.description !== undefined && typeof record.description !== 'string') problems.push({ file, path: '$.description', expected: 'a string', actual: showSeedValue(record.description) });
  if (!apis.some((api) => Object.hasOwn(record, api))) problems.push({ file, path: '$', expected: `a data set for at least one of ${apis.join(', ')}`, actual: 'none' });
  const clock = record.clock as { now?: unknown } | undefined;
  if (clock !== undefined) {
    const now = typeof clock === 'object' && clock !== null ? clock.now : undefined;
    const keys = typeof clock === 'object' && clock !== null ? Object.keys(clock) : [];
    if (typeof now !== 'number' || !Number.isFinite(now) || now < 0 || now > 253402300799 || keys.some((k) => k !== 'now')) {
      problems.push({ file, path: '$.clock', expected: '{"now": <Unix seconds, 0 to 253402300799>}', actual: showSeedValue(clock) });
    }
  }
  return problems.length > 0 ? { kind: 'invalid', problems, data: record } : { kind: 'read', data: record };
}

/** A key as a JSON path member: `.anyclassroom`, `["agora-classroom"]`. */
function member(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
