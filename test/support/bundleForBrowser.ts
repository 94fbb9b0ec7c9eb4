import { relative, resolve } from 'node:path';
import { build } from 'esbuild';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles an entry point for the browser as a frontend's bundler would, every package inlined:
 * esbuild refuses a `node:` import on the browser platform ("Could not resolve"), so a Node built-in
 * reached through the entry or a dependency fails the build. Resolves with the build's errors and
 * its inputs as repository-relative paths.
 *
 * @example
 *   const { errors, inputs } = await bundleForBrowser('src/msw/index.ts');
 */
export async function bundleForBrowser(entry: string): Promise<{ readonly errors: readonly unknown[]; readonly inputs: readonly string[] }> {
  const result = await build({
    entryPoints: [resolve(repoRoot, entry)],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { errors: result.errors, inputs: Object.keys(result.metafile.inputs).map((file) => relative(repoRoot, resolve(repoRoot, file))) };
}
