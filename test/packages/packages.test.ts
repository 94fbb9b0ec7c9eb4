/**
 * The published packages as a user gets them: `npm run pack` writes the tarballs, which are installed
 * into fresh folders from the npm registry's ordinary client. The client tarballs go into a fresh Vite
 * app (vite@8.3.8) that is type-checked, built for the browser, served from another origin and run in
 * Chromium against this repository's `npm start`, started with non-default credentials; the mock and
 * contract tarballs go into another folder and are run as commands (`classroom-mock`, `classroom-contract`).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { RtmTokenBuilder } from 'agora-token';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES } from '../../packages/packages.ts';
import { folderSize, installedPackages, npmInstall, repoRoot, run, serveStatic, startMockCommand, type StartedMock } from './support/packagesKit.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The budget for one API's client with openapi-fetch, minified and gzipped. */
const BUDGET_BYTES = 15_000;
const ROOT_VERSION = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** Credentials nobody would guess from the defaults: the page must use what it is given. */
const CREDENTIALS = { ANYCLASSROOM_TOKEN: 'browser-test-token', AGORA_TOKEN: 'browser-test-agora', AGORA_APP_ID: '0f1e2d3c4b5a69780f1e2d3c4b5a6978' };

const work = mkdtempSync(join(tmpdir(), 'packages-'));
const tarballs = join(work, 'tarballs');
const manifests = new Map<string, Record<string, unknown>>();
const contents = new Map<string, string[]>();

/** The tarball of `packages/<dir>`, as npm pack named it. */
const tarball = (dir: string) => join(tarballs, `classroom-toolkit-${dir}-${ROOT_VERSION}.tgz`);

