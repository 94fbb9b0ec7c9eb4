import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');
const TOKEN = 'persist-token';
const AGORA = { token: 'persist-agora', appId: 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48' };
const children: ChildProcess[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill('SIGKILL')));

interface Started {
  child: ChildProcess;
  any: string;
  agora: string;
  exited: Promise<number | null>;
  output: () => string;
}

function start(args: string[]): Promise<Started> & { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--anyclassroom-port', '0', '--agora-port', '0', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ANYCLASSROOM_TOKEN: TOKEN, AGORA_TOKEN: AGORA.token, AGORA_APP_ID: AGORA.appId },
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const ready = new Promise<Started>((resolveReady, reject) => {
    const timer = setInterval(() => {
      const any = /AnyClassroom API v1\.2\s+(\S+)/.exec(out)?.[1];
      const agora = /Agora Flexible Classroom v2\s+(\S+)/.exec(out)?.[1];
      // The banner is printed line by line: its last line says it is whole (the state file's line,
      // which some tests read, comes after the APIs' lines).
      if (any && agora && out.includes('Ctrl-C stops.')) {
        clearInterval(timer);
        resolveReady({ child, any, agora, exited, output: () => out });
      }
    }, 20);
    void exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`mock exited with ${code}: ${out}`));
    });
  });
  return Object.assign(ready, { child, exited, output: () => out });
}

const anyHeaders = { 'X-Token-AC': TOKEN, 'Content-Type': 'application/json' };
const agoraHeaders = { 'x-agora-token': AGORA.token, 'x-agora-uid': 'u1', 'Content-Type': 'application/json' };
const DEVICE = 'lab1-pc-02@ad';

async function tokensOf(base: string): Promise<Set<string>> {
  const tokens = new Set<string>();
  for (let page = 1; ; page++) {
    const body = (await (await fetch(`${base}/devices/${DEVICE}/temporal?per_page=100&page=${page}`, { headers: anyHeaders })).json()) as {
      data: { token: string }[];
      meta: { last_page: number };
    };
    body.data.forEach((l) => tokens.add(l.token));
    if (page >= body.meta.last_page) return tokens;
  }
}

describe('--state-file', () => {
  it('keeps created links, rooms, state changes and a frozen clock across a restart', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'mock-state.json');
    const first = await start(['--state-file', file]);
    const anyOrigin = new URL(first.any).origin;
    await fetch(`${anyOrigin}/__mock/clock`, { method: 'POST', headers: anyHeaders, body: JSON.stringify({ now: 1900000000 }) });
    const created = (await (
      await fetch(`${first.any}/devices/${DEVICE}/temporal`, { method: 'POST', headers: anyHeaders, body: JSON.stringify({ until_time: 1900003600 }) })
    ).json()) as { data: { token: string; from_time: number } };
    expect(created.data.from_time).toBe(1900000000);
    const room = `${first.agora}/edu/apps/${AGORA.appId}/v2/rooms/persisted-room`;
    const body = { roomName: 'Persisted', roomType: 4, roomProperties: { schedule: { startTime: 1900000000000, duration: 3600, closeDelay: 600 } } };
    expect((await fetch(room, { method: 'POST', headers: agoraHeaders, body: JSON.stringify(body) })).status).toBe(200);
    expect((await fetch(`${room}/states/1`, { method: 'PUT', headers: agoraHeaders })).status).toBe(200);

    first.child.kill('SIGKILL');
    await first.exited;
    const second = await start(['--state-file', file]);
    expect(await tokensOf(second.any)).toContain(created.data.token);
    expect(await (await fetch(`${new URL(second.any).origin}/__mock/clock`)).json()).toEqual({ now: 1900000000, frozen: true });
    const info = (await (await fetch(`${second.agora}/edu/apps/${AGORA.appId}/v2/rooms/persisted-room`, { headers: agoraHeaders })).json()) as {
      data: { roomName: string; state: number };
    };
    expect(info.data).toMatchObject({ roomName: 'Persisted', state: 1 });
  }, 60_000);

  it('loses no acknowledged change when the process is killed in the middle of a burst of writes', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'mock-state.json');
    const first = await start(['--state-file', file]);
    const acknowledged = new Set<string>();
    const until = Math.floor(Date.now() / 1000) + 86_400;
    const create = async () => {
      const res = await fetch(`${first.any}/devices/${DEVICE}/temporal`, { method: 'POST', headers: anyHeaders, body: JSON.stringify({ until_time: until }) });
      if (res.status === 201) acknowledged.add(((await res.json()) as { data: { token: string } }).data.token);
    };
    // 8 writers keep creating links; the process is killed while they run.
    let stop = false;
    const writers = Array.from({ length: 8 }, async () => {
      while (!stop) await create().catch(() => (stop = true));
    });
    await new Promise((r) => setTimeout(r, 400 + Math.random() * 400));
    first.child.kill('SIGKILL');
    await first.exited;
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.size).toBeGreaterThan(10);

    // Every complete line is a record; at most the last one may be cut short (never acknowledged).
    const text = await readFile(file, 'utf8');
    for (const line of text.slice(0, text.lastIndexOf('\n')).split('\n')) JSON.parse(line);
    const second = await start(['--state-file', file]);
    const kept = await tokensOf(second.any);
    const lost = [...acknowledged].filter((t) => !kept.has(t));
    expect(lost).toEqual([]);
  }, 60_000);

  it('writes the file with mode 0600 (it holds tokens and passwords)', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'mock-state.jsonl');
    const first = await start(['--state-file', file]);
    await fetch(`${first.any}/devices/${DEVICE}/temporal`, { method: 'POST', headers: anyHeaders, body: JSON.stringify({ until_time: Math.floor(Date.now() / 1000) + 600 }) });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('drops a last line cut short by a crash (never acknowledged), says so, and keeps everything before it', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'mock-state.jsonl');
    const first = await start(['--state-file', file]);
    const res = await fetch(`${first.any}/devices/${DEVICE}/temporal`, { method: 'POST', headers: anyHeaders, body: JSON.stringify({ until_time: Math.floor(Date.now() / 1000) + 600 }) });
    const { token } = ((await res.json()) as { data: { token: string } }).data;
    first.child.kill('SIGKILL');
    await first.exited;
    await appendFile(file, '{"api":"anyclassroom","kind":"changes","stateVersion":1,"frozenClockMs":null,"changes":[{"table":"st');

    const second = await start(['--state-file', file]);
    expect(second.output()).toMatch(/dropped an unfinished last write of \d+ bytes, never acknowledged/);
    expect(await tokensOf(second.any)).toContain(token);
    expect((await readFile(file, 'utf8')).endsWith('\n')).toBe(true);
  }, 60_000);

  const header = '{"format":"classroom-mock-state","version":3,"written":"2026-01-01T00:00:00.000Z"}\n';
  it.each([
    ['broken JSON', '{"format": "classroom-mock-state", "version": 3, "apis": {', 'it is not valid JSON'],
    ['another JSON file', '{"name": "some-package"}', 'it is not a classroom-mock-state file'],
    ['a newer version', '{"format": "classroom-mock-state", "version": 99}\n', 'it has version 99'],
    ['a corrupt line in the middle', `${header}{"api":"anyclassroom","kind":\n${header}`, 'line 2 is corrupt'],
  ])('refuses to start on %s, with a clear error, and leaves the file as it was', async (_case, content, reason) => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'mock-state.json');
    await writeFile(file, content);
    const run = start(['--state-file', file]);
    run.catch(() => undefined);
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`cannot use the state file ${file}: ${reason}`);
    expect(await readFile(file, 'utf8')).toBe(content);
  }, 30_000);
});
