/**
 * The build of `npm start`'s bundle (`dist/mock/`, esbuild), done only when its sources changed.
 *
 * `ensureMockBuilt()` fingerprints what the bundle is made of (every file under `src/`, the bundled
 * documents `generated/*.openapi.json`, the lockfile, the esbuild options below) by path, size and
 * modification time, and compares it with the stamp the last build left in `dist/mock/`. Same
 * fingerprint: nothing to do (a few milliseconds of `stat`). Otherwise: a clean build, then the
 * default seeds are checked in full with the bundle just built and a copy of those that pass is kept
 * in `dist/mock/checked-seeds/` (a start with those very bytes skips their schema check:
 * `src/mock/checkedSeeds.ts`), then the new stamp. Plain JavaScript, so that `npm start`
 * needs no TypeScript loader before the mock answers.
 *
 *   node scripts/build-mock.mjs            # build when stale (npm run build:mock)
 *   node scripts/build-mock.mjs --force    # build whatever the stamp says
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Where `npm start` runs the bundle from. */
export const OUT_DIR = join(ROOT, 'dist/mock');

/**
 * Packages bundled into the mock instead of loaded from node_modules at start: ajv and ajv-formats
 * (with what they require) are some sixty CommonJS files, which Node loads one by one in ~95 ms;
 * bundled, the same code loads in ~13 ms. Every other package stays in node_modules.
 */
const BUNDLED_PACKAGES = ['ajv', 'ajv-formats'];
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const LEFT_TO_NODE_MODULES = [
  manifest.name,
  '@classroom-toolkit/*',
  ...Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !BUNDLED_PACKAGES.includes(name)),
].flatMap((name) => (name.endsWith('/*') ? [name] : [name, `${name}/*`]));

/**
 * The bundled documents (`generated/*.openapi.json`, imported as JSON modules) as `JSON.parse` of
 * one string: V8 reads a JSON string about twice as fast as the same data written as an object
 * literal (the Agora document: ~10 ms instead of ~20 ms at start).
 */
const DOCUMENTS_AS_JSON_STRINGS = {
  name: 'documents-as-json-strings',
  setup(build) {
    build.onLoad({ filter: /\.openapi\.json$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/** The entry points of the bundle, under a project root. */
const ENTRY_POINTS = ['src/mock/cli.ts', 'src/mock/checkedSeeds.ts'];

/** esbuild options of the bundle (entry points added from the root built): lazy chunks (`--splitting`), packages left to node_modules except BUNDLED_PACKAGES. */
const BUILD_OPTIONS = {
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: LEFT_TO_NODE_MODULES,
  logLevel: 'warning',
  plugins: [DOCUMENTS_AS_JSON_STRINGS],
};

/**
 * Every file the bundle is built from, with its size and modification time, and the options: one
 * line each, compared as text with the last build's (no hash, so that `npm start` never loads
 * `node:crypto`, ~20 ms, before it answers).
 */
export function sourcesFingerprint(root = ROOT) {
  const lines = [JSON.stringify({ entryPoints: ENTRY_POINTS, ...BUILD_OPTIONS })];
  const add = (line) => lines.push(line);
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        const { size, mtimeMs } = statSync(path);
        add(`${relative(root, path)}\t${size}\t${mtimeMs}`);
      }
    }
  };
  visit(join(root, 'src'));
  // The documents are bundled as JSON modules (src/*/…Document.ts imports generated/<name>.openapi.json).
  const generated = join(root, 'generated');
  if (existsSync(generated)) {
    for (const name of readdirSync(generated).filter((n) => n.endsWith('.openapi.json')).sort()) {
      const { size, mtimeMs } = statSync(join(generated, name));
      add(`generated/${name}\t${size}\t${mtimeMs}`);
    }
  }
  for (const file of ['package-lock.json', 'package.json']) {
    const path = join(root, file);
    if (existsSync(path)) add(`${file}\t${statSync(path).mtimeMs}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Builds the bundle of the project at `root` (default: this one) into `outDir` (default
 * `dist/mock/`) when its sources changed since the last build there (or `force`). Returns whether it
 * built.
 *
 * @example
 *   await ensureMockBuilt(); // false on a second start with nothing edited
 */
export async function ensureMockBuilt({ force = false, outDir = OUT_DIR, root = ROOT } = {}) {
  const stamp = join(outDir, '.sources');
  const fingerprint = sourcesFingerprint(root);
  const fresh = !force && existsSync(join(outDir, 'cli.js')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint;
  if (fresh) return false;
  rmSync(outDir, { recursive: true, force: true });
  const { build } = await import('esbuild');
  await build({ ...BUILD_OPTIONS, entryPoints: ENTRY_POINTS.map((entry) => join(root, entry)), outdir: outDir });
  await keepCheckedSeeds(outDir, root);
  writeFileSync(stamp, fingerprint);
  return true;
}

/**
 * Checks the default seeds under `root` with the bundle in `outDir` (its `checkedSeeds.js`) and
 * keeps a copy of each that passes in `checked-seeds/` there. A check that cannot run leaves no copy:
 * every start then checks the seeds itself, as it did before the copies existed.
 */
async function keepCheckedSeeds(outDir, root) {
  try {
    const { checkDefaultSeeds, CHECKED_SEEDS_DIR } = await import(pathToFileURL(join(outDir, 'checkedSeeds.js')).href);
    const checked = await checkDefaultSeeds(root);
    mkdirSync(join(outDir, CHECKED_SEEDS_DIR), { recursive: true });
    for (const [api, bytes] of Object.entries(checked)) writeFileSync(join(outDir, CHECKED_SEEDS_DIR, `${api}.json`), bytes);
  } catch (error) {
    console.warn(`build-mock: the default seeds were not checked at build time, a start checks them (${error instanceof Error ? error.message : String(error)})`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureMockBuilt({ force: process.argv.includes('--force') });
}
