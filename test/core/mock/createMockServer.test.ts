import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, type MockServer } from '../../../src/core/mock/createMockServer.ts';
import { reportViolation } from '../../support/mockHarness.ts';
import { createThingsMock, thingsSeed, type ThingsState } from '../fixtures/thingsMock.ts';

let mock: MockServer<ThingsState>;
let origin: string;
const logs: Record<string, unknown>[] = [];

beforeAll(async () => {
  mock = createMockServer<ThingsState>({ api: createThingsMock(), seed: thingsSeed, bodyLimit: 64, headerLimit: 1024, onViolation: reportViolation, log: (e) => logs.push(e) });
  origin = await mock.listen(0);
});
afterAll(() => mock.close());

/** Sends raw bytes; resolves with the whole answer once the server closes the connection. */
function raw(bytes: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let data = '';
    socket.on('data', (d: Buffer) => (data += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(data));
  });
}

describe('the node:http adapter', () => {
  it('serves the API on a real port, with Content-Type and Content-Length', async () => {
    const res = await fetch(`${origin}/v1/things/2`, { headers: { 'x-key': 'secret' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('content-length')).toBe(String('{"id":2,"name":"two"}'.length));
    expect(await res.json()).toEqual({ id: 2, name: 'two' });
  });

  it('sends headers only to a HEAD request', async () => {
    const answer = await raw('HEAD /v1/things/2 HTTP/1.1\r\nHost: x\r\nx-key: secret\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer.endsWith('\r\n\r\n')).toBe(true);
  });

  it('closes the connection after a 413, in the API format', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(100) });
    const answer = await raw(`POST /v1/things HTTP/1.1\r\nHost: x\r\nx-key: secret\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nConnection: close\r\n/i);
    expect(answer).toContain('{"message":"PayloadTooLarge"}');
  });

  it('answers a CORS preflight itself and adds CORS headers to answers', async () => {
    const preflight = await fetch(`${origin}/v1/things`, { method: 'OPTIONS', headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-key' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-key');
    const res = await fetch(`${origin}/v1/things`, { headers: { Origin: 'http://app.test', 'x-key': 'secret' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://app.test');
  });

  it("answers what Node's parser refuses (headers over the limit) raw, in the API format", async () => {
    const answer = await raw(`GET /v1/things HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(2_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('{"message":"HeadersTooLarge"}');
  });

  it('serves the control API under /__mock/', async () => {
    const res = await fetch(`${origin}/__mock/clock`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ frozen: false });
    expect(logs).toEqual([]);
  });
});
