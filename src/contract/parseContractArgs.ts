import { parseArgs } from 'node:util';
import { CONTRACT_APIS, type ContractApi, type ContractOptions } from './runContract.ts';

export const CONTRACT_HELP = `Usage: npm run contract -- --api API --base-url URL --token T [options]
       (installed from @classroom-toolkit/contract: classroom-contract --api API ...)

Verifies a server (the project's mock, a sandbox, production) against the API's OpenAPI document
with the Arazzo scenarios in contract/<api>/. Exit 0: it conforms; 1: it does not; 2: usage error.

  --api API            anyclassroom | agora-classroom                      env CONTRACT_API
  --base-url URL       AnyClassroom: https://app.anyclassroom.com/api/v1;
                       Agora: https://api.agora.io (or https://api.agora.io/na) env CONTRACT_BASE_URL
  --token T            X-Token-AC (AnyClassroom) or x-agora-token (Agora)  env CONTRACT_TOKEN
  --app-id ID          Agora App ID (32 hex characters)                    env CONTRACT_APP_ID
  --uid U              Agora uid the token was issued for                  env CONTRACT_UID
  --allow-writes       also run steps that change state on a real server   env CONTRACT_ALLOW_WRITES=1
  --junit FILE         write JUnit XML                                     env CONTRACT_JUNIT
  --report FILE        write the coverage report (JSON)                    env CONTRACT_REPORT
  --input NAME=VALUE   set a workflow input (repeatable), e.g. --input recordedRoom=my-room
  --workflow ID        run only this workflow (repeatable)
  --scenarios DIR      scenario folder (default contract/<api>)            env CONTRACT_SCENARIOS
  --timeout MS         per-request timeout (default 10000)                 env CONTRACT_TIMEOUT_MS
  --help               show this text

Against the project's mock (detected through its /__mock/ control API) every step runs and the mock
is reset before and after. Against any other server, steps that change state run only with
--allow-writes, and steps that need the mock's clock or seed data are skipped.`;

/** What the command line asks for. Errors are values: the CLI prints them and exits 2. */
export type ParsedContractArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'usage'; readonly message: string }
  | {
      readonly kind: 'run';
      readonly options: Omit<ContractOptions, 'fetch' | 'onStart' | 'onWorkflow'>;
      readonly junit: string | undefined;
      readonly report: string | undefined;
    };

/**
 * Reads flags, falling back to environment variables (flags win), and checks that each API gets the
 * credentials it needs.
 *
 * @example
 *   parseContractArgs(['--api', 'anyclassroom', '--base-url', url], { CONTRACT_TOKEN: 't' });
 *   // { kind: 'run', options: { api: 'anyclassroom', baseUrl: url, credentials: { token: 't' }, ... }, ... }
 */
export function parseContractArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedContractArgs {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        api: { type: 'string' },
        'base-url': { type: 'string' },
        token: { type: 'string' },
        'app-id': { type: 'string' },
        uid: { type: 'string' },
        'allow-writes': { type: 'boolean' },
        junit: { type: 'string' },
        report: { type: 'string' },
        input: { type: 'string', multiple: true },
        workflow: { type: 'string', multiple: true },
        scenarios: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };

  const text = (flag: string, variable: string): string | undefined => {
    const value = values[flag];
    const chosen = typeof value === 'string' ? value : env[variable];
    return chosen === undefined || chosen === '' ? undefined : chosen;
  };
  const api = text('api', 'CONTRACT_API');
  if (!api) return { kind: 'usage', message: `--api is required (${CONTRACT_APIS.join(' or ')})` };
  if (!CONTRACT_APIS.includes(api as ContractApi)) return { kind: 'usage', message: `--api must be ${CONTRACT_APIS.join(' or ')}, got "${api}"` };

  const baseUrl = text('base-url', 'CONTRACT_BASE_URL');
  if (!baseUrl) return { kind: 'usage', message: '--base-url is required' };
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    return { kind: 'usage', message: `--base-url must be an http(s) URL, got "${baseUrl}"` };
  }
  const token = text('token', 'CONTRACT_TOKEN');
  if (!token) return { kind: 'usage', message: '--token is required' };
  const appId = text('app-id', 'CONTRACT_APP_ID');
  const uid = text('uid', 'CONTRACT_UID');
  if (api === 'agora-classroom') {
    if (!appId) return { kind: 'usage', message: '--app-id is required for agora-classroom' };
    if (!/^[0-9A-Fa-f]{32}$/.test(appId)) return { kind: 'usage', message: `--app-id must be 32 hex characters, got "${appId}"` };
    if (!uid) return { kind: 'usage', message: '--uid is required for agora-classroom' };
  }

  const inputs: Record<string, string> = {};
  for (const pair of (values.input as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) return { kind: 'usage', message: `--input must be NAME=VALUE, got "${pair}"` };
    inputs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const timeoutText = text('timeout', 'CONTRACT_TIMEOUT_MS');
  const timeoutMs = timeoutText === undefined ? 10_000 : Number(timeoutText);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) return { kind: 'usage', message: `--timeout must be a positive number of milliseconds, got "${timeoutText}"` };
  const writes = values['allow-writes'] === true || /^(1|true|yes)$/i.test(env.CONTRACT_ALLOW_WRITES ?? '');

  return {
    kind: 'run',
    options: {
      api: api as ContractApi,
      baseUrl,
      credentials: { token, appId, uid },
      allowWrites: writes,
      inputs,
      workflows: (values.workflow as string[] | undefined) ?? [],
      scenarioDir: text('scenarios', 'CONTRACT_SCENARIOS'),
      timeoutMs,
    },
    junit: text('junit', 'CONTRACT_JUNIT'),
    report: text('report', 'CONTRACT_REPORT'),
  };
}
