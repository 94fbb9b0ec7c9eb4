import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleAssets } from '../core/mock/control/ConsoleAssets.ts';
import { projectRoot } from '../core/projectRoot.ts';

/** The console's files and their types: nothing else under the folder is served. */
const FILES: Readonly<Record<string, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'console.css': 'text/css; charset=utf-8',
};

/**
 * The web console's files from `src/console/` (plain HTML, one script, one style sheet: nothing from
 * another host, so it works offline), read when asked so that an edit shows on the next reload.
 *
 * @example
 *   createMockServer({ api, seed, consoleAssets: readConsoleAssets() });
 */
export function readConsoleAssets(dir: string = join(projectRoot(), 'src', 'console')): ConsoleAssets {
  return {
    get(file) {
      const contentType = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
      if (!contentType) return undefined;
      return { contentType, text: readFileSync(join(dir, file), 'utf8') };
    },
  };
}
