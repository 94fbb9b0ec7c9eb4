import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineRounds, inTurns, median, startNodeFlags } from '../../scripts/benchRounds.ts';

describe('npm run bench over rounds (scripts/benchRounds.ts)', () => {
  it('takes the middle value, the lower middle for an even count, without reordering its input', () => {
    const values = [30, 10, 20];
    expect(median(values)).toBe(20);
    expect(values).toEqual([30, 10, 20]);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow(RangeError);
  });

  it('gives each target the median rate and p99 of its rounds, and counts every error and non-2xx of every round', () => {
    const combined = combineRounds([
      { rps: 10, p99: 5, errors: 0, non2xx: 1 },
      { rps: 30, p99: 9, errors: 2, non2xx: 0 },
      { rps: 20, p99: 7, errors: 0, non2xx: 0 },
    ]);
    // A slow round neither sets the figure nor hides a failure.
    expect(combined).toEqual({ rps: 20, p99: 7, errors: 2, non2xx: 1 });
  });

  it('lets the targets take turns, each round starting with the next target, and returns each target\'s runs in order', async () => {
    const order: string[] = [];
    const runs = await inTurns(['mock', 'prism', 'bare'], 3, async (target, round) => {
      order.push(`${target}${round}`);
      return `${target}${round}`;
    });
    expect(order).toEqual(['mock0', 'prism0', 'bare0', 'prism1', 'bare1', 'mock1', 'bare2', 'mock2', 'prism2']);
    expect(runs).toEqual([
      ['mock0', 'mock1', 'mock2'],
      ['prism0', 'prism1', 'prism2'],
      ['bare0', 'bare1', 'bare2'],
    ]);
  });

  it("reads npm start's Node flags: the -- words right after node, not the script's own arguments", () => {
    const dir = mkdtempSync(join(tmpdir(), 'start-flags-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'node --a=1 --b scripts/start.mjs --port 4010' } }));
    expect(startNodeFlags(dir)).toEqual(['--a=1', '--b']);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: { start: 'tsx scripts/start.ts --port 4010' } }));
    expect(startNodeFlags(dir)).toEqual([]);
  });
});
