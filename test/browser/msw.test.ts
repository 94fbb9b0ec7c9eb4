import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { fetchCase, FROZEN_AT, SAME_ANSWER_CASES, type ComparableAnswer } from '../msw/sameAnswerCases.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pageRoot = resolve(import.meta.dirname, 'msw-page');

interface MswPage {
  runCase(name: string): Promise<ComparableAnswer>;
  productionCode(): Promise<{ devices: number; roomName: string | undefined; created: number }>;
  controls(): Promise<{ afterCreate: number; afterReset: number; afterSeed: number; clock: unknown }>;
  violations(): unknown[];
  controlled(): boolean;
}
declare const mswPage: MswPage;

describe('the MSW handlers in Chromium: setupWorker through the service worker, on a page built and served by Vite', () => {
  let work: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let mocks: RunningMocks;
  const fromServiceWorker: boolean[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
    work = mkdtempSync(join(tmpdir(), 'msw-page-'));
    // What `npx msw init <public dir>` writes: MSW's own worker script, served at the page's root.
    const publicDir = join(work, 'public');
    const worker = join(dirname(createRequire(import.meta.url).resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');
    await import('node:fs/promises').then((fs) => fs.mkdir(publicDir));
    copyFileSync(worker, join(publicDir, 'mockServiceWorker.js'));
    const outDir = join(work, 'dist');
    await build({ root: pageRoot, configFile: false, logLevel: 'error', publicDir, build: { outDir, emptyOutDir: true, target: 'esnext' } });
    server = await preview({ root: pageRoot, configFile: false, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
    mocks = await startMocks({ host: '127.0.0.1', ports: { anyclassroom: 0, 'agora-classroom': 0 }, env: {}, log: () => undefined });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    page = await browser.newPage();
    page.on('response', (response) => {
      const host = new URL(response.url()).hostname;
      if (host === 'app.anyclassroom.com' || host === 'api.agora.io') fromServiceWorker.push(response.fromServiceWorker());
    });
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((done) => (server ? server.httpServer.close(() => done()) : done()));
    await mocks?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('runs under the service worker of the page', async () => {
    expect(await page.evaluate(() => mswPage.controlled())).toBe(true);
  });

  it("intercepts a frontend's production code unchanged: the typed clients on the real hosts", async () => {
    expect(await page.evaluate(() => mswPage.productionCode())).toEqual({ devices: expect.any(Number), roomName: 'Math 7B: Linear Equations', created: 201 });
    expect(fromServiceWorker.length).toBeGreaterThan(0);
    expect(fromServiceWorker.every(Boolean)).toBe(true);
  });

  it('keeps state in the page, resets it, and switches data sets at run time', async () => {
    const result = await page.evaluate(() => mswPage.controls());
    expect(result.afterCreate).toBe(result.afterReset + 1);
    expect(result.afterSeed).toBe(0);
    expect(result.clock).toEqual({ now: FROZEN_AT, frozen: true });
  });

  const serverReset = (api: string) => async () => {
    const origin = mocks.api(api).origin;
    await (await fetch(`${origin}/__mock/reset`, { method: 'POST' })).arrayBuffer();
    await (await fetch(`${origin}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: FROZEN_AT }) })).arrayBuffer();
  };

  it.each(SAME_ANSWER_CASES.map((c) => [c.name, c] as const))('answers as the HTTP server: %s', async (name, testCase) => {
    const fromServer = await fetchCase(testCase, mocks.api(testCase.api).url, serverReset(testCase.api));
    const inBrowser = await page.evaluate((caseName) => mswPage.runCase(caseName), name);
    expect(fromServer.status).toBe(testCase.status);
    expect(inBrowser).toEqual(fromServer);
  });

  it('answered everything within the documents', async () => {
    expect(await page.evaluate(() => mswPage.violations())).toEqual([]);
  });
});
