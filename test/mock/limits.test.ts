import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

let mocks: RunningMocks;
const logs: Record<string, unknown>[] = [];
const REQUEST_TIMEOUT_MS = 400;

beforeAll(async () => {
  mocks = await startMocks({
    host: '127.0.0.1',
    anyClassroomPort: 0,
    agoraPort: 0,
    env: { ANYCLASSROOM_TOKEN: 'secret-any-token', AGORA_TOKEN: 'secret-agora-token' },
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    onViolation: reportViolation,
    log: (entry) => logs.push(entry),
  });
});
afterAll(() => mocks.close());

/** Sends raw bytes and reads the whole answer (the server closes the connection after it). */
function raw(origin: string, bytes: string, pauseMs = 0): Promise<{ status: number; headers: string; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(bytes);
      if (pauseMs === 0) socket.end();
    });
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head, body });
    });
  });
}

const origins = () => ({ anyclassroom: new URL(mocks.anyClassroomUrl).origin, agora: mocks.agoraUrl });

describe('limits, answered in each API own error format', () => {
  it.each(['anyclassroom', 'agora'] as const)('%s: headers over 16 KiB get 431', async (api) => {
    const res = await raw(origins()[api], `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toEqual(api === 'anyclassroom' ? { message: 'Request Header Fields Too Large' } : { code: 431, msg: expect.stringContaining('16384'), ts: expect.any(Number) });
  });

  it.each(['anyclassroom', 'agora'] as const)('%s: a client that does not finish its request in time gets 408', async (api) => {
    const started = performance.now();
    const res = await raw(origins()[api], 'GET /api/v1/devices HTTP/1.1\r\nHost: x\r\n', 1);
    expect(res.status).toBe(408);
    expect(performance.now() - started).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(JSON.parse(res.body)).toMatchObject(api === 'anyclassroom' ? { message: 'Request Timeout' } : { code: 408 });
  }, 15_000);

  it.each(['anyclassroom', 'agora'] as const)('%s: bytes that are not HTTP get 400', async (api) => {
    const res = await raw(origins()[api], 'NOT HTTP AT ALL\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject(api === 'anyclassroom' ? { message: 'Bad Request' } : { code: 400 });
  });

  // AC-32 (Laravel's global ValidatePostSize before the router), AG-63, MK-4.
  it.each(['anyclassroom', 'agora'] as const)('%s: a body declared over 1 MiB gets 413 before routing, whatever the path, and the connection is closed', async (api) => {
    const length = 1024 * 1024 + 1;
    for (const target of ['/nowhere', api === 'anyclassroom' ? '/api/v1/devices' : '/edu/polling/apps/x/v2/rooms/sequences']) {
      const res = await raw(origins()[api], `DELETE ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n{`);
      expect(res.status).toBe(413);
      expect(res.headers.toLowerCase()).toContain('connection: close');
      expect(JSON.parse(res.body)).toEqual(api === 'anyclassroom' ? { message: 'The POST data is too large.' } : { code: 413, msg: expect.any(String), ts: expect.any(Number) });
    }
  });

  it('binds to 127.0.0.1 unless told otherwise', () => {
    expect(mocks.anyClassroomUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(mocks.agoraUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });

  it('keeps serving normal requests after all of that', async () => {
    const res = await fetch(`${mocks.anyClassroomUrl}/devices?per_page=1`, { headers: { 'X-Token-AC': 'secret-any-token' } });
    expect(res.status).toBe(200);
  });
});
