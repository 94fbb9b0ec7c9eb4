import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import type { PackageSpec } from '../../packages/packages.ts';
import { expandAssets } from '../../scripts/pack/expandAssets.ts';
import { externalPackages } from '../../scripts/pack/externalPackages.ts';
import { packPackage } from '../../scripts/pack/packPackage.ts';
import { repoRoot, run } from './support/packagesKit.ts';

const work = mkdtempSync(join(tmpdir(), 'pack-tools-'));
afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 3 }));

describe('externalPackages', () => {
  it('names the packages a bundle imports through its chunks, deep imports by package, without Node built-ins', async () => {
    const result = await build({
      entryPoints: { validation: join(repoRoot, 'src/anyclassroom/client/validation.ts') },
      outdir: join(work, 'bundle'),
      absWorkingDir: repoRoot,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    const entry = Object.keys(result.metafile.outputs).find((path) => path.endsWith('/validation.js'))!;
    // ajv is imported as `ajv/dist/2020.js` (a deep import, named by its package); the router is the project's own.
    expect(externalPackages(result.metafile, [entry])).toEqual(['ajv', 'ajv-formats']);
  });
});

describe('expandAssets', () => {
  it('expands one wildcard per segment to files, and a folder that does not exist to nothing', () => {
    const files = expandAssets(repoRoot, ['contract/*/*.arazzo.yaml', 'mocks/no-such-folder/*.json']);
    expect(files).toEqual(expect.arrayContaining(['contract/anyclassroom/probes.arazzo.yaml', 'contract/agora-classroom/probes.arazzo.yaml']));
    expect(files.every((file) => /^contract\/[^/]+\/[^/]+\.arazzo\.yaml$/.test(file))).toBe(true);
  });
});

describe('packPackage: browser entries of a Node package (the place of the mock\'s in-browser handlers)', () => {
  const context = { repoRoot, outDir: join(work, 'out'), stagingDir: join(work, 'staging') };

  it('builds them for the browser platform, and their packages become optional peer dependencies', async () => {
    const spec: PackageSpec = {
      dir: 'mock',
      entries: { index: 'src/core/openapi/loadDocument.ts', browser: 'src/anyclassroom/client/index.ts' },
      browserEntries: ['browser'],
      optionalEntries: ['browser'],
      platform: 'node',
    };
    const packed = await packPackage(spec, context);
    const tarball = join(context.outDir, packed.file);
    const { stdout: listing } = await run('tar', ['-tzf', tarball]);
    expect(listing).toContain('package/dist/browser.js');
    expect(listing).toContain('package/types/src/anyclassroom/client/index.d.ts');
    const { stdout } = await run('tar', ['-xzOf', tarball, 'package/package.json']);
    const manifest = JSON.parse(stdout) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.peerDependencies).toEqual({ 'openapi-fetch': JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).dependencies['openapi-fetch'] });
  }, 120_000);

  it('refuses a browser entry that reaches a Node built-in', async () => {
    const spec: PackageSpec = { dir: 'mock', entries: { index: 'src/core/clock.ts', browser: 'src/core/openapi/loadDocument.ts' }, browserEntries: ['browser'], platform: 'node' };
    await expect(packPackage(spec, context)).rejects.toThrow(/node:fs/);
  }, 120_000);
});
