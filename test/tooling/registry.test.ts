import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { API_REGISTRY } from '../../src/apiRegistry.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('the registry of APIs (src/apiRegistry.ts)', () => {
  it('names each document once, the APIs first, and keeps the mock control document out of the APIs', () => {
    const names = API_REGISTRY.documents.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, API_REGISTRY.apis.length)).toEqual(API_REGISTRY.apis.map((a) => a.name));
    expect(API_REGISTRY.findApi('mock-control')).toBeUndefined();
    expect(API_REGISTRY.documents.find((d) => d.name === 'mock-control')?.kind).toBe('document');
  });

  it("agrees with redocly.yaml's apis: the same names and roots", async () => {
    const config = parse(await readFile(join(repoRoot, 'redocly.yaml'), 'utf8')) as { apis: Record<string, { root: string }> };
    expect(Object.fromEntries(Object.entries(config.apis).map(([name, api]) => [name, api.root]))).toEqual(
      Object.fromEntries(API_REGISTRY.documents.map((d) => [d.name, d.root])),
    );
  });

  it.each(API_REGISTRY.apis.map((api) => [api.name, api] as const))('%s: has its source document, bundle, seed, scenarios and distinct port and variables', async (_name, api) => {
    expect(existsSync(join(repoRoot, api.root))).toBe(true);
    expect(api.document().servers?.[0]?.url.endsWith(api.basePath)).toBe(true);
    expect(JSON.parse(await readFile(join(repoRoot, api.seedFile), 'utf8'))).toBeTypeOf('object');
    expect((await readdir(join(repoRoot, api.scenarioDir))).some((f) => f.endsWith('.arazzo.yaml'))).toBe(true);
    const others = API_REGISTRY.apis.filter((a) => a !== api);
    expect(others.map((a) => a.port.default)).not.toContain(api.port.default);
    expect(others.flatMap((a) => [a.port.env, ...a.credentials.map((c) => c.env)])).not.toContain(api.port.env);
  });

  it.each(API_REGISTRY.apis.map((api) => [api.name, api] as const))("%s: the registry's client sends the API's credential headers to the API's base path", async (_name, api) => {
    const sent: Request[] = [];
    const fetch = async (request: Request) => {
      sent.push(request);
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const credentials = { token: 'tok', appId: 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48', uid: 'u1' };
    const client = await api.createClient({ origin: 'http://127.0.0.1:4999', credentials, fetch: fetch as typeof globalThis.fetch });
    await client.GET('/anything' as never, { params: { path: {} } } as never);
    expect(sent[0]?.url.startsWith(`http://127.0.0.1:4999${api.basePath}/`)).toBe(true);
    for (const header of api.authHeaders) expect(sent[0]?.headers.get(header), header).toBeTruthy();
  });

  describe('on a fresh checkout (no generated/ yet)', () => {
    let copy: string | undefined;
    afterAll(() => (copy ? rm(copy, { recursive: true, force: true }) : undefined));

    // `npm run generate` lists the documents before generated/ exists: reading the registry must
    // load no bundled document.
    it('runs npm run generate and writes what is committed in generated/', async () => {
      copy = await mkdtemp(join(tmpdir(), 'fresh-checkout-'));
      for (const entry of ['src', 'scripts', 'openapi', 'package.json', 'redocly.yaml', 'tsconfig.json']) await cp(join(repoRoot, entry), join(copy, entry), { recursive: true });
      await symlink(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
      await run(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/generate.ts'], { cwd: copy });
      for (const doc of API_REGISTRY.documents) {
        for (const file of [`${doc.name}.openapi.json`, `${doc.name}.ts`]) {
          expect(await readFile(join(copy, 'generated', file), 'utf8'), file).toBe(await readFile(join(repoRoot, 'generated', file), 'utf8'));
        }
      }
    }, 120_000);
  });
});
