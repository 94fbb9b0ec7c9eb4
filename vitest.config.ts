import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker per core but one; on a two-core machine that is a single worker,
    // and the suite spends much of its time waiting on child processes (Prism, Chromium, Vite, npm):
    // two workers there took `vitest run` from 411 s to 325 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
