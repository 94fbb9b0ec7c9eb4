import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Starts `npm start`'s entry point on free ports and resolves with the URLs its banner prints. */
function startCli(args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--anyclassroom-port', '0', '--agora-port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const ready = new Promise<{ anyClassroom: string; agora: string }>((resolve, reject) => {
    const timer = setInterval(() => {
      const any = /AnyClassroom API v1\.2\s+(http:\/\/\S+)/.exec(out)?.[1];
      const agora = /Agora Flexible Classroom v2\s+(http:\/\/\S+)/.exec(out)?.[1];
      // The banner is printed line by line; its last line says it is whole (the credentials' lines,
      // which the tests read, come after the APIs' lines).
      if (any && agora && out.includes('Ctrl-C stops.')) {
        clearInterval(timer);
        resolve({ anyClassroom: any, agora });
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code}: ${out}${err}`));
    });
  });
  // Tests of failed starts wait on `exited` only; awaiting `ready` still rejects as usual.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => out + err };
}

let running: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  running?.kill('SIGKILL');
  running = undefined;
});

describe('npm start', () => {
  it('serves both APIs, prints the URLs and the credentials it accepts, and stops cleanly on SIGTERM', async () => {
    const cli = startCli([], { ANYCLASSROOM_TOKEN: 'token-from-env', AGORA_TOKEN: 'agora-from-env', AGORA_APP_ID: 'aaaabbbbccccddddeeeeffff00001111' });
    running = cli.child;
    const urls = await cli.ready;
    expect(urls.anyClassroom).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(cli.output()).toContain('token-from-env');
    expect(cli.output()).toContain('aaaabbbbccccddddeeeeffff00001111');

    const devices = await fetch(`${urls.anyClassroom}/devices`, { headers: { 'X-Token-AC': 'token-from-env' } });
    expect(devices.status).toBe(200);
    expect(((await devices.json()) as { meta: { total: number } }).meta.total).toBeGreaterThanOrEqual(60);

    const poll = await fetch(`${urls.agora}/edu/polling/apps/aaaabbbbccccddddeeeeffff00001111/v2/rooms/sequences`, {
      headers: { 'x-agora-token': 'agora-from-env', 'x-agora-uid': 'u1' },
    });
    expect(poll.status).toBe(200);
    expect(await poll.json()).toMatchObject({ code: 0 });

    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  }, 30_000);

  it('stops cleanly on Ctrl-C (SIGINT)', async () => {
    const cli = startCli();
    running = cli.child;
    await cli.ready;
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
    expect(cli.output()).toContain('SIGINT: stopping the mocks');
  }, 30_000);

  it.each([
    [['--error-rate', '2'], '--error-rate must be a number from 0 to 1'],
    [['--anyclassroom-port', 'x'], '--anyclassroom-port must be a number'],
    [['--no-such-option'], "Unknown option '--no-such-option'"],
  ])('exits with 2 and explains the mistake for %j', async (args, message) => {
    const cli = startCli(args);
    running = cli.child;
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toContain(message);
  }, 30_000);

  it('refuses an AGORA_APP_ID that is not 32 hex characters', async () => {
    const cli = startCli([], { AGORA_APP_ID: 'not-an-app-id' });
    running = cli.child;
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain('AGORA_APP_ID must be 32 hex characters');
  }, 30_000);
});
