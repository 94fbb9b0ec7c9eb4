import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnyClassroomMock } from '../../src/anyclassroom/mock/createAnyClassroomMock.ts';
import { createMockServer, type MockServer, type ResponseViolationReport } from '../../src/core/mock/createMockServer.ts';
import type { MockState } from '../../src/core/mock/types.ts';
import { defaultSeed, startMocks } from '../../src/mock/startMocks.ts';
import { reportViolation, startTestMock } from '../support/mockHarness.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const TOKEN = 'runtime-token';
const toClose: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((s) => s.close()));
});

describe('response validation at run time', () => {
  it('logs an answer that violates the document and flags it in x-mock-response-violations', async () => {
    const api = createAnyClassroomMock({ token: TOKEN });
    const reports: ResponseViolationReport[] = [];
    const logs: Record<string, unknown>[] = [];
    // A domain bug: the device list without `links` and `meta`.
    const broken = { ...api, handle: () => ({ status: 200, body: { data: [] } }) };
    const mock: MockServer<MockState> = createMockServer<MockState>({
      api: broken as never,
      seed: defaultSeed('anyclassroom'),
      onViolation: (r) => reports.push(r),
      log: (entry) => logs.push(entry),
    });
    toClose.push(mock);
    const origin = await mock.listen(0);
    const res = await fetch(`${origin}/api/v1/devices`, { headers: { 'X-Token-AC': TOKEN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-mock-response-violations')).toBe('2');
    expect(reports[0]).toMatchObject({ operationId: 'listDevices', status: 200 });
    expect(reports[0]!.violations.map((v) => v.message).join(' ')).toMatch(/links.*meta|meta.*links/);
    expect(logs[0]).toMatchObject({ level: 'warn', msg: 'response violates the OpenAPI document', operationId: 'listDevices', route: 'GET /devices' });
  });

  it('never writes the token, the URL or a device password to its logs, also when a handler throws', async () => {
    const api = createAnyClassroomMock({ token: TOKEN });
    const seed = defaultSeed('anyclassroom') as { devices: { anydesk_alias: string; anydesk_password: string }[] };
    const device = seed.devices[0]!;
    const logs: Record<string, unknown>[] = [];
    const throwing = {
      ...api,
      handle: (_state: unknown, request: { operationId: string }) => {
        if (request.operationId === 'getDevice') throw new Error('boom');
        // An off-spec answer that echoes the device, password included.
        return { status: 200, body: { data: [{ ...device, secret: device.anydesk_password }] } };
      },
    };
    const mock = createMockServer<MockState>({ api: throwing as never, seed, onViolation: () => undefined, log: (e) => logs.push(e) });
    toClose.push(mock);
    const origin = await mock.listen(0);
    expect((await fetch(`${origin}/api/v1/devices/${device.anydesk_alias}`, { headers: { 'X-Token-AC': TOKEN } })).status).toBe(500);
    await fetch(`${origin}/api/v1/devices?per_page=7`, { headers: { 'X-Token-AC': TOKEN } });
    expect(logs.map((l) => l.msg)).toEqual(['mock bug: unhandled error', 'response violates the OpenAPI document']);
    const text = JSON.stringify(logs);
    for (const secret of [TOKEN, device.anydesk_alias, device.anydesk_password, 'per_page=7']) expect(text).not.toContain(secret);
  });
});

describe('Prism inside the stateful mock', () => {
  it('answers Prefer: dynamic=true with data generated from the schema, valid against the document', async () => {
    const t = await startTestMock(createAnyClassroomMock({ token: TOKEN }), defaultSeed('anyclassroom'));
    toClose.push(t);
    const res = await fetch(`${t.origin}/api/v1/devices/123456789`, { headers: { 'X-Token-AC': TOKEN, Prefer: 'dynamic=true' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { anydesk_id: string } };
    expect(typeof body.data.anydesk_id).toBe('string');
  });

  it('ignores a preference Prism cannot honour (RFC 7240) and says why in x-mock-prefer-ignored', async () => {
    const t = await startTestMock(createAnyClassroomMock({ token: TOKEN }), defaultSeed('anyclassroom'));
    toClose.push(t);
    const res = await fetch(`${t.origin}/api/v1/devices?per_page=1`, { headers: { 'X-Token-AC': TOKEN, Prefer: 'example=NoSuchExample' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-mock-prefer-ignored')).toBeTruthy();
    expect(((await res.json()) as { meta: { per_page: number } }).meta.per_page).toBe(1);
  });
});

describe('latency option', () => {
  it('adds --latency milliseconds to every API answer but not to the control API', async () => {
    const mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, latencyMs: 1000, env: {}, onViolation: reportViolation, log: () => undefined });
    toClose.push(mocks);
    let start = performance.now();
    await fetch(`${mocks.anyClassroomUrl}/devices`, { headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken } });
    expect(performance.now() - start).toBeGreaterThanOrEqual(990);
    start = performance.now();
    await fetch(`${new URL(mocks.anyClassroomUrl).origin}/__mock/clock`);
    expect(performance.now() - start).toBeLessThan(900);
  });
});

describe('--seed FILE', () => {
  it('loads another data set for one API and keeps the default seed of the other', async () => {
    const seed = defaultSeed('anyclassroom') as {
      account: string;
      devices: { anydesk_id: string; account?: string }[];
      temporal_accesses: { anydesk_id: string }[];
    };
    const devices = seed.devices.filter((d) => d.account === undefined || d.account === seed.account).slice(0, 3);
    const ids = new Set(devices.map((d) => d.anydesk_id));
    const small = { ...seed, devices, temporal_accesses: seed.temporal_accesses.filter((t) => ids.has(t.anydesk_id)) };
    const dir = await mkdtemp(join(tmpdir(), 'seed-'));
    const file = join(dir, 'seed.json');
    await writeFile(file, JSON.stringify({ anyclassroom: small }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--anyclassroom-port', '0', '--agora-port', '0', '--seed', file], {
      cwd: repoRoot,
      env: { ...process.env, ANYCLASSROOM_TOKEN: TOKEN },
    });
    toClose.push({ close: async () => void child.kill('SIGKILL') });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    // The banner is printed line by line; its last line says both APIs' lines are there.
    await expect.poll(() => out.includes('Ctrl-C stops.'), { timeout: 15_000 }).toBe(true);
    const url = /AnyClassroom API v1\.2\s+(\S+)/.exec(out)![1]!;
    const page = (await (await fetch(`${url}/devices`, { headers: { 'X-Token-AC': TOKEN } })).json()) as { meta: { total: number } };
    expect(page.meta.total).toBe(3);
    const agora = /Agora Flexible Classroom v2\s+(\S+)/.exec(out)![1]!;
    expect((await fetch(`${agora}/__mock/clock`)).status).toBe(200);
  }, 30_000);

  it('refuses a data set that breaks the seed format, naming each problem', async () => {
    const seed = defaultSeed('anyclassroom') as { devices: unknown[] };
    const dir = await mkdtemp(join(tmpdir(), 'seed-'));
    const file = join(dir, 'seed.json');
    await writeFile(file, JSON.stringify({ anyclassroom: { ...seed, devices: seed.devices.slice(0, 1) } }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--seed', file, '--anyclassroom-port', '0', '--agora-port', '0'], { cwd: repoRoot });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    expect(await new Promise((r) => child.on('exit', r))).toBe(1);
    expect(out).toContain('invalid AnyClassroom seed data set');
    expect(out).toMatch(/\$\.temporal_accesses\[\d+\]\.anydesk_id: expected the AnyDesk ID of a device of the seed/);
  }, 30_000);

  it('refuses a seed file that is not JSON, with a clear error and exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'seed-'));
    const file = join(dir, 'broken.json');
    await writeFile(file, '{ not json');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--seed', file, '--anyclassroom-port', '0', '--agora-port', '0'], { cwd: repoRoot });
    let out = '';
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(out).toContain(`cannot read the seed file ${file}`);
  }, 30_000);
});
