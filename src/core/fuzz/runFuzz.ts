import { Agent } from 'node:http';
import fc from 'fast-check';
import { describeRequest } from './describeRequest.ts';
import { judgeAnswer, type FuzzProblem } from './judgeAnswer.ts';
import { mutationKind } from './mutationKind.ts';
import { createOracle, type FuzzOracle } from './oracle/createOracle.ts';
import { describeExpectation } from './oracle/Expectation.ts';
import { sendRawRequest } from './sendRawRequest.ts';
import type { FuzzRequest, FuzzTarget } from './types.ts';

/** One API to fuzz and the requests to draw for it (`apiRequests(target)`). */
export interface FuzzRun {
  readonly target: FuzzTarget;
  readonly requests: fc.Arbitrary<FuzzRequest>;
  /** What each request deserves; built from the target (`createOracle`) when not given. */
  readonly oracle?: FuzzOracle;
}

/** Requests carrying one kind of mutation (`auth:missing`, `body:member`, `valid` for none), and how many got a wrong answer. */
export interface MutationFigures {
  sent: number;
  failing: number;
}

/** What one API went through during a run. */
export interface ApiFigures {
  readonly api: string;
  sent: number;
  /** Status code to count; `dropped` counts requests without an answer. */
  readonly statuses: Record<string, number>;
  /** The same per operation the request was generated for (`(off-route)` for the others). */
  readonly operations: Record<string, Record<string, number>>;
  serverErrors: number;
  dropped: number;
  /** Answers the mock flagged as violating its document. */
  violations: number;
  notJson: number;
  /** Answers whose status the request did not deserve (the oracle). */
  wrongStatus: number;
  /** Answers off the document by Prism's validator (the oracle). */
  offDocument: number;
  /** Per kind of mutation: requests sent and requests with any problem. A request with two mutations counts under both. */
  readonly byMutation: Record<string, MutationFigures>;
  /** How often each reading the sources leave open came up (the oracle then accepted every reading's answer). */
  readonly open: Record<string, number>;
  /**
   * Failing requests grouped by what went wrong (`createClassroom: expected 200/409 (valid), got 400`),
   * each with a count and one request as example; at most 100 groups.
   */
  readonly disagreements: Record<string, { count: number; readonly example: string }>;
  slowestMs: number;
}

export interface FuzzReport {
  readonly seed: number;
  readonly requests: number;
  readonly durationMs: number;
  readonly requestsPerSecond: number;
  readonly apis: readonly ApiFigures[];
  /** The first failing requests (at most 20), described, with what the oracle expected. */
  readonly failures: readonly { readonly request: string; readonly problems: readonly FuzzProblem[]; readonly expected?: string | undefined }[];
  readonly failureCount: number;
  /** The known-good request of each API after the run. */
  readonly health: readonly { readonly api: string; readonly status: number | 'dropped'; readonly ok: boolean }[];
  /** Properties that appeared on `Object.prototype` or `Array.prototype` during the run (in-process mocks only). */
  readonly pollutedPrototypes: readonly string[];
}

/** Where each kind of problem is counted. */
const COUNTER = {
  dropped: 'dropped',
  'server-error': 'serverErrors',
  'document-violation': 'violations',
  'not-json': 'notJson',
  'wrong-status': 'wrongStatus',
  'off-document': 'offDocument',
} as const satisfies Record<FuzzProblem['kind'], keyof ApiFigures>;

const BATCH = 100;
const MAX_FAILURES_KEPT = 20;
const MAX_GROUPS = 100;

/**
 * Sends `requests` generated requests, split evenly over the APIs and interleaved, `concurrency`
 * at a time over keep-alive connections, judges every answer (`judgeAnswer`), then sends each API's
 * known-good request. Deterministic in what it sends for a given seed (requests are drawn in
 * batches of 100, each from a seed mixed from the run's seed, the API and the batch number); the
 * interleaving of the answers is not.
 *
 * @example
 *   const report = await runFuzz({ runs: [{ target, requests: apiRequests(target) }], requests: 10_000, seed: 42 });
 *   report.failureCount; // 0
 */
