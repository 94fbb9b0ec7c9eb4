/**
 * `npm run bench -- --scale`: does the mock's cost per request stay flat as one device's temporal
 * links grow from 1,000 to 100,000?
 *
 * For each size, a stateful mock of its own (`npm start`'s bundle and flags, in its own process,
 * clock frozen) is warmed up on one device and fills another with that many links through HTTP.
 * Then, in rounds, the sizes take turns (in a rotated order, as `npm run bench`'s targets do), each
 * measured on its device:
 *   creates/s        POST /devices/{id}/temporal (a fixed batch split over the rounds)
 *   invalidations/s  PATCH /temporal-access/{token}/invalidate on the links just created
 *   device detail/s  GET /devices/{id} (the latest five links)
 *   first page/s     GET /devices/{id}/temporal (the first page of the device's links)
 * Each figure is the median of its rounds; resident memory (VmRSS) is read once a size is filled
 * and, for the largest, after the rounds (the larger of the two counts). A mock started with
 * `--state-file` per size (and, with `--fsync`, one with `--state-file --state-fsync`, reported
 * without a floor) runs the same writes in the same rotation. Floors (exit 1 below any): each
 * operation keeps >= 80% of its rate at the smallest size at the largest; <= 120 MB resident at
 * 100,000 links; writes with `--state-file` >= 50% of the in-memory rate.
 *
 *   npm run bench -- --scale
 *   npm run bench -- --scale --fsync
 *   npm run bench -- --scale --sizes 1000,20000 --batch 500 --seconds 1 --rounds 2 --no-state-file
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { API_REGISTRY } from '../src/apiRegistry.ts';
import { ANYCLASSROOM_FACTS } from '../src/anyclassroom/facts.ts';
// @ts-expect-error plain JavaScript module without declarations
import { ensureMockBuilt } from './build-mock.mjs';
import { inTurns, median, startNodeFlags } from './benchRounds.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'boolean' },
    sizes: { type: 'string', default: '1000,100000' },
    batch: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '16' },
    'no-state-file': { type: 'boolean', default: false },
    fsync: { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const BATCH = Number(values.batch);
const SECONDS = Number(values.seconds);
const CONNECTIONS = Number(values.connections);
const ROUNDS = Number(values.rounds);
if (SIZES.some((n, i) => !Number.isSafeInteger(n) || n < 1 || (i > 0 && n <= SIZES[i - 1]!)) || !(BATCH >= 1) || !(SECONDS > 0) || !(CONNECTIONS >= 1) || !Number.isSafeInteger(ROUNDS) || ROUNDS < 1) {
  console.error('usage: npm run bench -- --scale [--sizes 1000,100000 (ascending)] [--batch N] [--seconds S] [--connections C] [--rounds R] [--no-state-file] [--fsync]');
  process.exit(2);
}

const repoRoot = resolve(import.meta.dirname, '..');
const API = API_REGISTRY.api('anyclassroom');
const TOKEN = 'scale-bench-token';
const HEADERS = { [ANYCLASSROOM_FACTS.headers.token]: TOKEN, Accept: 'application/json', 'Content-Type': 'application/json' };
/** 2030-01-01T00:00:00Z: the frozen clock; links are valid for a day from it. */
const NOW = 1_893_456_000;
const CREATE_BODY = JSON.stringify({ until_time: NOW + 86_400 });

interface Mock {
  readonly child: ChildProcess;
  /** Where the document's paths hang: `http://127.0.0.1:port/api/v1`. */
  readonly url: string;
  readonly origin: string;
  /** The base path alone (`/api/v1`), for request paths. */
  readonly base: string;
}

/** The Node flags `npm start` runs the mock with, so the figures are those of the process a user starts. */
const START_NODE_FLAGS = startNodeFlags(repoRoot);

