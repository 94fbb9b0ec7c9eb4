import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_REGISTRY } from '../apiRegistry.ts';
import { MockClock } from '../core/clock.ts';
import { createMockServer, type MockServer, type MockServerOptions } from '../core/mock/createMockServer.ts';
import type { MockState } from '../core/mock/types.ts';
import { projectRoot } from '../core/projectRoot.ts';
import type { ApiDescriptor } from '../core/registry/ApiDescriptor.ts';
import { readConsoleAssets } from '../console/readConsoleAssets.ts';
import { readSeedFile, readStartSeed } from './checkedSeeds.ts';
import { StateJournal } from './persistence/StateJournal.ts';
import { createScenarioCatalog } from './scenarios/createScenarioCatalog.ts';

export interface StartOptions {
  readonly host: string;
  /** Port per API name (0: any free port); an API not named here listens on its registry default. */
  readonly ports?: Readonly<Record<string, number>> | undefined;
  /** Shorthand for `ports.anyclassroom` (the tests' spelling). */
  readonly anyClassroomPort?: number | undefined;
  /** Shorthand for `ports['agora-classroom']` (the tests' spelling). */
  readonly agoraPort?: number | undefined;
  /** Replacement data sets by API name; a missing key keeps the default seed in `mocks/`. */
  readonly seed?: Readonly<Record<string, unknown>> | undefined;
  readonly latencyMs?: number | undefined;
  readonly errorRate?: number | undefined;
  /** Keep every mock's state in this file across restarts (an append-only journal, see `StateJournal`). */
  readonly stateFile?: string | undefined;
  /** Also fsync the state file after every write (survives power loss, not only `kill -9`). */
  readonly stateFsync?: boolean | undefined;
  readonly requestTimeoutMs?: number | undefined;
  readonly headerLimit?: number | undefined;
  /** Where credentials come from (default `process.env`); see each API's `credentials`. */
  readonly env?: NodeJS.ProcessEnv;
  /** The scenario files `/__mock/scenarios` switches between (default `mocks/scenarios`). */
  readonly scenarioDir?: string | undefined;
  readonly onViolation?: MockServerOptions<MockState>['onViolation'];
  readonly log?: MockServerOptions<MockState>['log'];
}

/** One API's mock as `startMocks` started it. */
export interface RunningApi {
  readonly descriptor: ApiDescriptor;
  readonly server: MockServer<MockState>;
  /** `http://127.0.0.1:4010` */
  readonly origin: string;
  /** Where the document's paths hang: the origin plus the API's base path (`http://127.0.0.1:4010/api/v1`). */
  readonly url: string;
  /** The credentials its mock accepts, by `CredentialSetting.key`. */
  readonly credentials: Readonly<Record<string, string>>;
  /** The data set it started from (and returns to on reset). */
  readonly seed: unknown;
}

export interface RunningMocks {
  /** Every API of the registry, in its order. */
  readonly apis: readonly RunningApi[];
  /** The running API of this name (throws for an unknown name). */
  api(name: string): RunningApi;
  /** Shorthands the tests use: `api('anyclassroom').server`, `api('agora-classroom').server`, their URLs and credentials. */
  readonly anyClassroom: MockServer<MockState>;
  readonly agora: MockServer<MockState>;
  /** `http://host:port/api/v1` */
  readonly anyClassroomUrl: string;
  /** `http://host:port` */
  readonly agoraUrl: string;
  readonly credentials: { readonly anyClassroomToken: string; readonly agoraToken: string; readonly agoraAppId: string };
  banner(): string[];
  close(): Promise<void>;
}

/**
 * Reads an API's default seed data set (`seedFile` of its registry entry, in `mocks/`).
 *
 * @example
 *   const seed = defaultSeed('anyclassroom') as { devices: unknown[] };
 */
export function defaultSeed(api: string): unknown {
  return JSON.parse(readSeedFile(api).toString('utf8'));
}

/**
 * Starts the stateful mock of every API in the registry (each on its own port, each with its own
 * clock) and resolves once all listen. Used by `npm start`, the fuzzer, the benchmarks and the tests.
 * Throws, before anything listens or writes, on a credential the API refuses or a state file it
 * cannot use.
 *
 * @example
 *   const mocks = await startMocks({ host: '127.0.0.1', ports: { anyclassroom: 0, 'agora-classroom': 0 } });
 *   const any = mocks.api('anyclassroom');
 *   await fetch(`${any.url}/devices`, { headers: { 'X-Token-AC': any.credentials.token! } });
 *   await mocks.close();
 */
