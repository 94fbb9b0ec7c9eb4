import { Agent } from 'node:http';
import fc from 'fast-check';
import { describeRequest } from './describeRequest.ts';
import { judgeAnswer, type FuzzProblem } from './judgeAnswer.ts';
import { sendRawRequest } from './sendRawRequest.ts';
import type { FuzzRequest, FuzzTarget } from './types.ts';

/** One API to fuzz and the requests to draw for it (`apiRequests(target)`). */
export interface FuzzRun {
  readonly target: FuzzTarget;
  readonly requests: fc.Arbitrary<FuzzRequest>;
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
  slowestMs: number;
}

export interface FuzzReport {
  readonly seed: number;
  readonly requests: number;
  readonly durationMs: number;
  readonly requestsPerSecond: number;
  readonly apis: readonly ApiFigures[];
  /** The first failing requests (at most 20), described. */
  readonly failures: readonly { readonly request: string; readonly problems: readonly FuzzProblem[] }[];
  readonly failureCount: number;
  /** The known-good request of each API after the run. */
  readonly health: readonly { readonly api: string; readonly status: number | 'dropped'; readonly ok: boolean }[];
  /** Properties that appeared on `Object.prototype` or `Array.prototype` during the run (in-process mocks only). */
  readonly pollutedPrototypes: readonly string[];
}

const BATCH = 100;
const MAX_FAILURES_KEPT = 20;

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
  const apis: ApiFigures[] = runs.map((r) => ({ api: r.target.api, sent: 0, statuses: {}, operations: {}, serverErrors: 0, dropped: 0, violations: 0, notJson: 0, slowestMs: 0 }));
  const failures: { request: string; problems: FuzzProblem[] }[] = [];
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
      const problems = judgeAnswer(request, answer);
      for (const p of problems) {
        if (p.kind === 'dropped') figures.dropped += 1;
        else if (p.kind === 'server-error') figures.serverErrors += 1;
        else if (p.kind === 'document-violation') figures.violations += 1;
        else figures.notJson += 1;
      }
      if (problems.length > 0) {
        failureCount += 1;
        if (failures.length < MAX_FAILURES_KEPT) failures.push({ request: describeRequest(request), problems });
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
