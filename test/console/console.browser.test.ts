import { existsSync, mkdirSync, statSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = 'reports/console.png';

let mocks: RunningMocks;
let browser: Browser;
let page: Page;
let anyOrigin: string;
let agoraOrigin: string;
/** Every URL the page asked for, to prove that it asks no other host. */
const requested: string[] = [];
const anyHeaders = () => ({ 'X-Token-AC': mocks.credentials.anyClassroomToken, 'Content-Type': 'application/json' });

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (see .ci/run)`);
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
  anyOrigin = mocks.api('anyclassroom').origin;
  agoraOrigin = mocks.api('agora-classroom').origin;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${anyOrigin}/__mock/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
});
afterAll(async () => {
  await browser?.close();
  await mocks?.close();
});

describe('the web console in Chromium', () => {
  it('shows both mocks with their clock and state tables', async () => {
    await expect.poll(() => page.locator('[data-testid="tables-anyclassroom"] button[data-table="devices"]').textContent()).toBe('devices 71');
    await expect.poll(() => page.locator('[data-testid="tables-agora-classroom"] button[data-table="rooms"]').count()).toBe(1);
    expect(await page.locator('[data-testid="clock-anyclassroom"]').textContent()).toContain('(real time)');
  });

  it('shows a request made after it opened, without a reload, with its answer and verdict', async () => {
    // A marker on the window survives only if the page is not reloaded.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    const res = await fetch(`${mocks.anyClassroomUrl}/devices/7788097973/temporal`, { method: 'POST', headers: anyHeaders(), body: JSON.stringify({ until_time: 'soon' }) });
    expect(res.status).toBe(422);
    const row = page.locator('tr[data-testid="journal-row"]', { hasText: '/api/v1/devices/7788097973/temporal' });
    await row.first().waitFor({ timeout: 10_000 });
    expect(await row.first().locator('td').nth(5).textContent()).toBe('422');
    expect(await row.first().locator('td').nth(7).textContent()).toBe('refused');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    await row.first().click();
    expect(await page.locator('[data-testid="verdict"]').textContent()).toContain('the request breaks the document');
    expect(await page.locator('[data-testid="detail"]').textContent()).toContain('until_time');
    expect(await page.locator('[data-testid="request-body"]').textContent()).toContain('"until_time": "soon"');
    expect(await page.locator('[data-testid="response-body"]').textContent()).toContain('until');
  });

  it('shows requests to the other mock too (one console for every mock)', async () => {
    await fetch(`${mocks.agoraUrl}/edu/apps/${mocks.credentials.agoraAppId}/v2/rooms/${encodeURIComponent('math class 7B')}`, {
      headers: { 'x-agora-token': mocks.credentials.agoraToken, 'x-agora-uid': 'teacher-1' },
    });
    await page.locator('tr[data-testid="journal-row"]', { hasText: 'math%20class%207B' }).first().waitFor({ timeout: 10_000 });
  });

  it('freezes and advances the clock, and sets faults, through the control API', async () => {
    const card = page.locator('[data-api="anyclassroom"]');
    await card.getByRole('button', { name: 'Freeze' }).click();
    await expect.poll(() => page.locator('[data-testid="clock-anyclassroom"]').textContent()).toContain('(frozen)');
    const frozen = ((await (await fetch(`${anyOrigin}/__mock/clock`)).json()) as { now: number; frozen: boolean });
    expect(frozen.frozen).toBe(true);
    await card.getByLabel('anyclassroom seconds to advance').fill('3600');
    await card.getByRole('button', { name: 'Advance s' }).click();
    await expect.poll(async () => ((await (await fetch(`${anyOrigin}/__mock/clock`)).json()) as { now: number }).now).toBe(frozen.now + 3600);

    await card.getByLabel('anyclassroom latency (ms)').fill('25');
    await card.getByLabel('anyclassroom error rate').fill('0');
    await card.getByRole('button', { name: 'Apply faults' }).click();
    await expect.poll(async () => (await (await fetch(`${anyOrigin}/__mock/faults`)).json()) as unknown).toEqual({ latencyMs: 25, errorRate: 0 });
    await fetch(`${anyOrigin}/__mock/faults`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ latencyMs: 0 }) });
  });

  it('switches to a named scenario and resets', async () => {
    await page.locator('[data-testid="scenario"]').selectOption('empty-account');
    await page.getByRole('button', { name: 'Switch' }).click();
    await expect.poll(() => page.locator('[data-testid="tables-anyclassroom"] button[data-table="devices"]').textContent()).toBe('devices 0');
    expect(await page.locator('[data-testid="status"]').textContent()).toContain('empty-account');
    await page.locator('[data-testid="scenario"]').selectOption('default');
    await page.getByRole('button', { name: 'Switch' }).click();
    await expect.poll(() => page.locator('[data-testid="tables-anyclassroom"] button[data-table="devices"]').textContent()).toBe('devices 71');
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => page.locator('[data-testid="clock-anyclassroom"]').textContent()).toContain('(real time)');
  });

  it('writes a screenshot for CI (reports/console.png)', async () => {
    await fetch(`${mocks.anyClassroomUrl}/devices?per_page=5&nextID=1`, { headers: anyHeaders() });
    await page.locator('tr[data-testid="journal-row"]', { hasText: 'nextID' }).first().click({ timeout: 10_000 });
    mkdirSync('reports', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('asked no host but the mocks for anything', () => {
    const hosts = new Set(requested.map((url) => new URL(url).origin));
    expect([...hosts].sort()).toEqual([anyOrigin, agoraOrigin].sort());
  });
});
