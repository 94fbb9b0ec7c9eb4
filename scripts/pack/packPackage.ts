import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { isBuiltin } from 'node:module';
import { build, type Metafile, type Plugin } from 'esbuild';
import type { PackageSpec } from '../../packages/packages.ts';
import { expandAssets } from './expandAssets.ts';
import { externalPackages } from './externalPackages.ts';

/** Where a pack reads and writes. */
export interface PackContext {
  /** The repository: sources, `packages/<dir>/`, the root `package.json` (version, dependency ranges). */
  readonly repoRoot: string;
  /** Where the tarball goes. */
  readonly outDir: string;
  /** Scratch folder; the package is assembled in `<stagingDir>/<dir>`. */
  readonly stagingDir: string;
}

/** A written tarball. */
export interface PackedPackage {
  readonly file: string;
  readonly size: number;
  readonly files: number;
}

const run = promisify(execFile);

interface RootManifest {
  readonly version: string;
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}
const readRoot = (repoRoot: string) => JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as RootManifest;
/** `{ name: range }` at the root's ranges, sorted by name. */
function ranges(root: RootManifest, names: Iterable<string>): Record<string, string> {
  return Object.fromEntries(
    [...new Set(names)].sort().map((name) => {
      const range = root.dependencies?.[name] ?? root.devDependencies?.[name];
      if (!range) throw new Error(`a package bundle imports "${name}", which the root package.json does not list: add it there`);
      return [name, range];
    }),
  );
}

/**
 * With `packages: 'external'`, esbuild leaves `node:fs` external even for the browser platform; this
 * plugin makes a Node built-in imported by the package's own code fail the browser build instead.
 * (What the npm packages it depends on import is checked by bundling them in, in
 * `test/packages/browserSafety.test.ts`.)
 */
const refuseNodeBuiltins: Plugin = {
  name: 'refuse-node-builtins',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) =>
      isBuiltin(args.path) ? { errors: [{ text: `Could not resolve "${args.path}": a Node built-in, imported by ${args.importer}, in a bundle for the browser` }] } : undefined,
    );
  },
};

/** Bundles a package's entries into `<staging>/dist` and returns esbuild's metafile. */
async function bundle(spec: PackageSpec, staging: string, repoRoot: string): Promise<Metafile> {
  // A node package may have browser entries (the mock's in-browser handlers): a second build, for the
  // browser platform, into the same folder; the two metafiles are merged (their outputs differ).
  const browserEntries = spec.platform === 'node' ? (spec.browserEntries ?? []) : [];
  const groups: [PackageSpec['platform'], string[]][] = [
    [spec.platform, Object.keys(spec.entries).filter((name) => !browserEntries.includes(name))],
    ['browser', [...browserEntries]],
  ];
  const metafile: Metafile = { inputs: {}, outputs: {} };
  for (const [platform, names] of groups) {
    if (names.length === 0) continue;
    const result = await build({
      entryPoints: Object.fromEntries(names.map((name) => [name, join(repoRoot, spec.entries[name]!)])),
      outdir: join(staging, 'dist'),
      absWorkingDir: repoRoot,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform,
      target: platform === 'node' ? 'node20' : 'es2022',
      packages: 'external',
      chunkNames: `chunks/${platform === spec.platform ? '' : `${platform}-`}[name]-[hash]`,
      metafile: true,
      legalComments: 'none',
      logLevel: 'silent',
      plugins: platform === 'browser' ? [refuseNodeBuiltins] : [],
    });
    // Errors reject the build (their text is in the thrown error); warnings are printed here.
    for (const warning of result.warnings) console.warn(`esbuild warning in ${spec.dir}: ${warning.text} (${warning.location?.file ?? ''})`);
    Object.assign(metafile.inputs, result.metafile.inputs);
    Object.assign(metafile.outputs, result.metafile.outputs);
  }
  for (const command of spec.commands ?? []) {
    const file = join(staging, 'dist', `${command}.js`);
    writeFileSync(file, `#!/usr/bin/env node\n${readFileSync(file, 'utf8')}`);
    chmodSync(file, 0o755);
  }
  return metafile;
}

/** Writes the `.d.ts` files of the package's entries (and of everything they reference) to `<staging>/types`. */
async function declare(spec: PackageSpec, staging: string, repoRoot: string): Promise<void> {
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
function manifest(spec: PackageSpec, metafile: Metafile, staging: string, repoRoot: string): Record<string, unknown> {
  const root = readRoot(repoRoot);
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
    ...(required.length > 0 ? { dependencies: ranges(root, required) } : {}),
    ...(peers.length > 0
      ? { peerDependencies: ranges(root, peers), peerDependenciesMeta: Object.fromEntries(peers.sort().map((name) => [name, { optional: true }])) }
      : {}),
  };
}

/**
 * Builds one package in `<stagingDir>/<dir>` (bundles, declarations, assets, manifest, README) and
 * writes its tarball to `outDir` with `npm pack`. Rejects when a bundle cannot be built (a browser
 * bundle that reaches a Node built-in), when tsc fails, or when a bundle imports a package the root
 * `package.json` does not list.
 *
 * @example
 *   const packed = await packPackage(PACKAGES[0], { repoRoot, outDir: 'dist/packages', stagingDir: 'dist/packages/.staging' });
 */
export async function packPackage(spec: PackageSpec, { repoRoot, outDir, stagingDir }: PackContext): Promise<PackedPackage> {
  const staging = join(stagingDir, spec.dir);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  const [metafile] = await Promise.all([bundle(spec, staging, repoRoot), declare(spec, staging, repoRoot)]);
  for (const asset of expandAssets(repoRoot, spec.assets ?? [])) {
    mkdirSync(dirname(join(staging, asset)), { recursive: true });
    copyFileSync(join(repoRoot, asset), join(staging, asset));
  }
  const readme = join(repoRoot, 'packages', spec.dir, 'README.md');
  if (existsSync(readme)) cpSync(readme, join(staging, 'README.md'));
  writeFileSync(join(staging, 'package.json'), `${JSON.stringify(manifest(spec, metafile, staging, repoRoot), null, 2)}\n`);
  const { stdout } = await run('npm', ['pack', staging, '--pack-destination', outDir, '--ignore-scripts', '--json'], { cwd: repoRoot });
  const [packed] = JSON.parse(stdout) as { filename: string; size: number; entryCount: number }[];
  return { file: packed!.filename, size: packed!.size, files: packed!.entryCount };
}

