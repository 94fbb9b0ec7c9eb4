/**
 * Collects every problem of a seed data set (not only the first), each with the JSON path it is
 * about, so one run of `loadSeed` lists all that needs fixing. Each reader returns the value when
 * it has the expected shape and `undefined` (after noting the problem) when it does not.
 *
 * @example
 *   const check = new SeedChecker();
 *   const state = check.oneOf(room.state, 'apps[0].rooms[1].state', [0, 1, 2, 3]);
 *   check.throwIfAny('agora-classroom seed'); // Error listing `apps[0].rooms[1].state: must be one of 0, 1, 2, 3 (got 7)`
 */
export class SeedChecker {
  readonly problems: string[] = [];

  fail(at: string, message: string): undefined {
    this.problems.push(`${at}: ${message}`);
    return undefined;
  }

  object(value: unknown, at: string): Record<string, unknown> | undefined {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    return this.fail(at, `must be an object (got ${describe(value)})`);
  }

  /**
   * An object whose keys are all among `keys` (a closed shape catches typos). Missing keys are
   * reported by the readers of the values (`got nothing`).
   */
  record(value: unknown, at: string, keys: readonly string[]): Record<string, unknown> | undefined {
    const object = this.object(value, at);
    if (!object) return undefined;
    for (const key of Object.keys(object)) if (!keys.includes(key)) this.fail(at, `unknown property "${key}" (allowed: ${keys.join(', ')})`);
    return object;
  }

  array(value: unknown, at: string): unknown[] | undefined {
    return Array.isArray(value) ? value : this.fail(at, `must be an array (got ${describe(value)})`);
  }

  integer(value: unknown, at: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max) return value;
    return this.fail(at, `must be an integer from ${min} to ${max} (got ${describe(value)})`);
  }

  /** An integer or `null`; `undefined` means "not valid" as with every reader. */
  nullableInteger(value: unknown, at: string): number | null | undefined {
    return value === null ? null : this.integer(value, at);
  }

  string(value: unknown, at: string, options: { readonly min?: number; readonly max?: number; readonly pattern?: RegExp } = {}): string | undefined {
    if (typeof value !== 'string') return this.fail(at, `must be a string (got ${describe(value)})`);
    if (value.length < (options.min ?? 0) || value.length > (options.max ?? Infinity)) {
      return this.fail(at, `must have ${options.min ?? 0} to ${options.max ?? 'any number of'} characters (got ${value.length})`);
    }
    if (options.pattern && !options.pattern.test(value)) return this.fail(at, `must match ${options.pattern} (got ${JSON.stringify(value)})`);
    return value;
  }

  oneOf<T extends string | number>(value: unknown, at: string, allowed: readonly T[]): T | undefined {
    if (allowed.includes(value as T)) return value as T;
    return this.fail(at, `must be one of ${allowed.join(', ')} (got ${describe(value)})`);
  }

  /** Throws one error listing every problem found (the first 50), when there is any. */
  throwIfAny(what: string): void {
    if (this.problems.length === 0) return;
    const shown = this.problems.slice(0, 50).map((p) => `  - ${p}`);
    if (this.problems.length > 50) shown.push(`  ... and ${this.problems.length - 50} more`);
    throw new Error(`Invalid ${what} (${this.problems.length} problem${this.problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}`);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
