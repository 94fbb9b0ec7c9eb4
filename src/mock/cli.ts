/**
 * `npm start`: the stateful mock of every API in the registry (`src/apiRegistry.ts`), in one process.
 *
 *   AnyClassroom  http://127.0.0.1:4010/api/v1
 *   Agora         http://127.0.0.1:4011   (/edu/... and /{region}/edu/...)
 *
 * Run `npm start -- --help` for the options.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { API_REGISTRY } from '../apiRegistry.ts';
import { startMocks, type StartOptions } from './startMocks.ts';

const option = (flag: string, text: string) => `  ${flag.padEnd(30)}${text}`;
/** Each credential of the registry is also a flag named after its environment variable: AGORA_APP_CERTIFICATE -> --agora-app-certificate. */
const CREDENTIAL_FLAGS = API_REGISTRY.apis.flatMap((api) => api.credentials.map((setting) => ({ api, setting, flag: setting.env.toLowerCase().replace(/_/g, '-') })));
const HELP = [
  'Usage: npm start -- [options]     (installed from @classroom-toolkit/mock: classroom-mock [options])',
  '',
  option('--host HOST', 'interface to bind (default 127.0.0.1; 0.0.0.0 exposes the mock to the network)'),
  ...API_REGISTRY.apis.map((api) => option(`--${api.port.flag} N`, `${api.shortName} port (default ${api.port.default}, env ${api.port.env})`)),
  option('--seed FILE', `JSON data set {${API_REGISTRY.apis.map((api) => `"${api.name}": {...}`).join(', ')}}; a missing key keeps the default seed`),
  option('--state-file FILE', "keep the mocks' state in FILE across restarts (an append-only journal, written before each change is acknowledged)"),
  option('--state-fsync', 'also fsync FILE before acknowledging each change (survives power loss, not only a killed process; slower)'),
  option('--request-timeout MS', 'time a client has to send a whole request (default 30000); slower ones get 408'),
  option('--latency MS', 'add MS milliseconds to every API answer'),
  option('--error-rate R', 'answer this share (0..1) of API requests with 503'),
  ...CREDENTIAL_FLAGS.map(({ api, setting, flag }) => option(`--${flag} VALUE`, `${api.shortName} ${setting.key} (env ${setting.env}; the flag wins)`)),
  option('--help', 'show this text'),
  '',
  `Credentials (environment): ${API_REGISTRY.apis.flatMap((api) => api.credentials.map((c) => c.env)).join(', ')}.`,
].join('\n');

function fail(message: string): never {
  console.error(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

const OPTIONS: NonNullable<ParseArgsConfig['options']> = {
  host: { type: 'string' },
  ...Object.fromEntries(API_REGISTRY.apis.map((api) => [api.port.flag, { type: 'string' as const }])),
  seed: { type: 'string' },
  'state-file': { type: 'string' },
  'state-fsync': { type: 'boolean' },
  'request-timeout': { type: 'string' },
  latency: { type: 'string' },
  'error-rate': { type: 'string' },
  ...Object.fromEntries(CREDENTIAL_FLAGS.map(({ flag }) => [flag, { type: 'string' as const }])),
  help: { type: 'boolean' },
};

let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
try {
  ({ values } = parseArgs({ options: OPTIONS, strict: true }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const number = (name: string, raw: string | undefined, min: number, max: number): number | undefined => {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return n;
};

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
  ports: Object.fromEntries(
    API_REGISTRY.apis.map((api) => [api.name, number(api.port.flag, str(values[api.port.flag]) ?? process.env[api.port.env], 0, 65535) ?? api.port.default]),
  ),
  seed,
  latencyMs: number('latency', str(values.latency), 0, 60_000),
  errorRate: number('error-rate', str(values['error-rate']), 0, 1),
  stateFile: str(values['state-file']),
  stateFsync: values['state-fsync'] === true,
  requestTimeoutMs: number('request-timeout', str(values['request-timeout']), 100, 3_600_000),
  // A credential flag stands for its environment variable, which startMocks reads and checks.
  env: { ...process.env, ...Object.fromEntries(CREDENTIAL_FLAGS.flatMap(({ setting, flag }) => (str(values[flag]) === undefined ? [] : [[setting.env, str(values[flag])]]))) },
};
if (options.stateFsync && !options.stateFile) fail('--state-fsync needs --state-file');

try {
  const mocks = await startMocks(options);
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
  // Printed once the handlers are in place: whoever reads the banner may stop the process at once.
  for (const line of mocks.banner()) console.log(line);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
