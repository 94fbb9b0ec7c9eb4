/**
 * `npm run pack`: builds every published package of `packages/packages.ts` and writes its tarball
 * (`npm pack`) to `dist/packages/` (`--out DIR` for another folder; the tests pack into their own).
 *
 * Per package (`scripts/pack/packPackage.ts`): esbuild bundles its entries (ESM, code split, every
 * npm package left external) into `dist/`, tsc writes the type declarations of the same entries into
 * `types/`, the listed assets are copied, and the manifest is `packages/<dir>/package.json` plus the
 * root's version and the dependencies the bundles import (read from esbuild's metafile, at the root's
 * ranges). A client bundle for the browser fails the build if it reaches a Node built-in.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGES } from '../packages/packages.ts';
import { packPackage } from './pack/packPackage.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = resolve(repoRoot, values.out ?? 'dist/packages');
const stagingDir = join(outDir, '.staging');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(stagingDir, { recursive: true });
// Two at a time: tsc is the slow part, and the machine has two cores.
const results = [];
for (let i = 0; i < PACKAGES.length; i += 2) {
  results.push(...(await Promise.all(PACKAGES.slice(i, i + 2).map((spec) => packPackage(spec, { repoRoot, outDir, stagingDir })))));
}
rmSync(stagingDir, { recursive: true, force: true });
for (const r of results) console.log(`${relative(repoRoot, join(outDir, r.file))}  ${(r.size / 1024).toFixed(1)} kB, ${r.files} files`);
if (readdirSync(outDir).filter((f) => f.endsWith('.tgz')).length !== PACKAGES.length) throw new Error('npm pack did not write one tarball per package');
