import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractMain, EXIT } from '../../src/contract/main.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitArgs } from './support/kitTargets.ts';
import { startRewritingProxy } from './support/startRewritingProxy.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
});
afterAll(() => mocks.close());

async function main(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await contractMain(argv, env, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run contract: usage errors exit 2 and say what is wrong', () => {
  const agora = ['--api', 'agora-classroom', '--base-url', 'http://127.0.0.1:1', '--token', 't'];
  it.each([
    { args: [], says: '--api is required' },
    { args: ['--api', 'zoom'], says: '--api must be anyclassroom or agora-classroom, got "zoom"' },
    { args: ['--api', 'anyclassroom', '--token', 't'], says: '--base-url is required' },
    { args: ['--api', 'anyclassroom', '--base-url', 'ftp://x', '--token', 't'], says: '--base-url must be an http(s) URL' },
    { args: ['--api', 'anyclassroom', '--base-url', 'http://127.0.0.1:1'], says: '--token is required' },
    { args: agora, says: '--app-id is required for agora-classroom' },
    { args: [...agora, '--app-id', 'xyz', '--uid', 'u'], says: '--app-id must be 32 hex characters' },
    { args: [...agora, '--app-id', 'a'.repeat(32)], says: '--uid is required for agora-classroom' },
    { args: ['--api', 'anyclassroom', '--base-url', 'http://127.0.0.1:1', '--token', 't', '--input', 'novalue'], says: '--input must be NAME=VALUE' },
    { args: ['--api', 'anyclassroom', '--base-url', 'http://127.0.0.1:1', '--token', 't', '--timeout', 'soon'], says: '--timeout must be a positive number' },
    { args: ['--api', 'anyclassroom', '--bogus'], says: "Unknown option '--bogus'" },
  ])('$says', async ({ args, says }) => {
    const { code, err } = await main(args);
    expect(code).toBe(EXIT.usage);
    expect(err).toContain(says);
    expect(err).toContain('Usage: npm run contract');
  });

  it('exits 2 when a workflow, an input or the scenario folder does not exist', async () => {
    const base = kitArgs(mocks, 'anyclassroom');
    expect(await main([...base, '--workflow', 'nope'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('no workflow nope') });
    expect(await main([...base, '--input', 'nothing=1'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('--input nothing: no selected workflow declares this input') });
    expect(await main([...base, '--scenarios', '/nonexistent/dir'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('cannot read the scenario folder') });
  });

  it('prints the help with exit 0', async () => {
    expect(await main(['--help'])).toMatchObject({ code: EXIT.conforms, out: expect.stringContaining('--allow-writes') });
  });
});

describe('npm run contract: results', () => {
  it('exits 0 against the mock with the settings given as environment variables instead of flags', async () => {
    const [, , , baseUrl, , token] = kitArgs(mocks, 'anyclassroom');
    const { code, out } = await main(['--workflow', 'probe-listDevices'], { CONTRACT_API: 'anyclassroom', CONTRACT_BASE_URL: baseUrl!, CONTRACT_TOKEN: token! });
    expect(code).toBe(EXIT.conforms);
    expect(out).toMatch(/^✓ probe-listDevices {2}5 steps/m);
    expect(out).toContain('coverage: operations 1/7 (14%)');
  });

  it('exits 1 when the server cannot be reached, naming the request that failed', async () => {
    const { code, out } = await main(['--api', 'anyclassroom', '--base-url', 'http://127.0.0.1:9/api/v1', '--token', 't', '--workflow', 'probe-listClassrooms', '--timeout', '2000']);
    expect(code).toBe(EXIT.violations);
    expect(out).toMatch(/listClassrooms GET http:\/\/127\.0\.0\.1:9\/api\/v1\/classrooms\?per_page=2 -> no answer: \$: expected an HTTP response, actual .*failed.* \[transport\]/);
  });

  it('writes the JUnit and coverage files where --junit and --report say', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-cli-'));
    const { code, out } = await main([...kitArgs(mocks, 'agora-classroom'), '--junit', join(dir, 'out/junit.xml'), '--report', join(dir, 'out/coverage.json')]);
    expect(code).toBe(EXIT.conforms);
    expect(out).toContain('coverage: operations 24/24 (100%), documented responses 113/176 (64%)');
    expect(out).toContain('mock control API (the operations the scenarios call), coverage: operations 10/10 (100%), documented responses 37/52 (71%)');
    expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="contract agora-classroom"/);
    expect(JSON.parse(readFileSync(join(dir, 'out/coverage.json'), 'utf8'))).toMatchObject({ api: 'agora-classroom', operations: { exercised: 24, total: 24, share: 1 } });
  });
});

describe('the cli.ts process', () => {
  const runCli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/contract/cli.ts', ...args], { cwd: repoRoot, timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
      });
    });

  it('sets the exit code: 2 on a usage error, 0 on the conforming mock, 1 on a drifted one', async () => {
    const drifted = await startRewritingProxy(new URL(mocks.anyClassroomUrl).origin, {
      rewrite: (a) => (a.status === 401 ? { status: 403 } : undefined),
    });
    try {
      const [usage, conforming, failing] = await Promise.all([
        runCli(['--api', 'nope']),
        runCli([...kitArgs(mocks, 'anyclassroom'), '--workflow', 'probe-listClassrooms']),
        runCli([...kitArgs(mocks, 'anyclassroom', drifted.origin), '--workflow', 'probe-listClassrooms']),
      ]);
      expect(usage.code, usage.stderr).toBe(2);
      expect(conforming.code, conforming.stdout + conforming.stderr).toBe(0);
      expect(failing.code, failing.stdout + failing.stderr).toBe(1);
      expect(failing.stdout).toContain('listClassrooms GET');
      expect(failing.stdout).toContain('-> 403: $statusCode: expected a declared status: 200, 401, 422, 500, 503, actual 403 [document]');
    } finally {
      await drifted.close();
    }
  });
});
