/**
 * `npm start`'s default seeds, checked once by the build instead of at every start.
 *
 * Checking a seed compiles its JSON Schema with ajv (the Agora seed's alone ~200 ms), most of the
 * time `npm start` took before its first answer. The default seeds (`mocks/*.seed.json`) ship with
 * the project, so the build of the bundle (`scripts/build-mock.mjs`) checks them with the bundle it
 * has just built (`checkDefaultSeeds`, the full check: schema and cross-record rules) and keeps a
 * copy of the bytes that passed beside it (`checked-seeds/<api>.json`). At start, `readStartSeed`
 * compares the seed file with that copy, byte for byte (no hash: loading `node:crypto` alone costs
 * ~20 ms): the same bytes give the seed marked as checked (`markSeedChecked`: frozen, its schema
 * check skipped); any other bytes (a seed edited after the build) are checked in full as before. Seeds given by the user (`--seed`, scenarios) and every run from `src/` (tests, tsx: no
 * stamp beside the module) are always checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_REGISTRY } from '../apiRegistry.ts';
import { createDomainEnv } from '../core/domain/DomainEnv.ts';
import { projectRoot } from '../core/projectRoot.ts';
import { markSeedChecked } from '../core/seed/checkedSeeds.ts';
import { SeedError } from '../core/seed/SeedError.ts';

/** The folder of the checked copies, beside the bundle (`dist/mock/checked-seeds/<api>.json`). */
export const CHECKED_SEEDS_DIR = 'checked-seeds';

/** The bytes of each default seed file that passed the full check, by API name. */
export type CheckedSeeds = Readonly<Record<string, Uint8Array>>;

/**
 * Runs the full seed check (what a mock does when it loads a seed) on every API's default seed
 * under `root` and returns the bytes of those that pass; a seed that fails is left out, so that a
 * start checks it and reports its `SeedError`. Run by the build on the bundle it built.
 *
 * @example
 *   for (const [api, bytes] of Object.entries(await checkDefaultSeeds())) writeFileSync(`dist/mock/checked-seeds/${api}.json`, bytes);
 */
export async function checkDefaultSeeds(root: string = projectRoot()): Promise<Record<string, Uint8Array>> {
  const checked: Record<string, Uint8Array> = {};
  for (const api of API_REGISTRY.apis) {
    const bytes = readSeedFile(api.name, root);
    const { mock } = await api.createMock({});
    try {
      mock.loadSeed(mock.newState(), JSON.parse(bytes.toString('utf8')), createDomainEnv(Date.now()));
    } catch (error) {
      if (error instanceof SeedError || error instanceof SyntaxError) continue;
      throw error;
    }
    checked[api.name] = bytes;
  }
  return checked;
}

/**
 * An API's default seed (`seedFile` of its registry entry, under `root`) as `startMocks` starts
 * from it: marked as checked when its bytes are those in `checked` (default: the copies beside this
 * module, which only the built bundle has), else a plain parsed value that the mock checks.
 *
 * @example
 *   const seed = readStartSeed('anyclassroom'); // in dist/mock: frozen, schema check skipped
 */
export function readStartSeed(api: string, options: { readonly checked?: CheckedSeeds; readonly root?: string } = {}): unknown {
  const bytes = readSeedFile(api, options.root);
  const seed: unknown = JSON.parse(bytes.toString('utf8'));
  const checked = options.checked ? options.checked[api] : bundleCopy(api);
  return checked !== undefined && bytes.equals(checked) ? markSeedChecked(seed) : seed;
}

/**
 * The bytes of an API's default seed file (`seedFile` of its registry entry, under `root`).
 *
 * @example
 *   JSON.parse(readSeedFile('anyclassroom').toString('utf8')); // the seed data set
 */
export function readSeedFile(api: string, root: string = projectRoot()): Buffer {
  return readFileSync(join(root, API_REGISTRY.api(api).seedFile));
}

/** The checked copy the build left beside the bundle; none (nothing trusted) when running from `src/`. */
function bundleCopy(api: string): Uint8Array | undefined {
  try {
    return readFileSync(new URL(`${CHECKED_SEEDS_DIR}/${api}.json`, import.meta.url));
  } catch {
    return undefined;
  }
}
