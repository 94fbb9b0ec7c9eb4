/**
 * Writes the named scenarios of the mocks, `mocks/scenarios/*.json`, from the default data sets in
 * `mocks/` deterministically (run it again and the files do not change):
 *
 *   npx tsx scripts/make-scenarios.ts
 *   npx tsx scripts/make-scenarios.ts --dir /tmp/x    # write elsewhere (the drift test compares)
 *
 * Each file is `{"description", "<api name>": <seed data set>, ...}` (an API without a part keeps
 * the data the mocks started with), switched to at run time with `POST /__mock/scenarios/<name>`
 * or the console, or used at start-up with `npm start -- --seed mocks/scenarios/<name>.json`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from '../src/core/seededRandom.ts';

const root = resolve(import.meta.dirname, '..');
const read = (file: string) => JSON.parse(readFileSync(join(root, 'mocks', file), 'utf8')) as Record<string, any>;
const anyclassroom = read('anyclassroom.seed.json');
const agora = read('agora-classroom.seed.json');
const app = agora.apps[0] as Record<string, any>;
const random = seededRandom(20261201);
const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
const laravel = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '.000000Z');

const scenarios: Record<string, Record<string, unknown>> = {};

scenarios['empty-account'] = {
  description: 'A new customer: an AnyClassroom account without classrooms, devices or links, and an Agora App without classrooms.',
  anyclassroom: { account: anyclassroom.account, classrooms: [], devices: [], temporal_accesses: [] },
  'agora-classroom': { apps: [{ appId: app.appId, boardAppId: app.boardAppId, rooms: [] }] },
};

// 40 classrooms of 15 devices plus 150 outside any classroom (750 devices: 15 pages of 50), and
// 3,000 links: mostly active until 2030, some expired, some invalidated.
{
  const classrooms = Array.from({ length: 40 }, (_, i) => ({ id: 1000 + i, name: `Room ${String(i + 1).padStart(2, '0')}`, created_at: laravel(1755500000 + i * 3600), updated_at: laravel(1755500000 + i * 3600) }));
  const devices = Array.from({ length: 750 }, (_, i) => ({
    anydesk_id: String(500000000 + i * 7919),
    anydesk_alias: `pc-${String(i + 1).padStart(3, '0')}@ad`,
    anydesk_password: hex(16),
    has_2fa: i % 5 !== 0,
    status: i % 17 === 0 ? 'disabled' : 'enabled',
    classroom_id: i < 600 ? 1000 + Math.floor(i / 15) : null,
  }));
  const links = Array.from({ length: 3000 }, (_, i) => {
    const device = devices[i % devices.length]!;
    const created = 1767225600 + i * 600; // from 2026-01-01, every 10 minutes
    const kind = i % 10;
    const from = created;
    const until = kind < 7 ? 1893456000 + (i % 24) * 3600 : created + 3600; // active until 2030, or expired an hour later
    const link: Record<string, unknown> = { token: uuid(), anydesk_id: device.anydesk_id, from_time: from, until_time: until, created_at: laravel(created), updated_at: laravel(created) };
    if (kind === 9 && device.has_2fa) {
      link.invalidated_at = created + 900;
      link.updated_at = laravel(created + 900);
    }
    return link;
  });
  scenarios['large-account'] = {
    description: 'A large AnyClassroom account: 750 devices (15 pages of 50) in 40 classrooms and 150 outside any, 3,000 temporal links (active, expired, invalidated).',
    anyclassroom: { account: anyclassroom.account, classrooms, devices, temporal_accesses: links },
  };
}

// The live class of the default data set alone: no duration, so it stays in progress under the real clock.
scenarios['class-in-progress'] = {
  description: 'One Agora classroom in progress ("math class 7B": a teacher and four students online, chat and recordings) and nothing else.',
  'agora-classroom': { ...(agora.capturedAt ? { capturedAt: agora.capturedAt } : {}), apps: [{ ...app, rooms: (app.rooms as any[]).filter((r) => r.roomUuid === 'math class 7B') }] },
};

// Two devices: every link of the first has expired, every link of the second (2FA) was invalidated.
{
  const [expiredDevice, invalidatedDevice] = (anyclassroom.devices as any[]).filter((d) => d.has_2fa && d.status === 'enabled' && d.classroom_id !== null && !d.account);
  const devices = [expiredDevice, invalidatedDevice];
  const classrooms = (anyclassroom.classrooms as any[]).filter((c) => devices.some((d) => d.classroom_id === c.id));
  const links: Record<string, unknown>[] = [];
  for (let i = 0; i < 4; i++) {
    const created = 1767600000 + i * 86400;
    links.push({ token: uuid(), anydesk_id: expiredDevice.anydesk_id, from_time: created, until_time: created + 3600, created_at: laravel(created), updated_at: laravel(created) });
  }
  for (let i = 0; i < 4; i++) {
    const created = 1767600000 + i * 86400 + 1800;
    // Invalidated within the hour (the first one before it opened: cancelled).
    const from = i === 0 ? created + 7200 : created;
    links.push({ token: uuid(), anydesk_id: invalidatedDevice.anydesk_id, from_time: from, until_time: from + 3600, created_at: laravel(created), updated_at: laravel(created + 600), invalidated_at: created + 600 });
  }
  scenarios['expired-and-invalidated-links'] = {
    description: `Two AnyClassroom devices whose links are all unusable: ${expiredDevice.anydesk_alias} has four expired links, ${invalidatedDevice.anydesk_alias} four invalidated ones (one cancelled before it opened).`,
    anyclassroom: { account: anyclassroom.account, classrooms, devices, temporal_accesses: links },
  };
}

const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag > 0 ? resolve(process.argv[dirFlag + 1] ?? '') : join(root, 'mocks', 'scenarios');
mkdirSync(dir, { recursive: true });
for (const [name, scenario] of Object.entries(scenarios)) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ $comment: 'Written by scripts/make-scenarios.ts (run it again rather than editing by hand).', ...scenario }, null, 2)}\n`);
  console.log(`wrote ${join(dir, `${name}.json`)}`);
}
