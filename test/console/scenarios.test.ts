import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { reportViolation } from '../support/mockHarness.ts';

// The shipped scenarios plus broken ones, in a folder of the test's own.
const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));
const shipped = readdirSync('mocks/scenarios').filter((f) => f.endsWith('.json'));
for (const file of shipped) copyFileSync(join('mocks/scenarios', file), join(dir, file));
writeFileSync(
  join(dir, 'broken.json'),
  JSON.stringify({
    description: 'two problems in the AnyClassroom part, one in the Agora part, one unknown key',
    anyclassroom: {
      account: 'northfield-academy',
      classrooms: [],
      devices: [
        { anydesk_id: '123456789', anydesk_alias: 'a@ad', anydesk_password: 'p', has_2fa: 'yes', status: 'enabled', classroom_id: null },
        { anydesk_id: '223456789', anydesk_alias: 'b@ad', anydesk_password: 'p', has_2fa: true, status: 'enabled', classroom_id: 999 },
      ],
      temporal_accesses: [],
    },
    'agora-classroom': { apps: 'none' },
    colour: 'blue',
  }),
);
writeFileSync(join(dir, 'not-json.json'), '{ "anyclassroom": ');

let mocks: RunningMocks;
let anyOrigin: string;
let agoraOrigin: string;
const switchTo = (name: string, origin = anyOrigin) => fetch(`${origin}/__mock/scenarios/${name}`, { method: 'POST' });
const anyGet = async (path: string) => {
  const res = await fetch(`${mocks.anyClassroomUrl}${path}`, { headers: { 'X-Token-AC': mocks.credentials.anyClassroomToken } });
  return { status: res.status, body: (await res.json()) as any };
};
const tables = async (origin: string) => {
  const body = (await (await fetch(`${origin}/__mock/state`)).json()) as { scenario: string; tables: { name: string; rows: number }[] };
  return { scenario: body.scenario, rows: Object.fromEntries(body.tables.map((t) => [t.name, t.rows])) };
};

beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: {}, scenarioDir: dir, onViolation: reportViolation, log: () => undefined });
  anyOrigin = mocks.api('anyclassroom').origin;
  agoraOrigin = mocks.api('agora-classroom').origin;
});
afterAll(async () => {
  await mocks.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  expect((await switchTo('default')).status).toBe(200);
});

