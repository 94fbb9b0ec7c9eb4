import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_REGISTRY } from '../../src/apiRegistry.ts';
import { createDomainEnv } from '../../src/core/domain/DomainEnv.ts';
import { isSeedChecked } from '../../src/core/seed/checkedSeeds.ts';
import { SeedError } from '../../src/core/seed/SeedError.ts';
import { checkDefaultSeeds, readStartSeed } from '../../src/mock/checkedSeeds.ts';
import { defaultSeed } from '../../src/mock/startMocks.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Loads a seed into a fresh mock of the API as a start does; the SeedError's message, or null. */
async function loadError(api: string, seed: unknown): Promise<string | null> {
  const { mock } = await API_REGISTRY.api(api).createMock({});
  try {
    mock.loadSeed(mock.newState(), seed, createDomainEnv(Date.now()));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(SeedError);
    return (error as Error).message;
  }
}

describe('the default seeds checked once, by the build (dist/mock/checked-seeds/)', () => {
  it('checkDefaultSeeds runs the full check on every default seed and returns the bytes it checked', async () => {
    const checked = await checkDefaultSeeds();
    expect(Object.keys(checked).sort()).toEqual(API_REGISTRY.apis.map((a) => a.name).sort());
    for (const api of API_REGISTRY.apis) {
      expect(Buffer.from(checked[api.name]!).equals(await readFile(join(repoRoot, api.seedFile)))).toBe(true);
      // The full checker, nothing skipped: the default seed passes it.
      expect(await loadError(api.name, defaultSeed(api.name))).toBeNull();
    }
  }, 30_000);

  it('leaves out a default seed that fails the check, so that a start checks it and refuses it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'checked-seeds-'));
    await mkdir(join(root, 'mocks'));
    for (const api of API_REGISTRY.apis) await writeFile(join(root, api.seedFile), await readFile(join(repoRoot, api.seedFile)));
    const any = JSON.parse(await readFile(join(root, 'mocks/anyclassroom.seed.json'), 'utf8')) as { devices: { status: string }[] };
    any.devices[0]!.status = 'on';
    await writeFile(join(root, 'mocks/anyclassroom.seed.json'), JSON.stringify(any));
    const checked = await checkDefaultSeeds(root);
    expect(checked.anyclassroom).toBeUndefined();
    expect(Buffer.from(checked['agora-classroom']!).equals(await readFile(join(repoRoot, 'mocks/agora-classroom.seed.json')))).toBe(true);
  }, 30_000);

  it('readStartSeed trusts (marks as checked, frozen) only a seed file whose bytes are the checked ones', async () => {
    const checked = await checkDefaultSeeds();
    for (const api of API_REGISTRY.apis) {
      const seed = readStartSeed(api.name, { checked });
      expect(isSeedChecked(seed)).toBe(true);
      expect(Object.isFrozen(seed)).toBe(true);
      expect(seed).toEqual(defaultSeed(api.name));
      // The marked seed loads although frozen (loading never writes into it) ...
      expect(await loadError(api.name, seed)).toBeNull();
      // ... and the schema check it skips would have passed: an unmarked copy, checked in full, loads too.
      const copy: unknown = JSON.parse(JSON.stringify(seed));
      expect(isSeedChecked(copy)).toBe(false);
      expect(await loadError(api.name, copy)).toBeNull();
    }
    // Without checked copies (tests and tsx runs from src/: no build left any), nothing is trusted.
    expect(isSeedChecked(readStartSeed('anyclassroom', { checked: {} }))).toBe(false);
    expect(isSeedChecked(readStartSeed('anyclassroom'))).toBe(false);
  }, 30_000);

  it('checks fully a default seed edited after the build, and refuses it with the same SeedError as before', async () => {
    const checked = await checkDefaultSeeds();
    const root = await mkdtemp(join(tmpdir(), 'checked-seeds-'));
    await mkdir(join(root, 'mocks'));
    const seed = defaultSeed('anyclassroom') as { devices: { status: string }[] };
    seed.devices[0]!.status = 'on';
    await writeFile(join(root, 'mocks/anyclassroom.seed.json'), JSON.stringify(seed, null, 2));
    const edited = readStartSeed('anyclassroom', { checked, root });
    expect(isSeedChecked(edited)).toBe(false);
    const message = await loadError('anyclassroom', edited);
    expect(message).toMatch(/\$\.devices\[0\]\.status: expected one of "enabled", "disabled", got "on"/);
    expect(message).toBe(await loadError('anyclassroom', JSON.parse(JSON.stringify(seed))));
  }, 30_000);
});
