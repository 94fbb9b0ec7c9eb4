import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_REGISTRY } from '../../src/apiRegistry.ts';
import { listOperations } from '../../src/core/openapi/listOperations.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const docsDir = resolve(repoRoot, 'dist/docs');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const PUBLISHED = API_REGISTRY.documents.filter((d) => d.publishDocs);
/** What a reader must find on each page's landing view without digging: the auth header names (none for the control API). */
const authHeaders = (name: string) => API_REGISTRY.findApi(name)?.authHeaders ?? [];

const slug = (tag: string) => tag.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The Markdown files published as pages (DECISIONS.md and each mock's BEHAVIOUR.md), with their ids. */
const MARKDOWN_PAGES = [
  { page: 'decisions.html', source: 'openapi/DECISIONS.md', entry: /^### ((?:AC|AG|MK)-\d+)\./gm },
  { page: 'anyclassroom-behaviour.html', source: 'src/anyclassroom/mock/BEHAVIOUR.md', entry: undefined },
  { page: 'agora-classroom-behaviour.html', source: 'src/agora-classroom/mock/BEHAVIOUR.md', entry: undefined },
];

let browser: Browser;
/** Every request a page made to anything but a file of the docs (another host, a data fetch): must stay empty. */
const offlineRequests: string[] = [];

async function openOffline(file: string): Promise<Page> {
  const page = await browser.newPage();
  // The network is blocked: a page that needs a CDN (Redoc without --inlineBundle) never renders.
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(pathToFileURL(docsDir).href)) return route.continue();
    offlineRequests.push(`${file}: ${url}`);
    return route.abort();
  });
  // A request the page's Content-Security-Policy refused never reaches the router: the console says so.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) offlineRequests.push(`${file}: ${message.text()}`);
  });
  // Requests the router does not see (a service worker's, a ping) still show up here.
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(pathToFileURL(docsDir).href) && !url.startsWith('data:')) offlineRequests.push(`${file}: ${url}`);
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
  it('writes an index page that links to the reference of every API, the control API, the decisions and each mock\'s behaviour', async () => {
    const page = await openOffline('index.html');
    const links = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([...PUBLISHED.map((d) => `./${d.name}.html`), ...MARKDOWN_PAGES.map((p) => `./${p.page}`)]);
    expect(PUBLISHED.map((d) => d.name)).toContain('mock-control');
    await page.close();
  });

  it.each(['index.html', ...PUBLISHED.map((d) => `${d.name}.html`), ...MARKDOWN_PAGES.map((p) => p.page)])('%s forbids every other host in its Content-Security-Policy', (file) => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(readFileSync(resolve(docsDir, file), 'utf8'))?.[1];
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('publishes every decision of DECISIONS.md as a heading with the anchor the documents cite', async () => {
    const page = await openOffline('decisions.html');
    const ids = await page.locator('h3[id]').evaluateAll((hs) => hs.map((h) => h.id));
    const entries = [...readFileSync(resolve(repoRoot, 'openapi/DECISIONS.md'), 'utf8').matchAll(MARKDOWN_PAGES[0]!.entry!)].map((m) => m[1]!.toLowerCase());
    expect(entries.length).toBeGreaterThan(100);
    for (const entry of entries) expect(ids.some((id) => id.startsWith(`${entry}-`)), entry).toBe(true);
    await page.close();
  });

  it.each(MARKDOWN_PAGES.map((p) => [p.page, p.source] as const))('%s (from %s) links only to anchors and pages that exist', async (file) => {
    const page = await openOffline(file);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    const local = hrefs.filter((href) => !/^[a-z]+:/i.test(href));
    for (const href of local) {
      const [target, anchor] = href.split('#');
      const html = target ? readFileSync(resolve(docsDir, target), 'utf8') : await page.content();
      if (anchor) expect(html, href).toContain(`id="${anchor}"`);
    }
    await page.close();
  });

  describe.each(PUBLISHED.map((d) => [d.name, d] as const))('%s reference page', (api, published) => {
    const doc = published.document();
    const operations = listOperations(doc).map((o) => o.operation);

    let page: Page;
    beforeAll(async () => {
      page = await openOffline(`${api}.html`);
    });
    afterAll(() => page.close());

    it('renders offline, with the title and the authentication headers on the landing view', async () => {
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 }).toContain(doc.info.title);
      const text = await page.locator('body').innerText();
      for (const name of authHeaders(api)) expect(text).toContain(name);
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

  it('asks no other host for anything: every request of every page stayed inside dist/docs, none refused by its policy', () => {
    expect(offlineRequests).toEqual([]);
  });
});