describe('named scenarios (mocks/scenarios/*.json)', () => {
  it('ships at least an empty account, a large account, a class in progress, and expired and invalidated links', () => {
    expect(shipped).toEqual(expect.arrayContaining(['empty-account.json', 'large-account.json', 'class-in-progress.json', 'expired-and-invalidated-links.json']));
  });

  it('lists default and every file, with its description and APIs, on either port', async () => {
    for (const origin of [anyOrigin, agoraOrigin]) {
      const body = (await (await fetch(`${origin}/__mock/scenarios`)).json()) as { active: string; scenarios: { name: string; description: string; apis: string[] }[] };
      expect(body.active).toBe('default');
      expect(body.scenarios.map((s) => s.name)).toEqual(['default', 'broken', 'class-in-progress', 'empty-account', 'expired-and-invalidated-links', 'large-account', 'not-json']);
      expect(body.scenarios.find((s) => s.name === 'class-in-progress')).toMatchObject({ apis: ['agora-classroom'], description: expect.stringContaining('math class 7B') });
    }
  });

  it.each(shipped.map((f) => f.replace('.json', '')))('%s passes both seed checkers and switches every mock', async (name) => {
    const res = await switchTo(name);
    expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
    expect(await res.json()).toMatchObject({ active: name, scenario: { name }, clock: { frozen: false } });
    expect((await tables(anyOrigin)).scenario).toBe(name);
    expect((await tables(agoraOrigin)).scenario).toBe(name);
  });

  it('empty-account: no devices, no classrooms, an Agora App without classrooms', async () => {
    await switchTo('empty-account', agoraOrigin);
    expect((await anyGet('/devices')).body.meta.total).toBe(0);
    expect((await anyGet('/classrooms')).body.meta.total).toBe(0);
    expect((await tables(agoraOrigin)).rows.rooms ?? 0).toBe(0);
  });

  it('large-account: 750 devices over 15 pages, 3,000 links', async () => {
    await switchTo('large-account');
    const { body } = await anyGet('/devices');
    expect(body.meta).toMatchObject({ total: 750, last_page: 15 });
    expect((await tables(anyOrigin)).rows.links).toBe(3000);
  });

  it('class-in-progress: one classroom, in progress (state 1), with users online; AnyClassroom keeps its start data', async () => {
    const before = (await tables(anyOrigin)).rows;
    await switchTo('class-in-progress');
    expect((await tables(agoraOrigin)).rows.rooms).toBe(1);
    const res = await fetch(`${mocks.agoraUrl}/edu/apps/${mocks.credentials.agoraAppId}/v2/rooms/${encodeURIComponent('math class 7B')}`, {
      headers: { 'x-agora-token': mocks.credentials.agoraToken, 'x-agora-uid': 'teacher-1' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { state: number } }).data.state).toBe(1);
    expect((await tables(anyOrigin)).rows).toEqual(before);
  });

  it('expired-and-invalidated-links: every link of both devices is expired or invalidated', async () => {
    await switchTo('expired-and-invalidated-links');
    const devices = (await anyGet('/devices')).body.data as { anydesk_id: string }[];
    expect(devices).toHaveLength(2);
    const now = Date.now() / 1000;
    for (const device of devices) {
      const links = (await anyGet(`/devices/${device.anydesk_id}/temporal`)).body.data as { until_time: number; invalidated_at?: number | null }[];
      expect(links).toHaveLength(4);
      for (const link of links) expect(link.until_time < now || link.invalidated_at != null).toBe(true);
    }
    const rows = (await (await fetch(`${anyOrigin}/__mock/state/links?limit=500`)).json()) as { rows: { value: { invalidatedAt?: unknown } }[] };
    expect(rows.rows.filter((r) => JSON.stringify(r.value).includes('nvalidat')).length).toBeGreaterThanOrEqual(4);
  });

  it('a reset after a switch returns to the scenario, not to the start data', async () => {
    await switchTo('large-account');
    await fetch(`${anyOrigin}/__mock/reset`, { method: 'POST' });
    expect((await anyGet('/devices')).body.meta.total).toBe(750);
  });

  it('refuses a scenario that breaks the format with 422 naming every problem (file, JSON path), and keeps the running state', async () => {
    await switchTo('empty-account');
    const res = await switchTo('broken');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; details: string[] };
    expect(body.error).toContain('nothing was changed');
    const details = body.details.join('\n');
    expect(details).toContain('broken.json $.colour');
    expect(details).toContain('broken.json $.anyclassroom.devices[0].has_2fa');
    expect(details).toContain('broken.json $["agora-classroom"].apps');
    // The running state and scenario are kept on both ports (the first file's check ran before any change).
    expect((await tables(anyOrigin)).scenario).toBe('empty-account');
    expect((await anyGet('/devices')).body.meta.total).toBe(0);
  });

  it('names every problem of the API parts when the keys are right', async () => {
    writeFileSync(join(dir, 'bad-devices.json'), JSON.stringify({ anyclassroom: { account: 'x', classrooms: [], devices: [{ anydesk_id: 'no', has_2fa: 'yes' }], temporal_accesses: [] } }));
    try {
      const res = await switchTo('bad-devices');
      expect(res.status).toBe(422);
      const { details } = (await res.json()) as { details: string[] };
      expect(details.length).toBeGreaterThanOrEqual(4);
      for (const line of details) expect(line).toMatch(/^.*bad-devices\.json \$\.anyclassroom\.devices\[0\]/);
    } finally {
      rmSync(join(dir, 'bad-devices.json'));
    }
  });

  it('refuses a file that is not JSON with 422, and an unknown name with 404 listing the known ones', async () => {
    const broken = await switchTo('not-json');
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as { details: string[] }).details[0]).toContain('not-json.json $: expected a JSON document');
    const unknown = await switchTo('nothing-here');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { details: string[] }).details[0]).toContain('large-account');
  });

  it.each(['../etc', 'UPPER', '-dash', 'a'.repeat(65)])('answers 404 for a name that cannot be a scenario (%s), never 5xx', async (name) => {
    const res = await switchTo(encodeURIComponent(name));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: expect.any(String) });
  });

  it('answers 405 for GET on a scenario', async () => {
    expect((await fetch(`${anyOrigin}/__mock/scenarios/empty-account`)).status).toBe(405);
  });
});

describe('the shipped scenario files', () => {
  it('are what scripts/make-scenarios.ts writes (run it again rather than editing them by hand)', async () => {
    const { execFileSync } = await import('node:child_process');
    const { readFileSync } = await import('node:fs');
    const out = mkdtempSync(join(tmpdir(), 'scenarios-made-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-scenarios.ts', '--dir', out], { stdio: 'pipe' });
      const made = readdirSync(out).sort();
      expect(made).toEqual([...shipped].sort());
      for (const file of made) expect(readFileSync(join(out, file), 'utf8'), `mocks/scenarios/${file} is stale: run npx tsx scripts/make-scenarios.ts`).toBe(readFileSync(join('mocks/scenarios', file), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
