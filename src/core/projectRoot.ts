import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The project's root folder (the nearest ancestor holding `package.json` and `generated/`), found
 * from this module's own location so that it works both from `src/` (tsx, tests) and from the
 * bundle `npm start` runs (`dist/mock/cli.js`).
 *
 * @example
 *   join(projectRoot(), 'mocks', 'anyclassroom.seed.json');
 */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'generated')))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the project root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  cached = dir;
  return dir;
}
