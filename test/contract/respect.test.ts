import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { TEST_UID } from './support/kitTargets.ts';

/**
 * The scenario files are plain Arazzo 1.0: Redocly's `respect` runs them too, against the mock, with
 * its own checks (status, content type, schema, success criteria). Nothing of the kit is involved, so
 * this keeps the files honest about the open format they claim.
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const redocly = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
});
afterAll(() => mocks.close());

interface RespectReport {
  status: string;
  files: Record<string, { executedWorkflows: { workflowId: string; status: string }[] }>;
}

function respect(api: 'anyclassroom' | 'agora-classroom', args: string[]): Promise<{ code: number; report: RespectReport; output: string }> {
  const dir = `contract/${api}`;
  const files = readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith('.arazzo.yaml')).map((f) => `${dir}/${f}`);
  const json = join(mkdtempSync(join(tmpdir(), 'respect-')), 'report.json');
  return new Promise((resolve) => {
    execFile(process.execPath, [redocly, 'respect', ...files, ...args, '--json-output', json], { cwd: repoRoot, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      resolve({ code, report: JSON.parse(readFileSync(json, 'utf8')) as RespectReport, output: stdout + stderr });
    });
  });
}

describe('the scenario files under Redocly respect', () => {
  it('pass against both mocks', async () => {
    const anyOrigin = new URL(mocks.anyClassroomUrl).origin;
    const [any, agora] = await Promise.all([
      respect('anyclassroom', ['--server', `anyclassroom=${mocks.anyClassroomUrl}`, '--server', `mockControl=${anyOrigin}`, '--input', `token=${mocks.credentials.anyClassroomToken}`]),
      respect('agora-classroom', [
        '--server', `agora=${mocks.agoraUrl}`,
        '--server', `mockControl=${mocks.agoraUrl}`,
        '--input', `appId=${mocks.credentials.agoraAppId}`,
        '--input', `token=${mocks.credentials.agoraToken}`,
        '--input', `uid=${TEST_UID}`,
        '--input', `runId=respect${Date.now().toString(36)}`,
      ]),
    ]);
    for (const { code, report, output } of [any, agora]) {
      const failed = Object.values(report.files).flatMap((f) => f.executedWorkflows.filter((w) => w.status !== 'success').map((w) => w.workflowId));
      expect(failed, output).toEqual([]);
      expect(report.status).toBe('success');
      expect(code).toBe(0);
    }
    expect(Object.values(any.report.files).flatMap((f) => f.executedWorkflows).length).toBe(10);
    expect(Object.values(agora.report.files).flatMap((f) => f.executedWorkflows).length).toBe(30);
    // About 20 s for the Agora files alone on an idle two-core machine (respect starts per file).
  }, 120_000);
});
