import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { createAgoraClassroomClient, type AgoraClassroomClientOptions } from '../../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { validateAgoraResponses } from '../../../src/agora-classroom/client/validateAgoraResponses.ts';
import { createAnyClassroomClient, type AnyClassroomClientOptions } from '../../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { validateAnyClassroomResponses } from '../../../src/anyclassroom/client/validateAnyClassroomResponses.ts';
import type { FetchLike } from '../../../src/core/client/withRetry.ts';
import { startMocks, type RunningMocks } from '../../../src/mock/startMocks.ts';

/**
 * Starts both stateful mocks once for a test file (`startMocks`, as `npm start` does), resets them
 * and sets their clocks before each test, and fails a test if a mock answered against its own
 * document. Clients made here send through a counting `fetch` and validate every answer.
 */
export function useRunningMocks(clock: { anyclassroom?: number; agora?: number } = {}) {
  let mocks: RunningMocks | undefined;
  const violations: unknown[] = [];
  const requests: Request[] = [];

  beforeAll(async () => {
    mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, onViolation: (r) => violations.push(r), log: () => undefined });
  });
  afterAll(() => mocks?.close());
  beforeEach(async () => {
    requests.length = 0;
    const m = running();
    const anyOrigin = new URL(m.anyClassroomUrl).origin;
    for (const origin of [anyOrigin, m.agoraUrl]) await control(origin, 'reset');
    if (clock.anyclassroom !== undefined) await control(anyOrigin, 'clock', { now: clock.anyclassroom });
    if (clock.agora !== undefined) await control(m.agoraUrl, 'clock', { now: clock.agora });
  });
  afterEach(() => {
    expect(violations.splice(0), 'mock answers that break the document').toEqual([]);
  });

  const running = (): RunningMocks => {
    if (!mocks) throw new Error('mocks not started');
    return mocks;
  };
  const counting: FetchLike = (request, init) => {
    requests.push(request);
    return globalThis.fetch(request, init);
  };

  return {
    get mocks() {
      return running();
    },
    /** Requests sent by the clients made here, since the test started. */
    requests,
    /** `POST /__mock/{reset|clock}` on the mock at `origin`. */
    control,
    anyClassroom(options: Partial<AnyClassroomClientOptions> = {}) {
      const client = createAnyClassroomClient({ token: running().credentials.anyClassroomToken, baseUrl: running().anyClassroomUrl, fetch: counting, ...options });
      client.use(validateAnyClassroomResponses());
      return client;
    },
    agora(options: Partial<AgoraClassroomClientOptions> = {}) {
      const { credentials, agoraUrl } = running();
      const client = createAgoraClassroomClient({ appId: credentials.agoraAppId, token: credentials.agoraToken, uid: 'teacher-1', baseUrl: agoraUrl, fetch: counting, ...options });
      client.use(validateAgoraResponses());
      return client;
    },
  };
}

async function control(origin: string, what: 'reset' | 'clock', body?: unknown): Promise<void> {
  const response = await fetch(`${origin}/__mock/${what}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
  if (!response.ok) throw new Error(`POST /__mock/${what} answered ${response.status}: ${await response.text()}`);
}

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