/** Starts the bundled mock on free ports and resolves once its banner names the URL. */
function startMock(extraArgs: string[]): Promise<Mock> {
  const tokenEnv = API.credentials.find((c) => c.key === 'token')!.env;
  const ports = API_REGISTRY.apis.flatMap((api) => [`--${api.port.flag}`, '0']);
  const child = spawn(process.execPath, [...START_NODE_FLAGS, 'dist/mock/cli.js', ...ports, ...extraArgs], { cwd: repoRoot, env: { ...process.env, [tokenEnv]: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  return new Promise((resolvePromise, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = new RegExp(`${API.label.replace(/\./g, '\\.')}\\s+(http://\\S+)`).exec(out)?.[1];
      if (url) resolvePromise({ child, url, origin: new URL(url).origin, base: new URL(url).pathname });
    });
    child.on('exit', (code) => reject(new Error(`the mock exited with ${code}: ${out}`)));
  });
}

/** Stops a mock (SIGTERM, then SIGKILL after 5 s); at once when it has already exited. */
async function stopMock(mock: Mock): Promise<void> {
  const { child } = mock;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(killer);
}

/** Resident memory of a process in MB (Linux), or NaN elsewhere. */
async function residentMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

/**
 * The first two enabled devices of the token's own account, from the default seed: the measured one,
 * and one that warms the server up first (so the smallest size is not measured on cold code).
 */
async function benchDevices(): Promise<[measured: string, warmUp: string]> {
  const seed = JSON.parse(await readFile(join(repoRoot, API.seedFile), 'utf8')) as { devices: { anydesk_id: string; status: string; account?: string }[] };
  const [device, warmUp] = seed.devices.filter((d) => d.account === undefined && d.status === 'enabled');
  if (!device || !warmUp) throw new Error(`need two enabled devices of the own account in ${API.seedFile}`);
  return [device.anydesk_id, warmUp.anydesk_id];
}

async function linkCount(mock: Mock, device: string): Promise<number> {
  const res = await fetch(`${mock.url}/devices/${device}/temporal?per_page=1`, { headers: HEADERS });
  if (res.status !== 200) throw new Error(`GET .../temporal answered ${res.status}`);
  return ((await res.json()) as { meta: { total: number } }).meta.total;
}

interface Run {
  readonly perSecond: number;
  readonly tokens: string[];
}

/** One request of a write batch. */
interface BatchRequest {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
}

/**
 * Sends `amount` requests made by `make(i)` to `origin`, `CONNECTIONS` at a time on keep-alive
 * sockets, and times the batch exactly; fails on any non-2xx answer. (autocannon's `amount` mode ends
 * on its one-second tick, which capped every batch of N at about N requests per second.)
 */
async function batch(name: string, origin: string, make: (i: number) => BatchRequest, amount: number): Promise<Run> {
  const url = new URL(origin);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const tokens: string[] = [];
  const failures: number[] = [];
  let next = 0;
  const send = (r: BatchRequest) =>
    new Promise<void>((done, fail) => {
      const req = httpRequest({ host: url.hostname, port: url.port, method: r.method, path: r.path, headers: HEADERS, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status < 200 || status > 299) failures.push(status);
          else if (r.method === 'POST') tokens.push((JSON.parse(Buffer.concat(chunks).toString()) as { data: { token: string } }).data.token);
          done();
        });
      });
      req.on('error', fail);
      req.end(r.body);
    });
  const worker = async () => {
    while (next < amount) await send(make(next++));
  };
  const started = performance.now();
  try {
    await Promise.all(Array.from({ length: Math.min(CONNECTIONS, amount) }, worker));
  } finally {
    agent.destroy();
  }
  const elapsed = (performance.now() - started) / 1000;
  if (failures.length > 0) throw new Error(`${name}: ${failures.length} non-2xx answers (first: ${failures[0]})`);
  return { perSecond: amount / elapsed, tokens };
}

