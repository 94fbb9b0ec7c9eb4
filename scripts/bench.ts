/**
 * `npm run bench`: the stateful mock's speed against Prism and a bare server, each in its own process.
 *
 * Workloads (autocannon, 50 connections unless told otherwise):
 *   single  `GET /devices?per_page=20` on 1. the stateful mock (`npm start`'s bundle and Node flags,
 *           validation on), 2. `prism mock -v error` on the same document, 3. a bare `node:http`
 *           server returning the mock's bytes;
 *   mixed   reads and writes on both APIs at once (`bench-mixed.ts`: link creates and invalidations,
 *           classes created and started, recordings started and stopped, polls) against the mock and
 *           against Prism (one process per document) on the same requests;
 *   start   `npm start` launched three times with nothing to build: milliseconds to its first answer;
 *           beside it, the same command without npm, and npm starting an empty node:http server;
 *   scale   100,000 stored links (`bench-scale.ts`, its own floors);
 *   soak    (only with `--soak-minutes N`) the mixed load on the mock for N minutes: resident memory
 *           after 1 minute and at the end.
 * The targets of a workload take turns, round after round, and each figure is the median of its
 * rounds: the machine's other work then weighs on every target alike.
 * Every target's errors and non-2xx answers are gated, Prism's and the bare server's included: a
 * server that fails under load cannot make a ratio pass. Floors (exit 1 below any): single >= 5x Prism
 * and >= 50% of bare node:http, p99 <= 5 ms; mixed >= 3x Prism; `npm start` answering <= 500 ms after
 * launch (median of three); soak: memory at the end within 10% of the 1-minute figure.
 *
 *   npm run bench                                  # single, mixed, start (3 rounds of 5 s per target), scale (its own rounds)
 *   npm run bench -- --only single,mixed --rounds 5 --duration 3
 *   npm run bench -- --only mixed --soak-minutes 10
 *   npm run bench -- --scale                       # the scale benchmark alone (scripts/bench-scale.ts)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { API_REGISTRY } from '../src/apiRegistry.ts';
import { ANYCLASSROOM_FACTS } from '../src/anyclassroom/facts.ts';
import { runMixedWorkload, type MixedResult, type MixedTarget } from './bench-mixed.ts';
import { combineRounds, inTurns, median, startNodeFlags, waitReady } from './benchRounds.ts';
// @ts-expect-error plain JavaScript module without declarations
import { ensureMockBuilt } from './build-mock.mjs';

if (process.argv.includes('--scale')) {
  await import('./bench-scale.ts');
  process.exit(process.exitCode ?? 0);
}

const repoRoot = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string', default: 'single,mixed,start,scale' },
    'soak-minutes': { type: 'string', default: '0' },
  },
});
const duration = Number(values.duration);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const soakMinutes = Number(values['soak-minutes']);
const only = new Set(values.only.split(','));
if (!(duration > 0) || !(rounds >= 1) || !(connections >= 2) || !(soakMinutes >= 0) || [...only].some((w) => !['single', 'mixed', 'start', 'scale'].includes(w))) {
  console.error('usage: npm run bench -- [--only single,mixed,start,scale] [--duration S] [--rounds R] [--connections N] [--soak-minutes M]');
  process.exit(2);
}

const ANY = API_REGISTRY.api('anyclassroom');
const AGORA = API_REGISTRY.api('agora-classroom');
const CREDENTIALS = { ANYCLASSROOM_TOKEN: 'bench-token', AGORA_TOKEN: 'bench-agora-token', AGORA_APP_ID: '0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b' };
const TOKEN_HEADER = ANYCLASSROOM_FACTS.headers.token;
/** A seeded device with 2FA (its links can be invalidated). */
const DEVICE = '7788097973';
/**
 * Below Linux's range of ephemeral ports (32768-60999): the load generator's own connections take
 * local ports from that range, and one of them on a server's port made its listen fail (EADDRINUSE).
 */
const PORTS = { mockAny: 27010, mockAgora: 27011, prismAny: 27020, prismAgora: 27021, bare: 27030, startAny: 27040, startAgora: 27041 };
const node = process.execPath;

/** The Node flags of `npm start`, so the mock runs as a user starts it. */
const START_NODE_FLAGS = startNodeFlags(repoRoot);

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

