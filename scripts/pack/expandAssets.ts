import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files matching asset patterns, relative to `root`: each `/`-separated segment is a name or a
 * `*` wildcard (no `**`; Node 20 has no `fs.glob`). A pattern that matches nothing (a folder another
 * change adds later, such as `mocks/scenarios/`) contributes nothing.
 *
 * @example
 *   expandAssets(repoRoot, ['contract/*\/*.arazzo.yaml']); // ['contract/agora-classroom/flows.arazzo.yaml', ...]
 */
export function expandAssets(root: string, patterns: readonly string[]): string[] {
  const files = new Set<string>();
  for (const pattern of patterns) {
    let matches = [''];
    const segments = pattern.split('/');
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      const test = new RegExp(`^${segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      matches = matches.flatMap((dir) => {
        let names: string[];
        try {
          names = readdirSync(join(root, dir));
        } catch {
          return [];
        }
        return names
          .filter((name) => test.test(name))
          .map((name) => (dir ? `${dir}/${name}` : name))
          .filter((path) => statSync(join(root, path)).isFile() === last);
      });
    });
    matches.forEach((file) => files.add(file));
  }
  return [...files].sort();
}
