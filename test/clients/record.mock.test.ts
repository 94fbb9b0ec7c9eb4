import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { readRecordings, recordingViolations, replayThroughClient, type Recording } from './support/replay.ts';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
let mocks: RunningMocks;
let out: string;
const mockViolations: unknown[] = [];

/** Runs `npm run record -- ...` (the script itself, through tsx) against the running mock. */
const record = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/record.ts', ...args], { cwd: root, timeout: 60_000 });

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, onViolation: (r) => mockViolations.push(r), log: () => undefined });
  out = mkdtempSync(join(tmpdir(), 'record-'));
});
afterAll(async () => {
  await mocks?.close();
  rmSync(out, { recursive: true, force: true });
  nock.restore();
});

describe('npm run record against the local mock', () => {
  it('records AnyClassroom reads and, with --mutating, a link created and invalidated, redacting passwords', async () => {
    const { stdout } = await record('--api', 'anyclassroom', '--base-url', mocks.anyClassroomUrl, '--token', mocks.credentials.anyClassroomToken, '--mutating', '--out', `${out}/any`);
    expect(stdout).toMatch(/^Recorded 10 answers into /);
    const definitions = readRecordings(`${out}/any`).flatMap((f) => f.definitions);
    expect(definitions.map((d) => `${d.method} ${d.status}`)).toEqual([
      'GET 200', 'GET 200', 'GET 200', 'GET 200', 'GET 404', 'GET 200', 'GET 200', 'POST 201', 'PATCH 200', 'PATCH 422',
    ]);
    expect(JSON.stringify(definitions)).not.toMatch(/"anydesk_password":"(?!REDACTED)/);
    expect(definitions[0]?.rawHeaders).not.toHaveProperty('date');
  });

  it('records Agora through a region prefix: a missing room, a seeded room, and a classroom\'s whole life with --mutating', async () => {
    const { stdout } = await record(
      '--api', 'agora-classroom', '--base-url', `${mocks.agoraUrl}/eu`, '--token', mocks.credentials.agoraToken,
      '--app-id', mocks.credentials.agoraAppId, '--uid', '7', '--room', 'math class 7B', '--mutating', '--out', `${out}/agora`,
    );
    expect(stdout).toMatch(/^Recorded 14 answers into /);
    const definitions = readRecordings(`${out}/agora`).flatMap((f) => f.definitions);
    expect(definitions[0]).toMatchObject({ status: 404, response: { code: 20404100 } });
    expect(definitions.at(-1)).toMatchObject({ status: 409, response: { code: 30409101 } });
    expect(definitions[1]?.path).toContain('/eu/edu/apps/');
  });

  it('writes answers that validate against the document and replay through the typed clients', async () => {
    const all: (readonly ['anyclassroom' | 'agora-classroom', Recording])[] = [
      ...readRecordings(`${out}/any`).flatMap((f) => f.definitions.map((d) => ['anyclassroom', d] as const)),
      ...readRecordings(`${out}/agora`).flatMap((f) => f.definitions.map((d) => ['agora-classroom', d] as const)),
    ];
    expect(all).toHaveLength(24);
    nock.disableNetConnect();
    try {
      for (const [api, definition] of all) {
        expect(recordingViolations(api, definition), `${definition.method} ${String(definition.path)}`).toEqual([]);
        nock.define([definition as nock.Definition]);
        const result = await replayThroughClient(api, definition);
        expect(result.response.status).toBe(definition.status);
        expect(result.response.ok ? result.data : result.error).toEqual(definition.response);
        expect(nock.isDone()).toBe(true);
        nock.cleanAll();
      }
    } finally {
      nock.enableNetConnect();
    }
    expect(mockViolations).toEqual([]);
  });

  it('exits 2 with the usage when a required option is missing', async () => {
    const error = await record('--api', 'anyclassroom').catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('--base-url is required');
  });
});
