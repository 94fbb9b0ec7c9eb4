/**
 * `npm run fuzz`: property-based fuzzing of every stateful mock of the registry from its OpenAPI
 * document, each answer judged by an oracle.
 *
 * Starts the mocks in-process (default seeds, `onViolation` counting), sends `--requests`
 * requests generated from the documents (`src/core/fuzz/`: valid ones and hostile parameters,
 * bodies and headers), `--concurrency` at a time, split evenly between the APIs. The oracle
 * (`src/core/fuzz/oracle/`) says what each request deserves by the documents and each API's
 * decisions (401, 404, 405, 413, 431, the API's 400 or 422, a declared success or domain error) and
 * checks every answer with Prism's HTTP validator, answers outside operations against the API's
 * error schema. Prints per API: requests sent, 5xx answers, dropped connections, document
 * violations, answers the oracle refused, requests and wrong answers per kind of mutation, the
 * readings the sources leave open, the wrong answers grouped, status codes, throughput, then a
 * health check (a known-good request per API must answer 200). Exits 1 when any answer is wrong,
 * printing the first failing requests and the seed to replay.
 *
 *   npm run fuzz                                   # 10,000 requests, random seed (printed)
 *   npm run fuzz -- --requests 50000 --seed 42 --concurrency 32 --by-operation
 *   npm run fuzz -- --api agora-classroom          # one API only
 */
import { parseArgs } from 'node:util';
import { apiRequests } from '../src/core/fuzz/apiRequests.ts';
import { formatFuzzReport, fuzzRunPassed } from '../src/core/fuzz/formatFuzzReport.ts';
import { runFuzz } from '../src/core/fuzz/runFuzz.ts';
import { API_REGISTRY } from '../src/apiRegistry.ts';
import { fuzzTargets } from '../src/mock/fuzzTargets.ts';
import { startMocks } from '../src/mock/startMocks.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    concurrency: { type: 'string', default: '16' },
    'by-operation': { type: 'boolean', default: false },
    api: { type: 'string', multiple: true },
  },
});
const known = API_REGISTRY.apis.map((a) => a.name);
const unknown = (values.api ?? []).filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`--api must name an API of the registry (${known.join(', ')}), got ${unknown.join(', ')}`);
  process.exit(2);
}
const requests = Number(values.requests);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const concurrency = Number(values.concurrency);
for (const [name, n] of Object.entries({ requests, seed, concurrency })) {
  if (!Number.isSafeInteger(n) || (name !== 'seed' && n < 1)) {
    console.error(`--${name} must be a positive integer`);
    process.exit(2);
  }
}

const violationReports: Record<string, number> = Object.fromEntries(API_REGISTRY.apis.map((api) => [api.name, 0]));
let errorLogs = 0;
const mocks = await startMocks({
  host: '127.0.0.1',
  ports: Object.fromEntries(API_REGISTRY.apis.map((api) => [api.name, 0])),
  env: {},
  onViolation: (report) => {
    violationReports[report.api] = (violationReports[report.api] ?? 0) + 1;
  },
  // Violations are counted above; an error line is a mock bug (an exception in a handler).
  log: (entry) => {
    if (entry.level === 'error') {
      errorLogs += 1;
      if (errorLogs <= 5) console.error(JSON.stringify(entry).slice(0, 2000));
    }
  },
});

try {
  console.log(`Sending ${requests} requests, ${concurrency} at a time, seed ${seed}...`);
  const runs = (await fuzzTargets(mocks)).filter((target) => !values.api || values.api.includes(target.api)).map((target) => ({ target, requests: apiRequests(target) }));
  const report = await runFuzz({ runs, requests, seed, concurrency });
  const side = { violationReports, errorLogs };
  console.log(formatFuzzReport(report, side, { byOperation: values['by-operation'] }).join('\n'));
  process.exitCode = fuzzRunPassed(report, side) ? 0 : 1;
} finally {
  await mocks.close();
}
