/**
 * `npm run pack`: builds every published package of `packages/packages.ts` and writes its tarball
 * (`npm pack`) to `dist/packages/` (`--out DIR` for another folder; the tests pack into their own).
 *
 * Per package: esbuild bundles its entries (ESM, code split, every npm package left external) into
 * `dist/`, tsc writes the type declarations of the same entries into `types/`, the listed assets are
 * copied, and the manifest is `packages/<dir>/package.json` plus the root's version and the
 * dependencies the bundles import (read from esbuild's metafile, at the root's ranges). A client
 * bundle for the browser fails the build if it reaches a Node built-in.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { build, type Metafile } from 'esbuild';
import { PACKAGES, type PackageSpec } from '../packages/packages.ts';
import { expandAssets } from './pack/expandAssets.ts';
import { externalPackages } from './pack/externalPackages.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = resolve(repoRoot, values.out ?? 'dist/packages');
const stagingDir = join(outDir, '.staging');

interface RootManifest {
  readonly version: string;
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}
const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as RootManifest;
const rangeOf = (name: string): string => {
  const range = root.dependencies?.[name] ?? root.devDependencies?.[name];
  if (!range) throw new Error(`a package bundle imports "${name}", which the root package.json does not list: add it there`);
  return range;
};
const sorted = (names: Iterable<string>) => Object.fromEntries([...new Set(names)].sort().map((name) => [name, rangeOf(name)]));

/** Bundles a package's entries into `<staging>/dist` and returns esbuild's metafile. */
async function bundle(spec: PackageSpec, staging: string): Promise<Metafile> {
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(spec.entries).map(([name, source]) => [name, join(repoRoot, source)])),
    outdir: join(staging, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: spec.platform,
    target: spec.platform === 'node' ? 'node20' : 'es2022',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const command of spec.commands ?? []) {
    const file = join(staging, 'dist', `${command}.js`);
    writeFileSync(file, `#!/usr/bin/env node\n${readFileSync(file, 'utf8')}`);
    chmodSync(file, 0o755);
  }
  return result.metafile;
}

/** Writes the `.d.ts` files of the package's entries (and of everything they reference) to `<staging>/types`. */
async function declare(spec: PackageSpec, staging: string): Promise<void> {
  const config = join(staging, 'tsconfig.types.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(repoRoot, 'tsconfig.json'),
      compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, rootDir: repoRoot, outDir: join(staging, 'types'), types: ['node'], typeRoots: [join(repoRoot, 'node_modules/@types')] },
      files: Object.values(spec.entries).map((source) => join(repoRoot, source)),
      include: [],
    }),
  );
  await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', config], { cwd: repoRoot }).catch((error: { stdout?: string }) => {
    throw new Error(`tsc could not write the declarations of ${spec.dir}:\n${error.stdout ?? String(error)}`);
  });
  rmSync(config);
}

/** The published manifest: the package's own fields, the root's version, and the computed dependencies. */
function manifest(spec: PackageSpec, metafile: Metafile, staging: string): Record<string, unknown> {
  const own = JSON.parse(readFileSync(join(repoRoot, 'packages', spec.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const outputsOf = (names: readonly string[]) => names.map((name) => relative(repoRoot, join(staging, 'dist', `${name}.js`)));
  const names = Object.keys(spec.entries);
  const optional = spec.optionalEntries ?? [];
  const required = externalPackages(metafile, outputsOf(names.filter((n) => !optional.includes(n))));
  required.push(...(spec.extraDependencies ?? []));
  const peers = externalPackages(metafile, outputsOf(optional)).filter((name) => !required.includes(name));
  return {
    ...own,
    version: root.version,
    license: own.license ?? root.license,
    ...(required.length > 0 ? { dependencies: sorted(required) } : {}),
    ...(peers.length > 0
      ? { peerDependencies: sorted(peers), peerDependenciesMeta: Object.fromEntries(peers.sort().map((name) => [name, { optional: true }])) }
      : {}),
  };
}

async function pack(spec: PackageSpec): Promise<{ readonly file: string; readonly size: number; readonly files: number }> {
  const staging = join(stagingDir, spec.dir);
  mkdirSync(staging, { recursive: true });
  const [metafile] = await Promise.all([bundle(spec, staging), declare(spec, staging)]);
  for (const asset of expandAssets(repoRoot, spec.assets ?? [])) {
    mkdirSync(dirname(join(staging, asset)), { recursive: true });
    copyFileSync(join(repoRoot, asset), join(staging, asset));
  }
  const readme = join(repoRoot, 'packages', spec.dir, 'README.md');
  if (existsSync(readme)) cpSync(readme, join(staging, 'README.md'));
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest(spec, metafile, staging), null, 2)}\n`);
  const { stdout } = await run('npm', ['pack', staging, '--pack-destination', outDir, '--ignore-scripts', '--json'], { cwd: repoRoot });
  const [packed] = JSON.parse(stdout) as { filename: string; size: number; entryCount: number }[];
  return { file: packed!.filename, size: packed!.size, files: packed!.entryCount };
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(stagingDir, { recursive: true });
// Two at a time: tsc is the slow part, and the machine has two cores.
const results = [];
for (let i = 0; i < PACKAGES.length; i += 2) results.push(...(await Promise.all(PACKAGES.slice(i, i + 2).map(pack))));
rmSync(stagingDir, { recursive: true, force: true });
for (const r of results) console.log(`${relative(repoRoot, join(outDir, r.file))}  ${(r.size / 1024).toFixed(1)} kB, ${r.files} files`);
if (readdirSync(outDir).filter((f) => f.endsWith('.tgz')).length !== PACKAGES.length) throw new Error('npm pack did not write one tarball per package');
