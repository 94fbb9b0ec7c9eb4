/**
 * An A/B of the single read over HTTP between builds of the mock, steadier than `npm run bench` on a
 * busy machine. Each checkout's bundle (`dist/mock/cli.js`, run with `npm start`'s Node flags) serves
 * on its own ports; the servers take turns of `--seconds` (autocannon, 50 connections,
 * `GET /api/v1/devices?per_page=20`), `--turns` times in a rotated order (`inTurns`), so that every
 * build meets the same moments of the machine. Each turn reads the server's CPU time from
 * `/proc/<pid>/task/<tid>/stat` (Linux), its main thread apart from its other threads (the
 * collector's). Prints each build's medians: requests per second, main-thread CPU per request (user,
 * system), the other threads' CPU per request, p99; and each turn's rate.
 *
 *   npm run build:mock && (cd /other/checkout && npm run build:mock)
 *   npx tsx scripts/bench-turns.mts . /other/checkout [--turns 12] [--seconds 1.5]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ANYCLASSROOM_FACTS } from '../src/anyclassroom/facts.ts';
import { inTurns, median, startNodeFlags, waitReady } from './benchRounds.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { turns: { type: 'string', default: '12' }, seconds: { type: 'string', default: '1.5' } },
});
const turns = Number(values.turns);
const seconds = Number(values.seconds);
const roots = (positionals.length > 0 ? positionals : ['.']).map((p) => resolve(p));
if (!(turns >= 1) || !(seconds > 0)) throw new Error('--turns must be at least 1 and --seconds above 0');
for (const root of roots) if (!existsSync(`${root}/dist/mock/cli.js`)) throw new Error(`${root}/dist/mock/cli.js is missing: run \`npm run build:mock\` in ${root}`);

const TOKEN = 'bench-turns-token';
const headers = { [ANYCLASSROOM_FACTS.headers.token]: TOKEN, Accept: 'application/json' };
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

/** CPU ticks (1/100 s) of a process's main thread and of its other threads, user and system apart. */
function ticks(pid: number): { user: number; system: number; others: number } {
  const out = { user: 0, system: 0, others: 0 };
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    let fields: string[];
    try {
      fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    } catch {
      continue; // a thread that ended meanwhile
    }
    const [user, system] = [Number(fields[11]), Number(fields[12])];
    if (Number(tid) === pid) Object.assign(out, { user: out.user + user, system: out.system + system });
    else out.others += user + system;
  }
  return out;
}

interface Build {
  readonly root: string;
  readonly url: string;
  readonly child: ChildProcess;
}

const builds: Build[] = roots.map((root, i) => {
  const port = 27110 + 2 * i;
  const child = spawn(process.execPath, [...startNodeFlags(root), 'dist/mock/cli.js', '--anyclassroom-port', String(port), '--agora-port', String(port + 1)], {
    cwd: root,
    env: { ...process.env, ANYCLASSROOM_TOKEN: TOKEN },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return { root, url: `http://127.0.0.1:${port}${ANYCLASSROOM_FACTS.basePath}/devices?per_page=20`, child };
});
for (const build of builds) await waitReady(build.url, headers, performance.now());

interface Turn {
  readonly rps: number;
  readonly userUs: number;
  readonly systemUs: number;
  readonly othersUs: number;
  readonly p99: number;
}

const measure = async (build: Build, round: number): Promise<Turn | undefined> => {
  const pid = build.child.pid!;
  const before = ticks(pid);
  const result = await autocannon({ url: build.url, connections: 50, duration: seconds, headers });
  const after = ticks(pid);
  if (result.errors + result.timeouts + result.non2xx > 0) throw new Error(`${build.root}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
  if (round === 0) return undefined; // the first turn warms each build up
  const perRequest = (t: number) => (t * 10_000) / result.requests.total; // ticks of 10 ms -> µs
  return { rps: result.requests.total / seconds, userUs: perRequest(after.user - before.user), systemUs: perRequest(after.system - before.system), othersUs: perRequest(after.others - before.others), p99: result.latency.p99 };
};

console.log(`single read in turns: ${builds.length} builds, ${turns} turns of ${seconds} s each (after one to warm up), 50 connections; medians`);
const runs = await inTurns(builds, turns + 1, measure);
for (const [i, build] of builds.entries()) {
  const done = runs[i]!.filter((t): t is Turn => t !== undefined);
  const m = (pick: (t: Turn) => number) => median(done.map(pick));
  console.log(
    `  ${build.root}: ${m((t) => t.rps).toFixed(0)} req/s, main thread ${(m((t) => t.userUs + t.systemUs)).toFixed(1)} µs/request (user ${m((t) => t.userUs).toFixed(1)}, system ${m((t) => t.systemUs).toFixed(1)}), other threads ${m((t) => t.othersUs).toFixed(1)} µs, p99 ${m((t) => t.p99)} ms`,
  );
  console.log(`    turns (req/s): ${done.map((t) => t.rps.toFixed(0)).join(' ')}`);
}
process.exit(0);
