import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module without declarations (run by node before anything else)
import { ensureMockBuilt } from '../../scripts/build-mock.mjs';

const repoRoot = resolve(import.meta.dirname, '../..');
/** A fresh output folder under dist/, where the bundle finds node_modules as dist/mock does. */
const outDirs: string[] = [];
const tempOutDir = async () => {
  await mkdir(join(repoRoot, 'dist'), { recursive: true });
  const dir = await mkdtemp(join(repoRoot, 'dist', 'mock-build-'));
  outDirs.push(dir);
  return dir;
};
/**
 * A copy of what the bundle is built from, under dist/ (so that esbuild finds node_modules above it):
 * the tests that change a source change it there, not in the project, where another test file
 * running at the same time may be starting `npm start` from the real sources.
 */
const tempRoot = async () => {
  const root = await tempOutDir();
  for (const entry of ['src', 'generated', 'mocks', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    await cp(join(repoRoot, entry), join(root, entry), { recursive: true, preserveTimestamps: true });
  }
  return root;
};
afterAll(() => Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true }))));
const build = ensureMockBuilt as (options: { force?: boolean; outDir: string; root?: string }) => Promise<boolean>;

describe("npm start's build step", () => {
  it('builds when there is no bundle, skips the build while nothing changed, and builds again once a source changes', async () => {
    const [root, outDir] = [await tempRoot(), await tempOutDir()];
    expect(await build({ outDir, root })).toBe(true);
    expect((await stat(join(outDir, 'cli.js'))).isFile()).toBe(true);
    expect(await build({ outDir, root })).toBe(false);

    const source = join(root, 'src/mock/cli.ts');
    const { atime, mtime } = await stat(source);
    await utimes(source, atime, new Date(mtime.getTime() + 5_000));
    expect(await build({ outDir, root })).toBe(true);
    expect(await build({ outDir, root })).toBe(false);
    expect(await build({ outDir, root, force: true })).toBe(true);
  }, 60_000);

  it('builds again when a bundled document changes (generated/*.openapi.json is part of the bundle)', async () => {
    const [root, outDir] = [await tempRoot(), await tempOutDir()];
    await build({ outDir, root });
    expect(await build({ outDir, root })).toBe(false);
    const document = join(root, 'generated/anyclassroom.openapi.json');
    const { atime, mtime } = await stat(document);
    await utimes(document, atime, new Date(mtime.getTime() + 5_000));
    expect(await build({ outDir, root })).toBe(true);
  }, 60_000);

  it('carries ajv in the bundle (one file, not sixty loaded from node_modules at start) and leaves Prism to node_modules', async () => {
    const outDir = await tempOutDir();
    await build({ outDir, force: true });
    const code = (await Promise.all((await readdir(outDir)).filter((f) => f.endsWith('.js')).map((f) => readFile(join(outDir, f), 'utf8')))).join('\n');
    expect(code).not.toMatch(/from\s*["']ajv/);
    expect(code).not.toMatch(/import\(\s*["']ajv/);
    expect(code).toMatch(/import\(\s*["']@stoplight\/prism-http["']\s*\)/);
    // The documents as one JSON string each (V8 parses JSON faster than an object literal).
    expect(code).toMatch(/JSON\.parse\('\{"openapi":"3\.1\.0"/);
  }, 60_000);

  it('checks the default seeds with the bundle it built and keeps a copy of the checked bytes beside it (checked-seeds/)', async () => {
    const outDir = await tempOutDir();
    await build({ outDir, force: true });
    for (const api of ['anyclassroom', 'agora-classroom']) {
      const copy = await readFile(join(outDir, 'checked-seeds', `${api}.json`));
      expect(copy.equals(await readFile(join(repoRoot, 'mocks', `${api}.seed.json`)))).toBe(true);
    }
  }, 60_000);

  it('runs the built mock with the command line it was given (scripts/start.mjs, what npm start runs)', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--anyclassroom-port', '0', '--agora-port', '0'], { cwd: repoRoot, env: { ...process.env, ANYCLASSROOM_TOKEN: 'start-check-token' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const found = /AnyClassroom API v1\.2\s+(http:\/\/\S+)/.exec(out)?.[1];
          if (found) {
            clearInterval(timer);
            resolve(found);
          }
        }, 20);
        child.on('exit', (code) => {
          clearInterval(timer);
          reject(new Error(`exited with ${code}: ${out}`));
        });
      });
      const answer = await fetch(`${url}/devices?per_page=1`, { headers: { 'X-Token-AC': 'start-check-token' } });
      expect(answer.status).toBe(200);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);
});
