import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../core/projectRoot.ts';
import { createAgoraClassroomMock, AGORA_DEFAULTS } from '../agora-classroom/mock/createAgoraClassroomMock.ts';
import { createAnyClassroomMock, ANYCLASSROOM_DEFAULTS } from '../anyclassroom/mock/createAnyClassroomMock.ts';
import { MockClock } from '../core/clock.ts';
import { createMockServer, type MockServer, type MockServerOptions } from '../core/mock/createMockServer.ts';
import { readStateFile, StateFile } from '../core/mock/stateFile.ts';
import type { MockState } from '../core/mock/types.ts';

export interface StartOptions {
  readonly host: string;
  readonly anyClassroomPort: number;
  readonly agoraPort: number;
  /** Replacement data sets; a missing key keeps the default seed in `mocks/`. */
  readonly seed?: { readonly anyclassroom?: unknown; readonly 'agora-classroom'?: unknown } | undefined;
  readonly latencyMs?: number | undefined;
  readonly errorRate?: number | undefined;
  /** Keep both mocks' state in this file across restarts (see `StateFile`). */
  readonly stateFile?: string | undefined;
  readonly requestTimeoutMs?: number | undefined;
  readonly headerLimit?: number | undefined;
  readonly env?: NodeJS.ProcessEnv;
  readonly onViolation?: MockServerOptions<MockState>['onViolation'];
  readonly log?: MockServerOptions<MockState>['log'];
}

export interface RunningMocks {
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

/** Reads a default seed data set shipped in `mocks/`. */
export function defaultSeed(api: 'anyclassroom' | 'agora-classroom'): unknown {
  return JSON.parse(readFileSync(join(projectRoot(), 'mocks', `${api}.seed.json`), 'utf8'));
}

/**
 * Starts both stateful mocks (each on its own port, each with its own clock) and resolves once both
 * listen. Used by `npm start` and by the tests.
 *
 * @example
 *   const mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0 });
 *   await fetch(`${mocks.anyClassroomUrl}/devices`, { headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken } });
 *   await mocks.close();
 */
export async function startMocks(options: StartOptions): Promise<RunningMocks> {
  const env = options.env ?? process.env;
  const credentials = {
    anyClassroomToken: env.ANYCLASSROOM_TOKEN || ANYCLASSROOM_DEFAULTS.token,
    agoraToken: env.AGORA_TOKEN || AGORA_DEFAULTS.token,
    agoraAppId: env.AGORA_APP_ID || AGORA_DEFAULTS.appId,
  };
  if (!/^[0-9a-f]{32}$/i.test(credentials.agoraAppId)) throw new Error(`AGORA_APP_ID must be 32 hex characters, got "${credentials.agoraAppId}"`);
  // A corrupt state file stops the start here (StateFileError), before anything listens or writes.
  const stateFile = options.stateFile ? new StateFile(options.stateFile, readStateFile(options.stateFile) ?? {}) : undefined;
  const shared = {
    latencyMs: options.latencyMs,
    errorRate: options.errorRate,
    onViolation: options.onViolation,
    log: options.log,
    stateFile,
    requestTimeoutMs: options.requestTimeoutMs,
    headerLimit: options.headerLimit,
  };

  const anyClassroom = createMockServer<MockState>({
    ...shared,
    api: createAnyClassroomMock({ token: credentials.anyClassroomToken }) as never,
    seed: options.seed?.anyclassroom ?? defaultSeed('anyclassroom'),
    clock: new MockClock(),
  });
  const agora = createMockServer<MockState>({
    ...shared,
    api: createAgoraClassroomMock({ token: credentials.agoraToken, appId: credentials.agoraAppId }) as never,
    seed: options.seed?.['agora-classroom'] ?? defaultSeed('agora-classroom'),
    clock: new MockClock(),
  });
  let anyOrigin: string;
  let agoraOrigin: string;
  try {
    [anyOrigin, agoraOrigin] = await Promise.all([
      anyClassroom.listen(options.anyClassroomPort, options.host),
      agora.listen(options.agoraPort, options.host),
    ]);
  } catch (error) {
    await Promise.allSettled([anyClassroom.close(), agora.close()]);
    throw error;
  }
  const anyClassroomUrl = `${anyOrigin}/api/v1`;
  return {
    anyClassroom,
    agora,
    anyClassroomUrl,
    agoraUrl: agoraOrigin,
    credentials,
    banner: () => [
      'Classroom API mocks are running.',
      '',
      `  AnyClassroom API v1.2   ${anyClassroomUrl}`,
      `      header X-Token-AC: ${credentials.anyClassroomToken}`,
      `  Agora Flexible Classroom v2   ${agoraOrigin}   (/edu/... and /{cn|ap|eu|na}/edu/...)`,
      `      app id: ${credentials.agoraAppId}`,
      `      headers x-agora-token: ${credentials.agoraToken}, x-agora-uid: any non-empty value`,
      '',
      `  Control API: ${anyOrigin}/__mock/  and  ${agoraOrigin}/__mock/   (POST reset, GET/POST clock)`,
      ...(stateFile ? [`  State file: ${stateFile.path} (every change is saved before it is acknowledged)`] : []),
      '  Ctrl-C stops.',
    ],
    close: () => Promise.all([anyClassroom.close(), agora.close()]).then(() => undefined),
  };
}
