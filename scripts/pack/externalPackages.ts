import { isBuiltin } from 'node:module';
import type { Metafile } from 'esbuild';

/**
 * The npm packages that the given bundle outputs import, following their chunks (static and
 * dynamic imports): `openapi-fetch`, `@stoplight/prism-http` (a deep import `ajv/dist/2020.js`
 * counts as `ajv`). Node built-ins are left out. Paths are the metafile's (relative to the working
 * directory esbuild ran in).
 *
 * @example
 *   externalPackages(metafile, ['dist/packages/.staging/mock/dist/cli.js']); // ['@noble/hashes', 'ajv', ...]
 */
export function externalPackages(metafile: Metafile, outputs: readonly string[]): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    const entry = metafile.outputs[output];
    if (!entry) throw new Error(`no bundle output ${output} in esbuild's metafile`);
    for (const imported of entry.imports) {
      if (!imported.external) visit(imported.path);
      else if (!isBuiltin(imported.path)) found.add(packageName(imported.path));
    }
  };
  outputs.forEach(visit);
  return [...found].sort();
}

/** `@scope/name/deep/path` -> `@scope/name`; `name/deep` -> `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
