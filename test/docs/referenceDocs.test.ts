import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';
import { listOperations } from '../../src/core/openapi/listOperations.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const docsDir = resolve(repoRoot, 'dist/docs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What a reader must find on each page's landing view without digging: the auth header names. */
const AUTH_HEADERS: Record<'anyclassroom' | 'agora-classroom' | 'mock-control', string[]> = {
  anyclassroom: ['X-Token-AC'],
  'agora-classroom': ['x-agora-token', 'x-agora-uid'],
  'mock-control': [],
};

const slug = (tag: string) => tag.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

let browser: Browser;
/** Every request a page made to anything but its own file: must stay empty except Redocly's footer logo. */
const offlineRequests: string[] = [];

async function openOffline(file: string): Promise<Page> {
  const page = await browser.newPage();
  // The network is blocked: a page that needs a CDN (Redoc without --inlineBundle) never renders.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    offlineRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(resolve(docsDir, file)).href);
  return page;
}

beforeAll(async () => {
  await promisify(execFile)(resolve(repoRoot, 'node_modules/.bin/tsx'), ['scripts/build-docs.ts'], { cwd: repoRoot });
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('npm run docs', () => {
  it('writes an index page that links to the reference of every API', async () => {
    const page = await openOffline('index.html');
    const links = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['./anyclassroom.html', './agora-classroom.html', './mock-control.html']);
    await page.close();
  });

  describe.each(['anyclassroom', 'agora-classroom', 'mock-control'] as const)('%s reference page', (api) => {
    const doc = loadDocument(api);
    const operations = listOperations(doc).map((o) => o.operation);

    let page: Page;
    beforeAll(async () => {
      page = await openOffline(`${api}.html`);
    });
    afterAll(() => page.close());

    it('renders offline, with the title and the authentication headers on the landing view', async () => {
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 }).toContain(doc.info.title);
      const text = await page.locator('body').innerText();
      for (const name of AUTH_HEADERS[api]) expect(text).toContain(name);
    });

    it.each(operations.map((op) => [op.operationId!, op] as const))('renders operation %s on its own route', async (operationId, op) => {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, `#/${slug(op.tags![0]!)}/${operationId.toLowerCase()}`);
      // Redoc renders the operation's summary as its page heading once the route is shown.
      const headings = () => page.locator('h1, h2').evaluateAll((hs) => hs.map((h) => h.textContent?.trim()));
      await expect.poll(headings, { timeout: 15_000 }).toContain(op.summary);
    });
  });

  it('loads nothing from the network but the optional footer logo', () => {
    expect(offlineRequests.filter((url) => !url.endsWith('/logo-mini-full.svg'))).toEqual([]);
  });
});