/** Reads for `seconds` with autocannon; fails on any non-2xx answer. */
async function load(name: string, origin: string, request: autocannon.Request, seconds: number): Promise<Run> {
  const result = await autocannon({
    url: origin,
    connections: CONNECTIONS,
    // A slow answer is a figure to report, not a failure (autocannon's default gives up after 10 s).
    timeout: 120,
    duration: seconds,
    requests: [request],
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts (statuses ${JSON.stringify(result.statusCodeStats)})`);
  }
  return { perSecond: result.requests.total / (result.duration || seconds), tokens: [] };
}

const create = (mock: Mock, device: string) => (): BatchRequest => ({ method: 'POST', path: `${mock.base}/devices/${device}/temporal`, body: CREATE_BODY });

/** Creates links on `device` until it holds `size`. */
async function fill(mock: Mock, device: string, size: number): Promise<void> {
  const missing = size - (await linkCount(mock, device));
  if (missing > 0) await batch('fill', mock.origin, create(mock, device), missing);
}

/** Invalidates each token once (a fresh link each time: a second invalidation answers otherwise). */
function invalidate(mock: Mock, tokens: string[]): Promise<Run> {
  return batch('invalidate', mock.origin, (i) => ({ method: 'PATCH', path: `${mock.base}/temporal-access/${tokens[i]}/invalidate` }), tokens.length);
}

interface Figures {
  readonly size: number;
  readonly creates: number;
  readonly invalidations: number;
  readonly detail?: number;
  readonly firstPage?: number;
  readonly residentMb?: number;
}

/** One mock of the run, holding one size: in memory (reads and memory measured too) or with a state file (writes only). */
interface Target {
  readonly label: string;
  readonly size: number;
  readonly mock: Mock;
  readonly reads: boolean;
  /** The device that holds `size` links. */
  readonly device: string;
  /** Resident memory once the device was filled (in memory only). */
  readonly filledMb: number | undefined;
  readonly cleanUp: () => Promise<void>;
}

type Round = Omit<Figures, 'size' | 'residentMb'>;

/** `creates` creates on `device`, the invalidation of those links, and with `reads` each read for SECONDS. */
async function measure(mock: Mock, device: string, creates: number, reads: boolean): Promise<Round> {
  const created = await batch('create', mock.origin, create(mock, device), creates);
  const invalidated = await invalidate(mock, created.tokens);
  if (!reads) return { creates: created.perSecond, invalidations: invalidated.perSecond };
  const detail = await load('detail', mock.origin, { method: 'GET', path: `${mock.base}/devices/${device}`, headers: HEADERS }, SECONDS);
  const firstPage = await load('first page', mock.origin, { method: 'GET', path: `${mock.base}/devices/${device}/temporal`, headers: HEADERS }, SECONDS);
  return { creates: created.perSecond, invalidations: invalidated.perSecond, detail: detail.perSecond, firstPage: firstPage.perSecond };
}

/**
 * Starts a mock of its own for one size (clock frozen at NOW), warms it up on another device
 * (unmeasured: the optimising compiler settles first), then fills the measured device to `size`.
 */
async function prepare(label: string, size: number, extraArgs: string[], reads: boolean, cleanUp: () => Promise<void> = async () => undefined): Promise<Target> {
  let mock: Mock | undefined;
  try {
    mock = await startMock(extraArgs);
    const clock = await fetch(`${mock.origin}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: NOW }) });
    if (clock.status !== 200) throw new Error(`POST /__mock/clock answered ${clock.status}`);
    const [device, warmUpDevice] = await benchDevices();
    await measure(mock, warmUpDevice, BATCH, reads);
    const started = performance.now();
    await fill(mock, device, size);
    const filledMb = reads ? await residentMb(mock.child.pid!) : undefined;
    console.error(`  ${label}: ${size.toLocaleString('en')} links filled (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    return { label, size, mock, reads, device, filledMb, cleanUp };
  } catch (error) {
    if (mock) await stopMock(mock);
    await cleanUp();
    throw error;
  }
}

/** A mock keeping its state in a fresh state file. */
async function prepareWithStateFile(label: string, size: number, extraArgs: string[]): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-scale-'));
  return prepare(label, size, ['--state-file', join(dir, 'state.jsonl'), ...extraArgs], false, () => rm(dir, { recursive: true, force: true }));
}

const rate = (n: number | undefined) => (n === undefined ? '-' : Math.round(n).toLocaleString('en')).padStart(12);
const share = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;

await ensureMockBuilt();
const perRound = Math.ceil(BATCH / ROUNDS);
console.error(
  `Scale benchmark: sizes ${SIZES.join(', ')}, each in a mock of its own; ${ROUNDS} rounds, each of ${perRound} creates and their invalidations and ${SECONDS} s of each read per size; ${CONNECTIONS} connections.`,
);
const targets: Target[] = [];
let memory: Figures[];
let journal: Figures[] | undefined;
let fsynced: Figures[] | undefined;
try {
  // A mock of its own for every size, so that the smaller size is measured in a process that holds
  // only its own links, as a user's would.
  for (const size of SIZES) {
    targets.push(await prepare('in memory', size, [], true));
    if (!values['no-state-file']) targets.push(await prepareWithStateFile('--state-file', size, []));
    if (values.fsync) targets.push(await prepareWithStateFile('--state-fsync', size, ['--state-fsync']));
  }
  // Every size of every mock takes its turn, round after round in a rotated order: the rates that
  // the floors compare are measured across the same stretch of time, so a slower spell of a shared
  // machine weighs on each of them alike (the sizes were measured one after the other before, and
  // a slow minute failed a floor). Each figure is the median of its rounds.
  const runs = await inTurns(targets, ROUNDS, (target) => measure(target.mock, target.device, perRound, target.reads));
  const figures = (label: string): Figures[] =>
    targets.flatMap((target, t) => {
      if (target.label !== label) return [];
      const rounds = runs[t]!;
      const of = (key: keyof Round) => (target.reads || key === 'creates' || key === 'invalidations' ? median(rounds.map((r) => r[key]!)) : undefined);
      console.error(`  ${label}, ${target.size.toLocaleString('en')} links, each round's rates (${target.reads ? 'creates/invalidations/detail/first page' : 'creates/invalidations'}): ${rounds.map((r) => Object.values(r).map((n) => Math.round(n!)).join('/')).join('  ')}`);
      return [{ size: target.size, creates: of('creates')!, invalidations: of('invalidations')!, detail: of('detail'), firstPage: of('firstPage'), residentMb: target.filledMb }];
    });
  memory = figures('in memory');
  // The largest in-memory mock's memory after its rounds too: it only changed during its own turns.
  const largest = targets.find((t) => t.reads && t.size === SIZES.at(-1))!;
  const after = await residentMb(largest.mock.child.pid!);
  memory = memory.map((m) => (m.size === largest.size ? { ...m, residentMb: Math.max(m.residentMb ?? 0, after) } : m));
  journal = values['no-state-file'] ? undefined : figures('--state-file');
  fsynced = values.fsync ? figures('--state-fsync') : undefined;
} finally {
  for (const target of targets) {
    await stopMock(target.mock).catch((error: unknown) => console.error(`  could not stop a mock: ${String(error)}`));
    await target.cleanUp().catch((error: unknown) => console.error(`  could not remove a state file: ${String(error)}`));
  }
}

