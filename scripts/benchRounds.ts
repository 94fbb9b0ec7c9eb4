/**
 * How `npm run bench` measures over rounds on a shared machine: the targets of a workload take turns,
 * round after round, in a rotated order (`inTurns`), so that each is measured across the same stretch
 * of time; each figure is then the median of its rounds (`combineRounds`), which a round another
 * process slowed moves less than a mean, while every error of every round counts. Also what every
 * bench needs to start the mock as a user does: `npm start`'s Node flags, and waiting for a 200.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The middle value (the lower of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
}

/** What every workload reports of one target in one round. */
export interface RoundFigures {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

/**
 * One target's rounds as one result: the median rate and p99, every round's errors and non-2xx answers.
 *
 * @example
 *   combineRounds([{ rps: 10, p99: 5, errors: 0, non2xx: 1 }, { rps: 30, p99: 9, errors: 2, non2xx: 0 }, { rps: 20, p99: 7, errors: 0, non2xx: 0 }]);
 *   // { rps: 20, p99: 7, errors: 2, non2xx: 1 }
 */
export function combineRounds(runs: readonly RoundFigures[]): RoundFigures {
  return {
    rps: median(runs.map((r) => r.rps)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

/**
 * Runs `measure` on each target, `rounds` times, round `r` starting with target `r % targets.length`;
 * returns each target's runs, in the targets' order.
 *
 * @example
 *   await inTurns(['mock', 'prism'], 2, async (t, round) => `${t}${round}`); // [['mock0', 'mock1'], ['prism0', 'prism1']]
 */
export async function inTurns<T, R>(targets: readonly T[], rounds: number, measure: (target: T, round: number) => Promise<R>): Promise<R[][]> {
  const runs: R[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const index = (i + round) % targets.length;
      runs[index]!.push(await measure(targets[index]!, round));
    }
  }
  return runs;
}

/**
 * The Node flags `npm start` runs the mock with (the `--` words right after `node` in the
 * `package.json` of `root`), so that a bench measures the process a user starts.
 *
 * @example
 *   startNodeFlags('/repo'); // ['--max-semi-space-size=1', '--heap-growing-percent=50']
 */
export function startNodeFlags(root: string): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const words = start.split(/\s+/);
  const node = words.indexOf('node');
  return node < 0 ? [] : words.slice(node + 1).filter((w, i, all) => w.startsWith('--') && all.slice(0, i).every((p) => p.startsWith('--')));
}

/** Polls until the URL answers 200; returns the milliseconds from `since`. */
export async function waitReady(url: string, headers: Record<string, string>, since: number, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url, { headers });
      if (res.status === 200) {
        await res.arrayBuffer();
        return performance.now() - since;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 2));
  }
}
