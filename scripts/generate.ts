/**
 * `npm run generate`: bundles every OpenAPI document of the registry (`src/apiRegistry.ts`) into `generated/<api>.openapi.json` (the single
 * file the mock, the clients' validator and Prism load) and writes `generated/<api>.ts` with
 * openapi-typescript.
 *
 * `npm run generate -- --check` writes nothing: it rebuilds into a temporary folder and fails, naming
 * `npm run generate`, when a committed file differs (the drift check run by `npm test`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { API_REGISTRY } from '../src/apiRegistry.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..');
// `--dir DIR` compares against (or writes to) another folder: the drift check's own test uses it.
const dirFlag = process.argv.indexOf('--dir');
const outDir = dirFlag > 0 ? resolve(process.argv[dirFlag + 1] ?? '') : join(repoRoot, 'generated');

const header = (api: string) =>
  [
    '/**',
    ` * GENERATED FILE - DO NOT EDIT. Source: ${API_REGISTRY.documents.find((a) => a.name === api)?.root}.`,
    ' * Rebuild with `npm run generate`; `npm test` fails when this copy is stale.',
    ' */',
    '',
  ].join('\n');

/** Bundles one document with Redocly (external `$ref`s become `#/components/...`). */
async function bundle(root: string, target: string): Promise<object> {
  await run(join(repoRoot, 'node_modules/.bin/redocly'), ['bundle', root, '--ext', 'json', '-o', target], {
    cwd: repoRoot,
  });
  return JSON.parse(await readFile(target, 'utf8')) as object;
}

async function build(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const api of API_REGISTRY.documents) {
    const jsonPath = join(dir, `${api.name}.openapi.json`);
    const doc = await bundle(api.root, jsonPath);
    const json = `${JSON.stringify(doc, null, 2)}\n`;
    await writeFile(jsonPath, json);
    files.set(`${api.name}.openapi.json`, json);
    const ast = await openapiTS(doc as Parameters<typeof openapiTS>[0]);
    files.set(`${api.name}.ts`, header(api.name) + astToString(ast));
  }
  return files;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const work = await mkdtemp(join(tmpdir(), 'generate-'));
  try {
    const files = await build(work);
    if (!check) {
      await mkdir(outDir, { recursive: true });
      for (const [name, text] of files) await writeFile(join(outDir, name), text);
      console.log(`generated ${[...files.keys()].map((f) => `generated/${f}`).join(', ')}`);
      return;
    }
    const stale: string[] = [];
    for (const [name, text] of files) {
      const committed = await readFile(join(outDir, name), 'utf8').catch(() => null);
      if (committed !== text) stale.push(join(outDir, name).replace(`${repoRoot}/`, ''));
    }
    if (stale.length > 0) {
      console.error(`Generated files are stale or missing: ${stale.join(', ')}.\nRun \`npm run generate\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`generated/ is up to date (${files.size} files)`);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