console.log(`\nOne device's temporal links (AnyClassroom), ${CONNECTIONS} connections, requests per second:\n`);
const writeColumns = (label: string, figures: Figures[] | undefined) => (figures ? `${`creates${label}`.padStart(14)}${`invalid.${label}`.padStart(15)}` : '');
const writeFigures = (f: Figures | undefined) => (f ? `${rate(f.creates).padStart(14)}${rate(f.invalidations).padStart(15)}` : '');
console.log(`${'links'.padStart(9)}${'creates'.padStart(12)}${'invalidate'.padStart(12)}${'detail'.padStart(12)}${'first page'.padStart(12)}${'RSS MB'.padStart(9)}${writeColumns('+file', journal)}${writeColumns('+fsync', fsynced)}`);
memory.forEach((m, i) => {
  console.log(`${m.size.toLocaleString('en').padStart(9)}${rate(m.creates)}${rate(m.invalidations)}${rate(m.detail)}${rate(m.firstPage)}${(m.residentMb ?? NaN).toFixed(0).padStart(9)}${writeFigures(journal?.[i])}${writeFigures(fsynced?.[i])}`);
});

const first = memory[0]!;
const last = memory.at(-1)!;
/** A floor and whether it holds; `null` for a figure reported without a floor. */
const floors: [string, boolean | null][] = [];
if (memory.length > 1) {
  for (const [name, key] of [['creates', 'creates'], ['invalidations', 'invalidations'], ['device detail', 'detail'], ['first page', 'firstPage']] as const) {
    const ratio = last[key]! / first[key]!;
    floors.push([`${name} at ${last.size.toLocaleString('en')} links: ${share(last[key]!, first[key]!)} of the rate at ${first.size.toLocaleString('en')} (floor 80%)`, ratio >= 0.8]);
  }
}
if (last.size >= 100_000) floors.push([`resident memory at ${last.size.toLocaleString('en')} links: ${last.residentMb!.toFixed(0)} MB (floor <= 120 MB)`, last.residentMb! <= 120]);
else floors.push([`resident memory at ${last.size.toLocaleString('en')} links: ${last.residentMb!.toFixed(0)} MB (the 120 MB floor applies at 100,000 links)`, null]);
journal?.forEach((j, i) => {
  const m = memory[i]!;
  floors.push([`creates with --state-file at ${j.size.toLocaleString('en')} links: ${share(j.creates, m.creates)} of the in-memory rate (floor 50%)`, j.creates / m.creates >= 0.5]);
  floors.push([`invalidations with --state-file at ${j.size.toLocaleString('en')} links: ${share(j.invalidations, m.invalidations)} of the in-memory rate (floor 50%)`, j.invalidations / m.invalidations >= 0.5]);
});
console.log('');
for (const [text, ok] of floors) console.log(`${ok === null ? 'INFO' : ok ? 'PASS' : 'FAIL'}  ${text}`);
process.exitCode = floors.every(([, ok]) => ok !== false) ? 0 : 1;
