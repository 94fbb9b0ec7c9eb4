import { Agent, type Server } from 'node:http';
import { afterAll, beforeAll, expect } from 'vitest';
import { sendRawRequest } from '../../src/core/fuzz/sendRawRequest.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

export interface JsonAnswer {
  readonly status: number;
  // Read freely by the tests; its shape is checked against the document by the harness.
  readonly body: any;
}

/** How many requests one mock was working on at once, at most, and over how many connections. */
export interface InFlight {
  readonly max: number;
  readonly connections: number;
  stop(): void;
}

/**
 * Starts both mocks once for a test file (as `npm start` does; every answer checked against its
 * document through `reportViolation`) and gives an HTTP helper whose requests really overlap: a
 * keep-alive agent with 256 sockets, so a `Promise.all` of a thousand requests keeps 256 on the
 * wire at once instead of queueing them one by one.
 *
 * @example
 *   const kit = useConcurrencyKit();
 *   const answers = await Promise.all(ids.map((id) => kit.call('agora', 'GET', `/edu/apps/${kit.appId}/v2/rooms/${id}`)));
 */
export function useConcurrencyKit() {
  let mocks: RunningMocks | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });

  beforeAll(async () => {
    mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, onViolation: reportViolation, log: () => undefined });
  });
  afterAll(async () => {
    agent.destroy();
    await mocks?.close();
  });

  const running = (): RunningMocks => {
    if (!mocks) throw new Error('mocks not started');
    return mocks;
  };
  const origin = (api: 'anyclassroom' | 'agora') => (api === 'agora' ? running().agoraUrl : new URL(running().anyClassroomUrl).origin);
  const credentials = (api: 'anyclassroom' | 'agora'): [string, string][] =>
    api === 'agora'
      ? [
          ['x-agora-token', running().credentials.agoraToken],
          ['x-agora-uid', 'teacher-1'],
        ]
      : [['X-Token-AC', running().credentials.anyClassroomToken]];

  /**
   * A request with the API's credentials; `path` is relative to the origin (`/api/v1/...`, `/edu/...`).
   * `delayMs` sends `Prefer: delay=`: the mock then holds the request between reading it and
   * handling it, so that many requests are inside the server at the same moment.
   */
  async function call(api: 'anyclassroom' | 'agora', method: string, path: string, options: { body?: unknown; delayMs?: number } = {}): Promise<JsonAnswer> {
    const { body, delayMs } = options;
    const headers: [string, string][] = [...credentials(api)];
    if (body !== undefined) headers.push(['Content-Type', 'application/json']);
    if (delayMs) headers.push(['Prefer', `delay=${delayMs}`]);
    const answer = await sendRawRequest(origin(api), { method, target: path, headers, body: body === undefined ? undefined : JSON.stringify(body) }, agent, 30_000);
    if (answer.kind === 'dropped') throw new Error(`${method} ${path}: no answer (${answer.error})`);
    return { status: answer.status, body: answer.body ? JSON.parse(answer.body) : undefined };
  }

  /** `POST /__mock/{reset|clock}` on one mock. */
  async function control(api: 'anyclassroom' | 'agora', what: 'reset' | 'clock', body?: unknown): Promise<void> {
    const answer = await sendRawRequest(origin(api), { method: 'POST', target: `/__mock/${what}`, headers: [['Content-Type', 'application/json']], body: JSON.stringify(body ?? {}) }, agent);
    expect(answer.kind === 'answer' && answer.status, `POST /__mock/${what}`).toBe(200);
  }

  /** Counts requests the mock has received and not yet answered, keeping the maximum. */
  function watchInFlight(api: 'anyclassroom' | 'agora'): InFlight {
    const server: Server = api === 'agora' ? running().agora.server : running().anyClassroom.server;
    let now = 0;
    let max = 0;
    let connections = 0;
    const onConnection = () => {
      connections += 1;
    };
    const onRequest = (_req: unknown, res: { once(event: 'close', listener: () => void): void }) => {
      now += 1;
      max = Math.max(max, now);
      res.once('close', () => {
        now -= 1;
      });
    };
    server.prependListener('request', onRequest);
    server.on('connection', onConnection);
    return {
      get max() {
        return max;
      },
      get connections() {
        return connections;
      },
      stop: () => {
        server.off('request', onRequest);
        server.off('connection', onConnection);
      },
    };
  }

  /** Path of an Agora room of the configured app, with an optional suffix (`/states/1`). */
  const roomPath = (room: string, suffix = '') => `/edu/apps/${running().credentials.agoraAppId}/v2/rooms/${encodeURIComponent(room)}${suffix}`;

  /** Creates Agora rooms (small classes, one-hour schedule starting now); each must answer 200. */
  async function createRooms(rooms: readonly string[]): Promise<void> {
    for (const room of rooms) {
      const body = { roomName: room, roomType: 4, roomProperties: { schedule: { startTime: Date.now(), duration: 3600, closeDelay: 600 } } };
      expect((await call('agora', 'POST', roomPath(room), { body })).status).toBe(200);
    }
  }

  /** A room's whole event list, through its `nextId` pages. */
  async function roomEvents<E>(room: string): Promise<E[]> {
    const events: E[] = [];
    for (let nextId: string | null = ''; nextId !== null; ) {
      const { status, body } = await call('agora', 'GET', roomPath(room, `/sequences${nextId ? `?nextId=${nextId}` : ''}`));
      expect(status).toBe(200);
      events.push(...(body.data.list as E[]));
      nextId = body.data.nextId as string | null;
    }
    return events;
  }

  return {
    get mocks() {
      return running();
    },
    get appId() {
      return running().credentials.agoraAppId;
    },
    call,
    control,
    watchInFlight,
    roomPath,
    createRooms,
    roomEvents,
  };
}

export { seededRandom } from '../../src/core/seededRandom.ts';