beforeAll(async () => {
  await run(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/pack.ts', '--out', tarballs], { cwd: repoRoot });
  for (const spec of PACKAGES) {
    const listing = await run('tar', ['-tzf', tarball(spec.dir)]);
    contents.set(spec.dir, listing.stdout.trim().split('\n').map((line) => line.replace(/^package\//, '')));
    const { stdout } = await run('tar', ['-xzOf', tarball(spec.dir), 'package/package.json']);
    manifests.set(spec.dir, JSON.parse(stdout) as Record<string, unknown>);
  }
}, 480_000);

afterAll(() => rmSync(work, { recursive: true, force: true, maxRetries: 3 }));

/** Every file an `exports` map points at. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports.replace(/^\.\//, '')];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

describe('npm run pack', () => {
  it('writes one tarball per package, publishable (not private), at the root version', () => {
    for (const spec of PACKAGES) {
      expect(existsSync(tarball(spec.dir)), spec.dir).toBe(true);
      const manifest = manifests.get(spec.dir)!;
      expect(manifest.name).toBe(`@classroom-toolkit/${spec.dir}`);
      expect(manifest.version).toBe(ROOT_VERSION);
      expect(manifest.private).toBeUndefined();
      expect(manifest.license).toBe('MIT');
    }
  });

  it.each(['anyclassroom-client', 'agora-classroom-client'])('%s depends on openapi-fetch only; validation needs optional peers', (dir) => {
    const manifest = manifests.get(dir)!;
    expect(Object.keys(manifest.dependencies as object)).toEqual(['openapi-fetch']);
    expect(Object.keys(manifest.peerDependencies as object)).toEqual(expect.arrayContaining(['ajv', 'ajv-formats']));
    for (const meta of Object.values(manifest.peerDependenciesMeta as object)) expect(meta).toEqual({ optional: true });
  });

  it('every file the manifests export or run is in its tarball, and no TypeScript source is', () => {
    for (const spec of PACKAGES) {
      const manifest = manifests.get(spec.dir)!;
      const files = contents.get(spec.dir)!;
      const targets = [...exportTargets(manifest.exports), ...Object.values((manifest.bin ?? {}) as Record<string, string>)];
      expect(targets.length).toBeGreaterThan(1);
      for (const target of targets) expect(files, `${spec.dir}: ${target}`).toContain(target);
      expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    }
  });

  it('the mock carries the documents and seed data, the kit the documents and scenarios, each with its command', () => {
    expect(contents.get('mock')).toEqual(
      expect.arrayContaining(['generated/anyclassroom.openapi.json', 'generated/mock-control.openapi.json', 'mocks/anyclassroom.seed.json', 'mocks/agora-classroom.seed.json']),
    );
    expect(contents.get('contract')).toEqual(expect.arrayContaining(['generated/agora-classroom.openapi.json', 'contract/anyclassroom/probes.arazzo.yaml']));
    expect(manifests.get('mock')!.bin).toEqual({ 'classroom-mock': 'dist/cli.js' });
    expect(Object.keys(manifests.get('contract')!.bin as object)).toEqual(['classroom-contract', 'classroom-contract-proxy']);
    expect(manifests.get('contract')!.dependencies).toHaveProperty('@stoplight/prism-cli');
  });

  it.each(['anyclassroom-client', 'agora-classroom-client'])('the built browser entry of %s bundles for the browser platform', async (dir) => {
    const unpacked = join(work, `unpacked-${dir}`);
    mkdirSync(unpacked);
    await run('tar', ['-xzf', tarball(dir), '-C', unpacked]);
    const result = await build({
      entryPoints: [join(unpacked, 'package/dist/index.js')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      nodePaths: [join(repoRoot, 'node_modules')],
    });
    expect(result.errors).toEqual([]);
  });
});

describe('a client installed alone from its tarball', () => {
  it.each(['anyclassroom-client', 'agora-classroom-client'])('%s brings openapi-fetch and its type helpers, nothing else', async (dir) => {
    const app = join(work, `alone-${dir}`);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'alone', private: true, type: 'module' }));
    await npmInstall(app, [tarball(dir)]);
    expect(installedPackages(app)).toEqual([`@classroom-toolkit/${dir}`, 'openapi-fetch', 'openapi-typescript-helpers']);
    const kB = folderSize(join(app, 'node_modules')) / 1024;
    console.log(`${dir} installed alone: 3 packages, ${kB.toFixed(0)} kB in node_modules`);
    expect(kB).toBeLessThan(2048);
  }, 120_000);
});

describe('the mock and the contract kit installed from their tarballs', () => {
  const server = join(work, 'server');
  let mock: StartedMock;

  beforeAll(async () => {
    mkdirSync(server);
    writeFileSync(join(server, 'package.json'), JSON.stringify({ name: 'server', private: true, type: 'module' }));
    await npmInstall(server, [tarball('mock'), tarball('contract')]);
    mock = await startMockCommand(join(server, 'node_modules/.bin/classroom-mock'), ['--host', '127.0.0.1'], CREDENTIALS);
  }, 360_000);
  afterAll(() => {
    mock?.child.kill('SIGTERM');
  });

  it('classroom-mock serves both APIs with the credentials it was started with', async () => {
    const devices = await fetch(`${mock.anyClassroomUrl}/devices?per_page=1`, { headers: { 'X-Token-AC': CREDENTIALS.ANYCLASSROOM_TOKEN } });
    expect(devices.status).toBe(200);
    const refused = await fetch(`${mock.anyClassroomUrl}/devices?per_page=1`, { headers: { 'X-Token-AC': 'ac-dev-token' } });
    expect(refused.status).toBe(401);
    const poll = await fetch(`${mock.agoraUrl}/edu/polling/apps/${CREDENTIALS.AGORA_APP_ID}/v2/rooms/sequences`, {
      headers: { 'x-agora-token': CREDENTIALS.AGORA_TOKEN, 'x-agora-uid': 'u1' },
    });
    expect(poll.status).toBe(200);
  });

  it('classroom-mock --agora-app-certificate verifies AccessToken2 tokens (agora-token ships as its dependency)', async () => {
    const certificate = '0123456789abcdef0123456789abcdef';
    const verifying = await startMockCommand(join(server, 'node_modules/.bin/classroom-mock'), ['--host', '127.0.0.1', '--agora-app-certificate', certificate], CREDENTIALS);
    try {
      const poll = (headers: Record<string, string>) => fetch(`${verifying.agoraUrl}/edu/polling/apps/${CREDENTIALS.AGORA_APP_ID}/v2/rooms/sequences`, { headers });
      const token = RtmTokenBuilder.buildToken(CREDENTIALS.AGORA_APP_ID, certificate, 'u1', 600);
      expect((await poll({ 'x-agora-token': token, 'x-agora-uid': 'u1' })).status).toBe(200);
      expect((await poll({ 'x-agora-token': CREDENTIALS.AGORA_TOKEN, 'x-agora-uid': 'u1' })).status).toBe(401);
    } finally {
      verifying.child.kill('SIGTERM');
    }
  });

  it('classroom-mock serves its console and journals the requests it answered', async () => {
    const page = await fetch(`${new URL(mock.anyClassroomUrl).origin}/__mock/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    await fetch(`${mock.anyClassroomUrl}/devices?per_page=2`, { headers: { 'X-Token-AC': CREDENTIALS.ANYCLASSROOM_TOKEN } });
    const journal = await fetch(`${new URL(mock.anyClassroomUrl).origin}/__mock/requests?status=200`);
    expect(journal.status).toBe(200);
    expect(JSON.stringify(await journal.json())).toContain('per_page=2');
  });

  it('classroom-mock --help and classroom-contract --help name the installed commands', async () => {
    const mockHelp = await run(join(server, 'node_modules/.bin/classroom-mock'), ['--help']);
    expect(mockHelp.stdout).toContain('classroom-mock [options]');
    const kitHelp = await run(join(server, 'node_modules/.bin/classroom-contract'), ['--help']);
    expect(kitHelp.stdout).toContain('classroom-contract --api');
  });

  it('classroom-contract finds the kit scenarios in its package and verifies the running mock (exit 0)', async () => {
    const { stdout } = await run(join(server, 'node_modules/.bin/classroom-contract'), [
      '--api', 'anyclassroom', '--base-url', mock.anyClassroomUrl, '--token', CREDENTIALS.ANYCLASSROOM_TOKEN,
    ]);
    expect(stdout).toMatch(/coverage: operations 7\/7/);
    expect(stdout).toContain('the server conforms');
  }, 60_000);

  it('startMocks and runContract, imported by name, type-check under strict with library checking on and run', async () => {
    const dir = join(server, 'library-use');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'check.ts'),
      [
        "import { startMocks } from '@classroom-toolkit/mock';",
        "import { conforms, runContract } from '@classroom-toolkit/contract';",
        "const mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });",
        "const outcome = await runContract({ api: 'anyclassroom', baseUrl: mocks.anyClassroomUrl, credentials: { token: mocks.credentials.anyClassroomToken }, allowWrites: true });",
        'await mocks.close();',
        "console.log(JSON.stringify(outcome.kind === 'ran' ? { conforms: conforms(outcome.run), workflows: outcome.run.workflows.length } : outcome));",
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, outDir: 'out', lib: ['ES2022', 'DOM'], types: ['node'], typeRoots: [join(repoRoot, 'node_modules/@types')] },
        files: ['check.ts'],
      }),
    );
    const checked = await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', dir]).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(checked).toBe('');
    const { stdout } = await run(process.execPath, [join(dir, 'out/check.js')], { cwd: server });
    expect(JSON.parse(stdout)).toEqual({ conforms: true, workflows: expect.any(Number) });
  }, 120_000);

  it('classroom-contract exits 1 when the server does not accept its credentials', async () => {
    const failed = await run(join(server, 'node_modules/.bin/classroom-contract'), [
      '--api', 'anyclassroom', '--base-url', mock.anyClassroomUrl, '--token', 'wrong-token',
    ]).then(
      () => ({ code: 0 }),
      (error: { code: number }) => error,
    );
    expect(failed.code).toBe(1);
  }, 60_000);

  describe('a fresh Vite app using the client packages, built for the browser and run in Chromium', () => {
    const app = join(work, 'vite-app');
    let browser: Browser;
    let site: { origin: string; server: Server };
    let manifest: Record<string, { file: string; imports?: string[] }>;
    // The mock as a frontend team runs it: `npm start` in this repository, with credentials that are not the defaults.
    let mock: StartedMock;

    beforeAll(async () => {
      mock = await startMockCommand('npm', ['--host', '127.0.0.1'], CREDENTIALS, { npmStart: true });
      cpSync(join(repoRoot, 'test/packages/viteApp'), app, { recursive: true });
      writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'vite-app', private: true, type: 'module' }));
      await npmInstall(app, ['-E', 'vite@8.3.8', tarball('anyclassroom-client'), tarball('agora-classroom-client')]);
      await run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: app });
      manifest = JSON.parse(readFileSync(join(app, 'dist/.vite/manifest.json'), 'utf8')) as typeof manifest;
      // `localhost` for the page, 127.0.0.1 for the mock: two origins, so every call is a CORS request.
      site = await serveStatic(join(app, 'dist'), 'localhost');
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      });
    }, 360_000);
    afterAll(async () => {
      await browser?.close();
      site?.server.close();
      if (mock?.child.pid) process.kill(-mock.child.pid, 'SIGTERM');
    });

    it('type-checks under strict with library checking on, against the installed declarations (wrong calls fail)', async () => {
      const checked = await run(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', app]).then(
        () => '',
        (error: { stdout: string }) => error.stdout,
      );
      expect(checked).toBe('');
    }, 60_000);

    /** Opens a page of the built app and returns what it wrote, with every URL it requested. */
    async function openPage(path: string, query: Record<string, string>) {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(`${request.method()} ${request.url()}`));
      await page.goto(`${site.origin}/${path}?${new URLSearchParams(query)}`);
      await page.waitForFunction(() => document.querySelector('#result')?.textContent !== 'running', undefined, { timeout: 20_000 });
      const result = JSON.parse((await page.locator('#result').textContent())!) as Record<string, unknown>;
      await page.close();
      return { result, requested };
    }

    it('the AnyClassroom page gets the mock\'s answers cross-origin: lists, a created link, typed 404 and 401', async () => {
      const { result, requested } = await openPage('anyclassroom.html', { baseUrl: mock.anyClassroomUrl, token: CREDENTIALS.ANYCLASSROOM_TOKEN });
      expect(result).toEqual({ firstAlias: 'lab1-pc-01@ad', total: result.total, listed: result.total, linkToken: 'string', missing: '404 NotFound', refused: '401 Unauthenticated' });
      expect(result.total).toBeGreaterThan(60);
      const apiCalls = requested.filter((r) => r.includes(mock.anyClassroomUrl));
      expect(apiCalls).toEqual(expect.arrayContaining([expect.stringMatching(/^POST .*\/devices\/\d+\/temporal$/)]));
      expect(requested.filter((r) => !r.includes(site.origin) && !r.includes(new URL(mock.anyClassroomUrl).origin))).toEqual([]);
    });

    it('the Agora page gets the mock\'s answers cross-origin: nextId batches, the class state machine, typed errors', async () => {
      const { result } = await openPage('agora.html', { baseUrl: mock.agoraUrl, token: CREDENTIALS.AGORA_TOKEN, appId: CREDENTIALS.AGORA_APP_ID });
      expect(result).toEqual({ recordings: 137, classState: 2, ended: 30409101, missing: 20404100, refused: 401 });
    });

    it.each(['anyclassroom.html', 'agora.html'])('%s: one API client with openapi-fetch is at most 15 kB minified and gzipped', (entry) => {
      const chunks = new Set<string>();
      const visit = (key: string) => {
        const chunk = manifest[key]!;
        if (chunks.has(chunk.file)) return;
        chunks.add(chunk.file);
        chunk.imports?.forEach(visit);
      };
      visit(entry);
      const code = [...chunks].map((file) => readFileSync(join(app, 'dist', file)));
      // The page's JavaScript holds openapi-fetch itself (its option names survive minification).
      expect(code.some((bytes) => bytes.toString().includes('querySerializer'))).toBe(true);
      const minified = code.reduce((sum, bytes) => sum + bytes.length, 0);
      const gzipped = code.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0);
      console.log(`${entry}: ${chunks.size} chunks, ${minified} bytes minified, ${gzipped} bytes gzipped (budget ${BUDGET_BYTES})`);
      expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
    });
  });
});
