/**
 * `npm start`'s default seeds, checked once by the build instead of at every start.
 *
 * Checking a seed compiles its JSON Schema with ajv (the Agora seed's alone ~200 ms), most of the
 * time `npm start` took before its first answer. The default seeds (`mocks/*.seed.json`) ship with
 * the project, so the build of the bundle (`scripts/build-mock.mjs`) checks them with the bundle it
 * has just built (`checkDefaultSeeds`, the full check: schema and cross-record rules) and writes the
 * SHA-256 of the bytes that passed to `checked-seeds.json` beside it. At start, `readStartSeed` hashes
 * the seed file again: the same bytes give the seed marked as checked (`markSeedChecked`: frozen, its
 * schema check skipped); any other bytes (a seed edited after the build) are checked in full as
 * before. Seeds given by the user (`--seed`, scenarios) and every run from `src/` (tests, tsx: no
 * stamp beside the module) are always checked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_REGISTRY } from '../apiRegistry.ts';
import { createDomainEnv } from '../core/domain/DomainEnv.ts';
import { projectRoot } from '../core/projectRoot.ts';
import { markSeedChecked } from '../core/seed/checkedSeeds.ts';
import { SeedError } from '../core/seed/SeedError.ts';

/** The stamp's file name, beside the bundle (`dist/mock/checked-seeds.json`). */
export const CHECKED_SEEDS_FILE = 'checked-seeds.json';

/** SHA-256 (hex) of a seed file's bytes by API name: the default seeds that passed the full check. */
export type CheckedSeedsStamp = Readonly<Record<string, string>>;

const digest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Runs the full seed check (what a mock does when it loads a seed) on every API's default seed
 * under `root` and returns the digests of those that pass; a seed that fails is left out, so that a
 * start checks it and reports its `SeedError`. Run by the build on the bundle it built.
 *
 * @example
 *   writeFileSync('dist/mock/checked-seeds.json', JSON.stringify(await checkDefaultSeeds()));
 */
export async function checkDefaultSeeds(root: string = projectRoot()): Promise<Record<string, string>> {
  const stamp: Record<string, string> = {};
  for (const api of API_REGISTRY.apis) {
    const bytes = readFileSync(join(root, api.seedFile));
    const { mock } = await api.createMock({});
    try {
      mock.loadSeed(mock.newState(), JSON.parse(bytes.toString('utf8')), createDomainEnv(Date.now()));
    } catch (error) {
      if (error instanceof SeedError || error instanceof SyntaxError) continue;
      throw error;
    }
    stamp[api.name] = digest(bytes);
  }
  return stamp;
}

/**
 * An API's default seed (`seedFile` of its registry entry, under `root`) as `startMocks` starts
 * from it: marked as checked when its bytes have the digest in `stamp` (default: the stamp beside
 * this module, which only the built bundle has), else a plain parsed value that the mock checks.
 *
 * @example
 *   const seed = readStartSeed('anyclassroom'); // in dist/mock: frozen, schema check skipped
 */
export function readStartSeed(api: string, options: { readonly stamp?: CheckedSeedsStamp; readonly root?: string } = {}): unknown {
  const bytes = readFileSync(join(options.root ?? projectRoot(), API_REGISTRY.api(api).seedFile));
  const seed: unknown = JSON.parse(bytes.toString('utf8'));
  const expected = (options.stamp ?? bundleStamp())[api];
  return expected !== undefined && digest(bytes) === expected ? markSeedChecked(seed) : seed;
}

/** The stamp the build wrote beside the bundle; none (nothing trusted) when running from `src/`. */
function bundleStamp(): CheckedSeedsStamp {
  try {
    return JSON.parse(readFileSync(new URL(CHECKED_SEEDS_FILE, import.meta.url), 'utf8')) as CheckedSeedsStamp;
  } catch {
    return {};
  }
}
