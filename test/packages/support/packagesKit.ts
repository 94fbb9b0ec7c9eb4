import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const repoRoot = resolve(import.meta.dirname, '../../..');

/** `npm install` in `dir`, quietly; the tarballs' dependencies come from the npm cache or registry. */
export async function npmInstall(dir: string, specs: readonly string[]): Promise<void> {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
}

/** Every installed package folder under `node_modules` (`openapi-fetch`, `@scope/name`), sorted. */
export function installedPackages(dir: string): string[] {
  const root = join(dir, 'node_modules');
  const names: string[] = [];
  for (const name of readdirSync(root)) {
    if (name.startsWith('.')) continue;
    if (name.startsWith('@')) for (const inner of readdirSync(join(root, name))) names.push(`${name}/${inner}`);
    else names.push(name);
  }
  return names.sort();
}

/** Bytes under a folder. */
export function folderSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += folderSize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/** A static file server for a built app (what `vite preview` or any CDN does), on `host` and a free port. */
export async function serveStatic(dir: string, host: string): Promise<{ readonly origin: string; readonly server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}

/** A started `classroom-mock` and the URLs its banner printed. */
export interface StartedMock {
  readonly child: ChildProcess;
  readonly anyClassroomUrl: string;
  readonly agoraUrl: string;
  readonly output: () => string;
}

/**
 * Starts a mock command on free ports and resolves once its banner names both URLs. With `npmStart`,
 * `command` is ignored and the repository's own `npm start` runs (in its own process group, so that
 * killing `-pid` stops the server npm started).
 */
export function startMockCommand(command: string, args: readonly string[], env: NodeJS.ProcessEnv, options: { readonly npmStart?: boolean } = {}): Promise<StartedMock> {
  const ports = ['--anyclassroom-port', '0', '--agora-port', '0', ...args];
  const child = options.npmStart
    ? spawn('npm', ['start', '--silent', '--', ...ports], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    : spawn(command, ports, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const anyClassroomUrl = /AnyClassroom API v1\.2\s+(http:\/\/\S+)/.exec(out)?.[1];
      const agoraUrl = /Agora Flexible Classroom v2\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (anyClassroomUrl && agoraUrl) {
        clearInterval(timer);
        resolve({ child, anyClassroomUrl, agoraUrl, output: () => out });
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`${command} exited with ${code}: ${out}`));
    });
  });
}