export async function runFuzz(options: { runs: readonly FuzzRun[]; requests: number; seed: number; concurrency?: number; timeoutMs?: number }): Promise<FuzzReport> {
  const { runs, seed } = options;
  const concurrency = options.concurrency ?? 16;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const prototypesBefore = prototypeKeys();
  const oracles = await Promise.all(runs.map((r) => r.oracle ?? createOracle(r.target)));
  const apis: ApiFigures[] = runs.map((r) => ({
    api: r.target.api,
    sent: 0,
    statuses: {},
    operations: {},
    serverErrors: 0,
    dropped: 0,
    violations: 0,
    notJson: 0,
    wrongStatus: 0,
    offDocument: 0,
    byMutation: {},
    open: {},
    disagreements: {},
    slowestMs: 0,
  }));
  const failures: { request: string; problems: FuzzProblem[]; expected?: string | undefined }[] = [];
  let failureCount = 0;

  const quota = runs.map((_, k) => Math.floor(options.requests / runs.length) + (k < options.requests % runs.length ? 1 : 0));
  const drawn = runs.map(() => 0);
  const buffers: FuzzRequest[][] = runs.map(() => []);
  let turn = 0;
  /** The next request, round-robin over the APIs that still have some to send. */
  const next = (): { k: number; request: FuzzRequest } | undefined => {
    for (let tries = 0; tries < runs.length; tries++) {
      const k = turn++ % runs.length;
      if (drawn[k]! >= quota[k]!) continue;
      if (buffers[k]!.length === 0) {
        const batch = Math.floor(drawn[k]! / BATCH);
        buffers[k] = fc.sample(runs[k]!.requests, { numRuns: Math.min(BATCH, quota[k]! - drawn[k]!), seed: batchSeed(seed, k, batch) });
      }
      drawn[k]! += 1;
      return { k, request: buffers[k]!.shift()! };
    }
    return undefined;
  };

  const started = performance.now();
  const worker = async () => {
    for (let item = next(); item; item = next()) {
      const { k, request } = item;
      const answer = await sendRawRequest(runs[k]!.target.origin, request, agent, options.timeoutMs);
      const figures = apis[k]!;
      figures.sent += 1;
      const key = answer.kind === 'answer' ? String(answer.status) : 'dropped';
      figures.statuses[key] = (figures.statuses[key] ?? 0) + 1;
      const perOperation = (figures.operations[request.operationId ?? '(off-route)'] ??= {});
      perOperation[key] = (perOperation[key] ?? 0) + 1;
      figures.slowestMs = Math.max(figures.slowestMs, answer.ms);
      const { problems, expectation } = judgeAnswer(request, answer, oracles[k]);
      for (const p of problems) figures[COUNTER[p.kind]] += 1;
      for (const kind of new Set(request.mutations.length > 0 ? request.mutations.map(mutationKind) : ['valid'])) {
        const m = (figures.byMutation[kind] ??= { sent: 0, failing: 0 });
        m.sent += 1;
        if (problems.length > 0) m.failing += 1;
      }
      for (const point of expectation?.open ?? []) figures.open[point] = (figures.open[point] ?? 0) + 1;
      if (problems.length > 0) {
        const group = disagreementOf(request, problems);
        const known = figures.disagreements[group];
        if (known) known.count += 1;
        else if (Object.keys(figures.disagreements).length < MAX_GROUPS) figures.disagreements[group] = { count: 1, example: describeRequest(request) };
        failureCount += 1;
        if (failures.length < MAX_FAILURES_KEPT) {
          const got = answer.kind === 'answer' ? String(answer.status) : 'no answer';
          failures.push({ request: describeRequest(request), problems, expected: expectation ? `${describeExpectation(expectation)}; got ${got}` : undefined });
        }
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const durationMs = performance.now() - started;

  const health = [];
  for (const { target } of runs) {
    const answer = await sendRawRequest(target.origin, { method: target.knownGood.method, target: target.knownGood.target, headers: Object.entries(target.knownGood.headers) }, agent);
    const ok = answer.kind === 'answer' && answer.status === 200 && answer.headers['x-mock-response-violations'] === undefined;
    health.push({ api: target.api, status: answer.kind === 'answer' ? answer.status : ('dropped' as const), ok });
  }
  agent.destroy();

  const sent = apis.reduce((n, a) => n + a.sent, 0);
  return {
    seed,
    requests: sent,
    durationMs,
    requestsPerSecond: sent / (durationMs / 1000),
    apis,
    failures,
    failureCount,
    health,
    pollutedPrototypes: prototypeKeys().filter((key) => !prototypesBefore.includes(key)),
  };
}

/** Whether every property held: no failing request, every health check 200, no prototype touched. */
export const fuzzPassed = (report: FuzzReport): boolean =>
  report.failureCount === 0 && report.health.every((h) => h.ok) && report.pollutedPrototypes.length === 0;

/** Distinct, well-spread seeds per batch: neighbouring run seeds must not share batches. */
function batchSeed(seed: number, api: number, batch: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (api + 1), 0xc2b2ae35);
  h = Math.imul(h ^ (batch + 1), 0x27d4eb2f);
  return (h ^ (h >>> 15)) | 0;
}

function prototypeKeys(): string[] {
  return [
    ...Object.getOwnPropertyNames(Object.prototype).map((k) => `Object.prototype.${k}`),
    ...Object.getOwnPropertyNames(Array.prototype).map((k) => `Array.prototype.${k}`),
  ];
}

/** A failing request's group: its operation and its first problem, without the values that vary. */
function disagreementOf(request: FuzzRequest, problems: readonly FuzzProblem[]): string {
  // The oracle's verdict says more than the mock's own flag on the same answer.
  const first = problems.find((p) => p.kind === 'wrong-status') ?? problems.find((p) => p.kind === 'off-document') ?? problems[0]!;
  const detail = first.kind === 'wrong-status' ? first.detail.replace(/(, got \d+).*$/s, '$1') : first.detail.replace(/\d{4,}/g, 'N');
  return `${request.operationId ?? '(off-route)'} ${first.kind}: ${detail.slice(0, 240)}`;
}
