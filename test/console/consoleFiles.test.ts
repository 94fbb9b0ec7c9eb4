import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
let anyOrigin: string;

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
  anyOrigin = mocks.api('anyclassroom').origin;
});
afterAll(() => mocks.close());

describe('the web console at /__mock/', () => {
  it.each([
    ['/__mock/', 'text/html', 'src/console/index.html'],
    ['/__mock/console/console.js', 'text/javascript', 'src/console/console.js'],
    ['/__mock/console/console.css', 'text/css', 'src/console/console.css'],
  ])('serves %s as %s, not cached, byte for byte from %s', async (path, type, file) => {
    for (const origin of [anyOrigin, mocks.agoraUrl]) {
      const res = await fetch(`${origin}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toBe(readFileSync(file, 'utf8'));
    }
  });

  it('asks no other host for anything: every URL in the page, script and style is relative', () => {
    for (const file of ['src/console/index.html', 'src/console/console.js', 'src/console/console.css']) {
      const text = readFileSync(file, 'utf8');
      expect(text.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/gi) ?? [], file).toEqual([]);
      expect(text, file).not.toMatch(/@import|url\(/);
    }
  });

  it('answers 404 in the control API format for any other file, and 405 for another method', async () => {
    for (const path of ['/__mock/console/app.js', '/__mock/console/index.htm', '/__mock/console/..%2Fpackage.json', '/__mock/console/readConsoleAssets.ts']) {
      const res = await fetch(`${anyOrigin}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: expect.any(String) });
    }
    expect((await fetch(`${anyOrigin}/__mock/`, { method: 'POST' })).status).toBe(405);
  });
});
