/**
 * `npm start`: both stateful mocks in one process.
 *
 *   AnyClassroom  http://127.0.0.1:4010/api/v1
 *   Agora         http://127.0.0.1:4011   (/edu/... and /{region}/edu/...)
 *
 * Run `npm start -- --help` for the options.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startMocks, type StartOptions } from './startMocks.ts';

const HELP = `Usage: npm start -- [options]

  --host HOST               interface to bind (default 127.0.0.1; 0.0.0.0 exposes the mock to the network)
  --anyclassroom-port N     AnyClassroom port (default 4010, env ANYCLASSROOM_PORT)
  --agora-port N            Agora port (default 4011, env AGORA_PORT)
  --seed FILE               JSON data set {"anyclassroom": {...}, "agora-classroom": {...}}; a missing key keeps the default seed
  --state-file FILE         keep the mocks' state in FILE across restarts (written atomically on every change)
  --request-timeout MS      time a client has to send a whole request (default 30000); slower ones get 408
  --latency MS              add MS milliseconds to every API answer
  --error-rate R            answer this share (0..1) of API requests with 503
  --help                    show this text

Credentials (environment): ANYCLASSROOM_TOKEN, AGORA_TOKEN, AGORA_APP_ID.`;

function fail(message: string): never {
  console.error(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string' },
      'anyclassroom-port': { type: 'string' },
      'agora-port': { type: 'string' },
      seed: { type: 'string' },
      'state-file': { type: 'string' },
      'request-timeout': { type: 'string' },
      latency: { type: 'string' },
      'error-rate': { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const number = (name: string, raw: string | undefined, min: number, max: number): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return n;
};
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

let seed: StartOptions['seed'];
const seedFile = str(values.seed);
if (seedFile) {
  try {
    seed = JSON.parse(readFileSync(seedFile, 'utf8')) as StartOptions['seed'];
  } catch (error) {
    fail(`cannot read the seed file ${seedFile}: ${(error as Error).message}`);
  }
}

const options: StartOptions = {
  host: str(values.host) ?? '127.0.0.1',
  anyClassroomPort: number('anyclassroom-port', str(values['anyclassroom-port']) ?? process.env.ANYCLASSROOM_PORT, 0, 65535) ?? 4010,
  agoraPort: number('agora-port', str(values['agora-port']) ?? process.env.AGORA_PORT, 0, 65535) ?? 4011,
  seed,
  latencyMs: number('latency', str(values.latency), 0, 60_000),
  errorRate: number('error-rate', str(values['error-rate']), 0, 1),
  stateFile: str(values['state-file']),
  requestTimeoutMs: number('request-timeout', str(values['request-timeout']), 100, 3_600_000),
};

try {
  const mocks = await startMocks(options);
  for (const line of mocks.banner()) console.log(line);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C does not wait for in-flight requests.
      console.log(`${signal} again: exiting now.`);
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the mocks...`);
    mocks.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
