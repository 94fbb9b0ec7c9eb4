/**
 * `npm run bench`: throughput and latency of the stateful mock against Prism and a bare server.
 *
 * Runs autocannon (50 connections) on `GET /devices?per_page=20` against, each in its own process:
 *   1. the stateful mock (`npm start`'s entry point), request and response validation on;
 *   2. `prism mock -v error` serving the same document (Prism at its fastest);
 *   3. a bare `node:http` server returning the same bytes the mock returns.
 * Prints req/s, p99 and the ratios, and checks the floors: >= 3x Prism's throughput, >= 30% of the
 * bare server's, p99 <= 15 ms, ready to serve within 0.5 s of start. Exits 1 when a floor is missed.
 *
 *   npm run bench                 # 10 s per target
 *   npm run bench -- --duration 5
 *   npm run bench -- --scale      # the scale benchmark instead (scripts/bench-scale.ts)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { API_REGISTRY } from '../src/apiRegistry.ts';
import { ANYCLASSROOM_FACTS } from '../src/anyclassroom/facts.ts';

if (process.argv.includes('--scale')) {
  await import('./bench-scale.ts');
  process.exit(process.exitCode ?? 0);
}

const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const TOKEN = 'bench-token';
// The benchmark's target is AnyClassroom's device list; every other API of the registry starts too.
const TARGET = API_REGISTRY.api('anyclassroom');
const TOKEN_HEADER = ANYCLASSROOM_FACTS.headers.token;
const PORTS = { mock: 47010, prism: 47020, bare: 47030 };
const otherPort = (i: number) => 47011 + i;

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

/** Polls until the URL answers 200; returns the milliseconds from `since`. */
async function waitReady(url: string, headers: Record<string, string>, since: number, timeoutMs = 30_000): Promise<number> {
  for (;;) {
    try {
      const res = await fetch(url, { headers });
      if (res.status === 200) {
        await res.arrayBuffer();
        return performance.now() - since;
      }
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function load(name: string, url: string): Promise<{ name: string; rps: number; p99: number; errors: number; non2xx: number }> {
  const headers = { [TOKEN_HEADER]: TOKEN, Accept: 'application/json' };
  await autocannon({ url, connections, duration: 2, headers }); // warm-up (JIT, caches)
  const result = await autocannon({ url, connections, duration, headers });
  return { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

const node = process.execPath;

// 1. The stateful mock, started the way `npm start` starts it: build the bundle (npm's `prestart`),
// then time the server process from spawn to its first answer.
await new Promise<void>((resolve, reject) =>
  start('npm', ['run', '--silent', 'build:mock']).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build:mock exited ${code}`)))),
);
const mockStart = performance.now();
const portFlags = API_REGISTRY.apis.flatMap((api, i) => [`--${api.port.flag}`, String(api === TARGET ? PORTS.mock : otherPort(i))]);
const tokenEnv = TARGET.credentials.find((c) => c.key === 'token')!.env;
start(node, ['dist/mock/cli.js', ...portFlags], { [tokenEnv]: TOKEN });
const mockUrl = `http://127.0.0.1:${PORTS.mock}${TARGET.basePath}/devices?per_page=20`;
const readyMs = await waitReady(mockUrl, { [TOKEN_HEADER]: TOKEN }, mockStart);
const sample = await fetch(mockUrl, { headers: { [TOKEN_HEADER]: TOKEN } });
const bytes = Buffer.from(await sample.arrayBuffer());

// 2. Prism at its fastest, same document.
const prismStart = performance.now();
start(join(repoRoot, 'node_modules/.bin/prism'), ['mock', '-v', 'error', '-p', String(PORTS.prism), `generated/${TARGET.name}.openapi.json`]);
const prismUrl = `http://127.0.0.1:${PORTS.prism}/devices?per_page=20`;
const prismReadyMs = await waitReady(prismUrl, { [TOKEN_HEADER]: TOKEN }, prismStart);

// 3. A bare node:http server returning the mock's bytes.
const dir = await mkdtemp(join(tmpdir(), 'bench-'));
await writeFile(join(dir, 'body.json'), bytes);
const bareSource = `
const { readFileSync } = require('node:fs');
const body = readFileSync(${JSON.stringify(join(dir, 'body.json'))});
require('node:http').createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}).listen(${PORTS.bare}, '127.0.0.1');`;
const bareStart = performance.now();
start(node, ['-e', bareSource]);
const bareUrl = `http://127.0.0.1:${PORTS.bare}/devices?per_page=20`;
await waitReady(bareUrl, {}, bareStart);

console.log(`autocannon: ${connections} connections, ${duration} s per target, GET /devices?per_page=20 (${bytes.length} bytes)\n`);
const results = [];
for (const [name, url] of [
  ['stateful mock', mockUrl],
  ['prism mock -v error', prismUrl],
  ['bare node:http', bareUrl],
] as const) {
  const r = await load(name, url);
  results.push(r);
  console.log(`${r.name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   non-2xx ${r.non2xx}`);
}
const [mock, prism, bare] = results as [typeof results[0], typeof results[0], typeof results[0]];
const vsPrism = mock.rps / prism.rps;
const vsBare = mock.rps / bare.rps;
const floors = [
  [`throughput vs prism mock: ${vsPrism.toFixed(2)}x (floor 3x)`, vsPrism >= 3],
  [`throughput vs bare node:http: ${(vsBare * 100).toFixed(1)}% (floor 30%)`, vsBare >= 0.3],
  [`p99 latency: ${mock.p99} ms (floor <= 15 ms)`, mock.p99 <= 15],
  [`ready to serve: ${readyMs.toFixed(0)} ms after spawn (floor <= 500 ms; prism: ${prismReadyMs.toFixed(0)} ms)`, readyMs <= 500],
  [`no errors and no non-2xx answers from the mock`, mock.errors === 0 && mock.non2xx === 0],
] as const;
console.log('');
for (const [text, ok] of floors) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
process.exitCode = floors.every(([, ok]) => ok) ? 0 : 1;
children.forEach((c) => c.kill('SIGTERM'));
