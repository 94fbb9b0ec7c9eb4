import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
const check = (dir: string) =>
  promisify(execFile)(tsx, ['scripts/generate.ts', '--check', '--dir', dir], { cwd: repoRoot }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe('the generated-files drift check (npm run generate -- --check)', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(join(tmpdir(), 'drift-'));
    await cp(join(repoRoot, 'generated'), copy, { recursive: true });
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('passes on an up-to-date copy of generated/', async () => {
    expect(await check(copy)).toMatchObject({ code: 0 });
  }, 60_000);

  it('fails and names `npm run generate` when a generated file is stale', async () => {
    const file = join(copy, 'anyclassroom.ts');
    await writeFile(file, (await readFile(file, 'utf8')).replace('anydesk_id', 'anydesk_identifier'));
    const result = await check(copy);
    expect(result.code).toBe(1);
    expect(result.out).toContain('anyclassroom.ts');
    expect(result.out).toContain('npm run generate');
  }, 60_000);
});