export async function startMocks(options: StartOptions): Promise<RunningMocks> {
  const env = options.env ?? process.env;
  const ports: Record<string, number | undefined> = {
    anyclassroom: options.anyClassroomPort,
    'agora-classroom': options.agoraPort,
    ...options.ports,
  };
  const values = API_REGISTRY.apis.map((api) => credentialValues(api, env));
  // A corrupt state file stops the start here (StateFileError), before anything listens or writes.
  const persistence = options.stateFile ? StateJournal.open(options.stateFile, { fsync: options.stateFsync ?? false }) : undefined;
  const prepared: { descriptor: ApiDescriptor; server: MockServer<MockState>; credentials: Readonly<Record<string, string>>; seed: unknown }[] = [];
  // Read when a switch or the console asks, once every mock exists.
  const scenarios = createScenarioCatalog({
    dir: options.scenarioDir ?? join(projectRoot(), 'mocks', 'scenarios'),
    displayDir: options.scenarioDir ?? 'mocks/scenarios',
    participants: () => prepared.map((p) => ({ name: p.descriptor.name, startSeed: p.seed, prepareState: p.server.handler.prepareState })),
  });
  let peers: { api: string; origin: string; url: string }[] = [];
  const shared = {
    scenarios,
    consoleAssets: readConsoleAssets(),
    peers: () => peers,
    latencyMs: options.latencyMs,
    errorRate: options.errorRate,
    onViolation: options.onViolation,
    log: options.log,
    stateFile: persistence,
    requestTimeoutMs: options.requestTimeoutMs,
    headerLimit: options.headerLimit,
  };

  try {
    for (const [i, descriptor] of API_REGISTRY.apis.entries()) {
      const { mock, credentials } = await descriptor.createMock(values[i]!);
      // A default seed whose bytes equal the copy the build checked skips its schema check (checkedSeeds.ts).
      const seed = options.seed?.[descriptor.name] ?? readStartSeed(descriptor.name);
      // On a first start the server saves the seeded tables with its first write (a journal holds
      // changes relative to a snapshot).
      const server = createMockServer<MockState>({ ...shared, api: mock, seed, clock: new MockClock() });
      prepared.push({ descriptor, server, credentials, seed });
    }
  } catch (error) {
    persistence?.close();
    throw error;
  }

  let origins: string[];
  try {
    origins = await Promise.all(prepared.map(({ descriptor, server }) => server.listen(ports[descriptor.name] ?? descriptor.port.default, options.host)));
  } catch (error) {
    await Promise.allSettled(prepared.map(({ server }) => server.close()));
    persistence?.close();
    throw error;
  }

  const apis: RunningApi[] = prepared.map((p, i) => ({ ...p, origin: origins[i]!, url: `${origins[i]!}${p.descriptor.basePath}` }));
  peers = apis.map((a) => ({ api: a.descriptor.name, origin: a.origin, url: a.url }));
  const api = (name: string): RunningApi => {
    const found = apis.find((a) => a.descriptor.name === name);
    if (!found) throw new Error(`no running API "${name}"`);
    return found;
  };
  const anyClassroom = api('anyclassroom');
  const agora = api('agora-classroom');
  return {
    apis,
    api,
    anyClassroom: anyClassroom.server,
    agora: agora.server,
    anyClassroomUrl: anyClassroom.url,
    agoraUrl: agora.url,
    credentials: { anyClassroomToken: anyClassroom.credentials.token!, agoraToken: agora.credentials.token!, agoraAppId: agora.credentials.appId! },
    banner: () => [
      'Classroom API mocks are running.',
      '',
      ...apis.flatMap((a) => a.descriptor.describe(a.url, a.credentials).map((line) => `  ${line}`)),
      '',
      `  Console:     ${apis[0]!.origin}/__mock/   (every mock's requests, state, clock, faults and scenarios)`,
      `  Control API: ${apis.map((a) => `${a.origin}/__mock/`).join('  and  ')}   (reset, clock, requests, state, faults, scenarios)`,
      ...(persistence ? [`  State file: ${persistence.location} (${persistence.describe()})`] : []),
      '  Ctrl-C stops.',
    ],
    close: () =>
      Promise.all(apis.map((a) => a.server.close())).then(() => {
        persistence?.close();
      }),
  };
}

/** An API's credential values from the environment (unset or empty: the mock's default); throws on one its `check` refuses. */
function credentialValues(api: ApiDescriptor, env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {};
  for (const setting of api.credentials) {
    const value = env[setting.env] || undefined;
    const problem = value === undefined ? null : (setting.check?.(value) ?? null);
    if (problem) throw new Error(`${setting.env} must be ${problem}, got "${value}"`);
    values[setting.key] = value;
  }
  return values;
}