function start(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** Resident memory of a process (VmRSS), MB. */
async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

interface Single {
  readonly name: string;
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
}

async function single(name: string, url: string, warmUp: boolean): Promise<Single> {
  const headers = { [TOKEN_HEADER]: CREDENTIALS.ANYCLASSROOM_TOKEN, Accept: 'application/json' };
  if (warmUp) await autocannon({ url, connections, duration: 2, headers }); // JIT, caches
  const result = await autocannon({ url, connections, duration, headers });
  return { name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx };
}

/** A single-read target's rounds as one result (`combineRounds`). */
const medianOf = (name: string, runs: readonly Single[]): Single => ({ name, ...combineRounds(runs) });

/** A mixed-load target's rounds as one result (`combineRounds`), with every round's statuses and first failures. */
function medianMixed(runs: readonly MixedResult[]): MixedResult {
  const statuses: Record<string, number> = {};
  for (const run of runs) for (const [status, count] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  return { ...combineRounds(runs), statuses, failures: runs.flatMap((r) => r.failures).slice(0, 5) };
}

const floors: [string, boolean][] = [];
const mockEnv = CREDENTIALS;
const startMock = () => start(node, [...START_NODE_FLAGS, 'dist/mock/cli.js', '--anyclassroom-port', String(PORTS.mockAny), '--agora-port', String(PORTS.mockAgora)], mockEnv);
const mockListUrl = `http://127.0.0.1:${PORTS.mockAny}${ANY.basePath}/devices?per_page=20`;
const anyHeaders = { [TOKEN_HEADER]: CREDENTIALS.ANYCLASSROOM_TOKEN };

await ensureMockBuilt();

// A server left on one of the ports (another run still stopping) would be measured in place of ours.
for (const port of Object.values(PORTS)) {
  const since = performance.now();
  while (await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)) {
    if (performance.now() - since > 10_000) {
      console.error(`port ${port} is in use: stop what listens there (another npm run bench?) and run again`);
      process.exit(2);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

if (only.has('single') || only.has('mixed')) {
  let mock = startMock();
  await waitReady(mockListUrl, anyHeaders, performance.now());
  const prismAny = start(join(repoRoot, 'node_modules/.bin/prism'), ['mock', '-v', 'error', '-p', String(PORTS.prismAny), `generated/${ANY.name}.openapi.json`]);
  const prismUrl = `http://127.0.0.1:${PORTS.prismAny}/devices?per_page=20`;
  await waitReady(prismUrl, anyHeaders, performance.now());

  if (only.has('single')) {
    const bytes = Buffer.from(await (await fetch(mockListUrl, { headers: anyHeaders })).arrayBuffer());
    const dir = await mkdtemp(join(tmpdir(), 'bench-'));
    await writeFile(join(dir, 'body.json'), bytes);
    const bare = start(node, [
      '-e',
      `const body = require('node:fs').readFileSync(${JSON.stringify(join(dir, 'body.json'))});
require('node:http').createServer((req, res) => { res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.length }); res.end(body); }).listen(${PORTS.bare}, '127.0.0.1');`,
    ]);
    const bareUrl = `http://127.0.0.1:${PORTS.bare}/devices?per_page=20`;
    await waitReady(bareUrl, {}, performance.now());

    console.log(`single: ${connections} connections, GET /devices?per_page=20 (${bytes.length} bytes), ${rounds} rounds of ${duration} s per target, the targets in turn; medians`);
    const targets = [
      ['stateful mock', mockListUrl],
      ['prism mock -v error', prismUrl],
      ['bare node:http', bareUrl],
    ] as const;
    const runs = await inTurns(targets, rounds, ([name, url], round) => single(name, url, round === 0));
    const results = runs.map((targetRuns, i) => medianOf(targets[i]![0], targetRuns));
    for (const [i, r] of results.entries()) {
      const each = runs[i]!.map((run) => `${run.rps.toFixed(0)}/${run.p99}`).join(' ');
      console.log(`  ${r.name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   non-2xx ${r.non2xx}   rounds (req/s / p99 ms): ${each}`);
    }
    await stop(bare);
    const [m, p, b] = results as [Single, Single, Single];
    floors.push(
      [`single: throughput vs prism mock ${(m.rps / p.rps).toFixed(2)}x (floor 5x)`, m.rps / p.rps >= 5],
      [`single: throughput vs bare node:http ${((m.rps / b.rps) * 100).toFixed(1)}% (floor 50%)`, m.rps / b.rps >= 0.5],
      [`single: p99 ${m.p99} ms (floor <= 5 ms)`, m.p99 <= 5],
      ...results.map((r): [string, boolean] => [`single: ${r.name} answered every request with a 2xx (errors ${r.errors}, non-2xx ${r.non2xx})`, r.errors === 0 && r.non2xx === 0]),
    );
  }

  if (only.has('mixed')) {
    // A fresh mock: the single-read run left nothing behind, but the mixed load should start from the seed.
    await stop(mock);
    mock = startMock();
    await waitReady(mockListUrl, anyHeaders, performance.now());
    const prismAgora = start(join(repoRoot, 'node_modules/.bin/prism'), ['mock', '-v', 'error', '-p', String(PORTS.prismAgora), `generated/${AGORA.name}.openapi.json`]);
    await waitReady(`http://127.0.0.1:${PORTS.prismAgora}/edu/polling/apps/${CREDENTIALS.AGORA_APP_ID}/v2/rooms/sequences`, { 'x-agora-token': 't', 'x-agora-uid': 'u' }, performance.now());
    const target = (any: string, base: string, agora: string): MixedTarget => ({
      anyClassroom: { origin: any, base, tokenHeader: TOKEN_HEADER, token: CREDENTIALS.ANYCLASSROOM_TOKEN, deviceId: DEVICE },
      agora: { origin: agora, appId: CREDENTIALS.AGORA_APP_ID, token: CREDENTIALS.AGORA_TOKEN },
    });
    const mockTarget = target(`http://127.0.0.1:${PORTS.mockAny}`, ANY.basePath, `http://127.0.0.1:${PORTS.mockAgora}`);
    const prismTarget = target(`http://127.0.0.1:${PORTS.prismAny}`, '', `http://127.0.0.1:${PORTS.prismAgora}`);
    console.log(`\nmixed: ${connections} connections (half per API), reads and writes on both APIs, ${rounds} rounds of ${duration} s per target, in turn; medians`);
    const show = (name: string, r: MixedResult, each: readonly MixedResult[]) =>
      console.log(
        `  ${name.padEnd(22)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}   non-2xx ${r.non2xx}   ${JSON.stringify(r.statuses)}   rounds: ${each.map((run) => run.rps.toFixed(0)).join(' ')}${r.failures.map((f) => `\n      ${f}`).join('')}`,
      );
    const mixedTargets = [
      ['stateful mock', mockTarget, 'mock'],
      ['prism mock -v error', prismTarget, 'prism'],
    ] as const;
    const mixedRuns = await inTurns(mixedTargets, rounds, ([, target, label], round) => runMixedWorkload(target, { connections, duration, label: `${label}${round}`, warmUp: round === 0 }));
    const [m, p] = mixedRuns.map(medianMixed) as [MixedResult, MixedResult];
    show('stateful mock', m, mixedRuns[0]!);
    show('prism mock -v error', p, mixedRuns[1]!);
    floors.push(
      [`mixed: throughput vs prism mock ${(m.rps / p.rps).toFixed(2)}x (floor 3x)`, m.rps / p.rps >= 3],
      [`mixed: stateful mock answered every request with a 2xx (errors ${m.errors}, non-2xx ${m.non2xx})`, m.errors === 0 && m.non2xx === 0],
      [`mixed: prism answered every request with a 2xx (errors ${p.errors}, non-2xx ${p.non2xx})`, p.errors === 0 && p.non2xx === 0],
    );
    await stop(prismAgora);

    if (soakMinutes > 0) {
      await stop(mock);
      mock = startMock();
      await waitReady(mockListUrl, anyHeaders, performance.now());
      console.log(`\nsoak: the mixed load on the mock for ${soakMinutes} minutes`);
      const pid = mock.pid!;
      const samples: number[] = [];
      const rowCounts: number[] = [];
      /** Rows the two mocks hold (the mixed load stores a link, a classroom, its events and recordings on every pass). */
      const storedRows = async () => {
        let rows = 0;
        for (const port of [PORTS.mockAny, PORTS.mockAgora]) {
          const state = (await (await fetch(`http://127.0.0.1:${port}/__mock/state`)).json()) as { tables: { rows: number }[] };
          rows += state.tables.reduce((sum, t) => sum + t.rows, 0);
        }
        return rows;
      };
      const startRss = await rssMb(pid);
      const startRows = await storedRows();
      /** Resident memory beyond the start's, per 1,000 rows stored since the start (KB): flat when memory follows the state and nothing else. */
      const perThousandRows = (i: number) => ((samples[i]! - startRss) * 1024) / ((rowCounts[i]! - startRows) / 1000);
      for (let minute = 1; minute <= soakMinutes; minute++) {
        const r = await runMixedWorkload(mockTarget, { connections, duration: 58, label: `soak${minute}` });
        samples.push(await rssMb(pid));
        rowCounts.push(await storedRows());
        console.log(
          `  minute ${String(minute).padStart(2)}: ${r.rps.toFixed(0)} req/s, non-2xx ${r.non2xx}, resident ${samples.at(-1)!.toFixed(1)} MB, ${rowCounts.at(-1)!.toLocaleString('en-US')} rows stored (${perThousandRows(minute - 1).toFixed(0)} KB per 1,000 rows stored since the start)`,
        );
      }
      const growth = samples.at(-1)! / samples[0]! - 1;
      floors.push([`soak: resident memory after ${soakMinutes} min ${samples.at(-1)!.toFixed(1)} MB vs ${samples[0]!.toFixed(1)} MB after 1 min (${(growth * 100).toFixed(1)}%, floor <= 10%)`, growth <= 0.1]);
      // The mixed load stores what it creates, as the real services do: memory grows with the rows. What
      // must not grow is the memory per row (a leak would); reported beside the floor above, not instead of it.
      const perRowGrowth = perThousandRows(samples.length - 1) / perThousandRows(0) - 1;
      floors.push([
        `soak: resident memory per 1,000 rows stored ${perThousandRows(samples.length - 1).toFixed(0)} KB after ${soakMinutes} min vs ${perThousandRows(0).toFixed(0)} KB after 1 min (${(perRowGrowth * 100).toFixed(1)}%, no more than 10%)`,
        perRowGrowth <= 0.1,
      ]);
    }
  }
  await stop(mock);
  await stop(prismAny);
}

if (only.has('start')) {
  /** Milliseconds from launching `command` (in its own process group) to the first 200 from `url`, three times. */
  const firstAnswers = async (command: string, args: string[], cwd: string, url: string, headers: Record<string, string>): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const since = performance.now();
      // Its own process group, so that the server npm started stops with it.
      const child = spawn(command, args, { cwd, env: { ...process.env, ...CREDENTIALS }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
      const exited = new Promise((r) => child.once('exit', r));
      times.push(await waitReady(url, headers, since));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
      // Until the port is free again.
      while (await fetch(url).then(() => true, () => false)) await new Promise((r) => setTimeout(r, 20));
    }
    return times;
  };
  const ports = ['--anyclassroom-port', String(PORTS.startAny), '--agora-port', String(PORTS.startAgora)];
  const listUrl = `http://127.0.0.1:${PORTS.startAny}${ANY.basePath}/devices?per_page=1`;
  // `npm start` itself, as a user types it, with nothing to build (the bundle is fresh); then the same
  // command without npm (what the project's code costs), and npm starting an empty node:http server
  // (what npm and Node cost on this machine before any of the project's code runs).
  const npmStart = await firstAnswers('npm', ['start', '--silent', '--', ...ports], repoRoot, listUrl, anyHeaders);
  const direct = await firstAnswers(node, [...START_NODE_FLAGS, 'scripts/start.mjs', ...ports], repoRoot, listUrl, anyHeaders);
  const emptyDir = await mkdtemp(join(tmpdir(), 'bench-empty-'));
  await writeFile(join(emptyDir, 'package.json'), JSON.stringify({ name: 'empty', private: true, scripts: { start: 'node server.cjs' } }));
  await writeFile(join(emptyDir, 'server.cjs'), `require('node:http').createServer((req, res) => res.end('{}')).listen(${PORTS.startAny}, '127.0.0.1');`);
  const empty = await firstAnswers('npm', ['start', '--silent'], emptyDir, `http://127.0.0.1:${PORTS.startAny}/`, {});
  const show = (times: number[]) => `${times.map((t) => `${t.toFixed(0)} ms`).join(', ')} (median ${median(times).toFixed(0)} ms)`;
  console.log(`\nstart: first answer after launch, nothing to build, three launches each`);
  const rows: [string, number[]][] = [
    ['npm start', npmStart],
    [`node ${[...START_NODE_FLAGS, 'scripts/start.mjs'].join(' ')}`, direct],
    ['npm start of an empty node:http server', empty],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, times] of rows) console.log(`  ${label.padEnd(width)}  ${show(times)}`);
  floors.push([`start: npm start answering ${median(npmStart).toFixed(0)} ms after launch (median of 3, floor <= 500 ms; npm starting an empty server: ${median(empty).toFixed(0)} ms)`, median(npmStart) <= 500]);
}

let scaleOk = true;
if (only.has('scale')) {
  console.log('\nscale: 100,000 links on one device (scripts/bench-scale.ts)');
  scaleOk = await new Promise<boolean>((resolveRun) =>
    spawn(node, ['--import', 'tsx', 'scripts/bench-scale.ts'], { cwd: repoRoot, stdio: 'inherit' }).on('exit', (code) => resolveRun(code === 0)),
  );
  floors.push([`scale: every floor of the 100,000-link benchmark`, scaleOk]);
}

console.log('');
for (const [text, ok] of floors) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
process.exitCode = floors.every(([, ok]) => ok) ? 0 : 1;
// Every server gone before the process ends, so that a next run finds its ports free.
await Promise.all(children.map(stop));
