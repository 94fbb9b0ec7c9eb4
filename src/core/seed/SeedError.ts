/** One thing wrong in a seed data set: where, what the format wants there, and what it holds. */
export interface SeedProblem {
  /** The data set's file (`mocks/anyclassroom.seed.json`), or a description when it came from elsewhere. */
  readonly file: string;
  /** JSON path inside the data set, `$.devices[3].classroom_id`. */
  readonly path: string;
  /** What the format wants there, in words: `an integer`, `one of 0, 1, 2, 3`, `a classroom id of the seed`. */
  readonly expected: string;
  /** What is there, as JSON (shortened), or `nothing` when absent. */
  readonly actual: string;
}

/** Problems listed in a `SeedError` message (all are kept in `problems`). */
const SHOWN = 50;

/**
 * Thrown when a seed data set cannot be loaded. `problems` holds every problem found (schema and
 * cross-record checks alike), each with its file, JSON path, expectation and actual value; the
 * message lists the first 50.
 *
 * @example
 *   try { api.loadSeed(state, seed, env); } catch (e) { if (e instanceof SeedError) console.log(e.problems[0]?.path); }
 */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(
    readonly api: string,
    readonly problems: readonly SeedProblem[],
  ) {
    const lines = problems.slice(0, SHOWN).map((p) => `  - ${p.file} ${p.path}: expected ${p.expected}, got ${p.actual}`);
    if (problems.length > SHOWN) lines.push(`  ... and ${problems.length - SHOWN} more`);
    super(`invalid ${api} seed data set (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
  }
}

/**
 * A value as a seed problem prints it: JSON, shortened to 60 characters; `nothing` when absent.
 *
 * @example
 *   showSeedValue(undefined); // 'nothing'
 *   showSeedValue('x');       // '"x"'
 */
export function showSeedValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
