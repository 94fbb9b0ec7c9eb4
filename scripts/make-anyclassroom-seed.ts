/**
 * Writes `mocks/anyclassroom.seed.json`, the AnyClassroom mock's default data set, deterministically
 * (a fixed-seed PRNG picks ids, passwords and tokens): run it again and the file does not change.
 *
 *   npx tsx scripts/make-anyclassroom-seed.ts
 *
 * The data set: one school account (`northfield-academy`) with 67 devices (two pages of 50) in six
 * classrooms (one empty) and twelve outside any classroom, some without 2FA, some disabled, and
 * temporal access links that are active (until 2030), expired, invalidated or cancelled before they
 * opened; classroom 155 with the devices and the link the seed document's examples name; plus a
 * second account (`riverside-college`) whose classroom, devices and link answer 403.
 */
import { writeFileSync } from 'node:fs';
import { ANYCLASSROOM_DEFAULTS } from '../src/anyclassroom/mock/createAnyClassroomMock.ts';
import { loadSeed } from '../src/anyclassroom/mock/loadSeed.ts';
import { toLaravelTimestamp } from '../src/anyclassroom/mock/laravelTimestamp.ts';
import { createAnyClassroomSeedChecker, type AnyClassroomSeed, type SeedClassroom, type SeedDevice, type SeedTemporalAccess } from '../src/anyclassroom/mock/seedSchema.ts';
import { newAnyClassroomState } from '../src/anyclassroom/mock/state.ts';
import { createDomainEnv } from '../src/core/domain/DomainEnv.ts';
import { loadDocument } from '../src/core/openapi/loadDocument.ts';
import { seededRandom } from '../src/core/seededRandom.ts';

// Seeded, so the data set is the same on every run.
const random = seededRandom(20260112);
const pick = (chars: string) => chars[Math.floor(random() * chars.length)]!;

const usedIds = new Set<string>();
function anydeskId(): string {
  for (;;) {
    const length = random() < 0.7 ? 9 : 10;
    let id = pick('123456789');
    while (id.length < length) id += pick('0123456789');
    if (!usedIds.has(id)) return usedIds.add(id), id;
  }
}
function password(): string {
  const length = 12 + Math.floor(random() * 6);
  let out = '';
  while (out.length < length) out += pick('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789*');
  return out;
}
function uuidV4(): string {
  const hex = Array.from({ length: 32 }, () => pick('0123456789abcdef'));
  hex[12] = '4';
  hex[16] = pick('89ab');
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
/** `at('2026-05-04 10:00:00')` -> Unix seconds (UTC). */
const at = (text: string): number => Date.parse(`${text.replace(' ', 'T')}Z`) / 1000;
const stamp = (text: string): string => toLaravelTimestamp(at(text) * 1000);
const pad = (n: number) => String(n).padStart(2, '0');

const ACCOUNT = 'northfield-academy';
const OTHER = 'riverside-college';

const classroom = (id: number, name: string, created: string, extra: Partial<SeedClassroom> = {}): SeedClassroom => ({
  id,
  name,
  created_at: stamp(created),
  updated_at: stamp(created),
  ...extra,
});
const classrooms: SeedClassroom[] = [
  classroom(114, 'Computer Lab 1', '2025-08-18 07:45:12'),
  classroom(115, 'Computer Lab 2', '2025-08-18 07:52:40'),
  classroom(116, 'Library', '2025-08-19 10:03:05'),
  { ...classroom(117, 'Science Room', '2025-09-01 13:20:00'), updated_at: stamp('2026-01-08 09:11:47') },
  classroom(118, 'Staff Room', '2026-02-02 08:30:00'),
  classroom(201, 'Riverside Lab A', '2025-09-10 09:00:00', { account: OTHER }),
  // The classroom, devices and link the AnyClassroom seed document's own fetch examples name
  // (classroom 155; devices 123456789, 123789456, 789456123; link 66b8ae29-...), so that those
  // requests, copied as written, get the seed's answers from the mock
  // (test/fixtures/vendor-requests/anyclassroom.json is replayed in a test).
  classroom(155, 'Demo Room', '2026-03-09 10:00:00'),
];

const devices: SeedDevice[] = [];
const device = (alias: string, classroomId: number | null, options: { no2fa?: boolean; disabled?: boolean; account?: string } = {}) => {
  devices.push({
    anydesk_id: anydeskId(),
    anydesk_alias: alias,
    anydesk_password: password(),
    has_2fa: !options.no2fa,
    status: options.disabled ? 'disabled' : 'enabled',
    classroom_id: classroomId,
    ...(options.account ? { account: options.account } : {}),
  });
};
for (let n = 1; n <= 20; n++) device(`lab1-pc-${pad(n)}@ad`, 114, { no2fa: n === 5 || n === 13, disabled: n === 20 });
for (let n = 1; n <= 18; n++) device(`lab2-pc-${pad(n)}@ad`, 115, { no2fa: n === 11, disabled: n >= 17 });
for (let n = 1; n <= 8; n++) device(`library-kiosk-${pad(n)}@ad`, 116, { no2fa: n >= 7, disabled: n === 8 });
for (let n = 1; n <= 6; n++) device(`sci-laptop-${pad(n)}@ad`, 117, { disabled: n === 6 });
device('admin-office-pc@ad', null);
device('reception-pc@ad', null);
device('principal-laptop@ad', null);
device('hall-projector-pc@ad', null, { no2fa: true });
for (let n = 1; n <= 5; n++) device(`spare-laptop-${pad(n)}@ad`, null, { no2fa: n >= 3, disabled: n >= 4 });
device('it-workbench-01@ad', null);
device('it-workbench-02@ad', null, { disabled: true });
device('exam-room-pc@ad', null);
for (let n = 1; n <= 3; n++) device(`rs-laba-pc-${pad(n)}@ad`, 201, { account: OTHER });
device('rs-spare-01@ad', null, { account: OTHER, no2fa: true });
// The seed document's examples (see classroom 155): ids, aliases and passwords as its examples print
// them (123456789 as the device list example does). Appended, so the PRNG draws above do not move.
const example = (anydeskId: string, alias: string, anydeskPassword: string) =>
  devices.push({ anydesk_id: anydeskId, anydesk_alias: alias, anydesk_password: anydeskPassword, has_2fa: true, status: 'enabled', classroom_id: 155 });
example('123456789', 'device-hostname-0001@ad', 'abc123zxc');
example('123789456', 'Desktop-73121@ad', '2GQQUahdO4*52HILv');
example('789456123', 'Desktop-87088@ad', 'Fl7ly2NfgIM3ownU*');

const idOf = (alias: string) => devices.find((d) => d.anydesk_alias === alias)!.anydesk_id;
const links: SeedTemporalAccess[] = [];
const link = (alias: string, created: string, from: string, until: string, invalidated?: string, token = uuidV4()) => {
  links.push({
    token,
    anydesk_id: idOf(alias),
    from_time: at(from),
    until_time: at(until),
    created_at: stamp(created),
    updated_at: stamp(invalidated ?? created),
    ...(invalidated ? { invalidated_at: at(invalidated) } : {}),
  });
};
// lab1-pc-01: seven links, so the detail shows five of them; two share a created_at (ties: later first).
link('lab1-pc-01@ad', '2026-01-12 08:00:05', '2026-01-12 08:00:00', '2026-01-12 09:00:00');
link('lab1-pc-01@ad', '2026-02-03 09:10:00', '2026-02-03 09:15:00', '2026-02-03 10:15:00', '2026-02-03 09:40:12');
link('lab1-pc-01@ad', '2026-03-16 13:00:00', '2026-03-16 13:00:00', '2026-03-16 14:30:00');
link('lab1-pc-01@ad', '2026-04-20 07:30:00', '2026-04-20 08:00:00', '2026-04-20 16:00:00');
link('lab1-pc-01@ad', '2026-05-04 10:00:00', '2026-05-04 10:00:00', '2030-07-31 23:59:59');
link('lab1-pc-01@ad', '2026-05-04 10:00:00', '2026-05-05 08:00:00', '2030-07-31 23:59:59');
link('lab1-pc-01@ad', '2026-05-20 11:45:30', '2026-05-20 12:00:00', '2030-12-31 23:59:59');
link('lab2-pc-07@ad', '2026-03-02 14:00:00', '2026-03-02 14:00:00', '2026-03-02 15:00:00');
link('lab2-pc-07@ad', '2026-05-18 09:00:00', '2026-05-18 09:00:00', '2030-06-30 18:00:00');
link('lab1-pc-05@ad', '2026-05-25 16:20:00', '2026-05-25 16:20:00', '2030-05-25 16:20:00');
link('lab2-pc-17@ad', '2026-02-14 10:00:00', '2026-02-14 10:00:00', '2026-02-14 11:00:00');
// Invalidated 5 s before it expired anyway: until_time keeps 10:00:10, not the 10:00:30 mark. (On a
// device with 2FA: without it an invalidation changes nothing, DECISIONS AC-31.)
link('spare-laptop-02@ad', '2026-02-10 09:00:00', '2026-02-10 09:00:00', '2026-02-10 10:00:10', '2026-02-10 10:00:05');
link('library-kiosk-02@ad', '2026-05-28 07:55:00', '2026-05-28 08:00:00', '2029-12-31 23:00:00');
link('rs-laba-pc-01@ad', '2026-04-01 08:00:00', '2026-04-01 08:00:00', '2030-04-01 08:00:00');
// Invalidated before it opened: cancelled, its window the second before the request (AC-30).
link('sci-laptop-02@ad', '2026-04-10 14:00:00', '2026-04-20 09:00:00', '2026-04-20 12:00:00', '2026-04-12 10:00:05');
// The link the seed document's invalidation example names (its create example's token), active.
link('device-hostname-0001@ad', '2026-05-29 09:00:00', '2026-05-29 09:00:00', '2030-12-31 23:59:59', undefined, '66b8ae29-ca3e-4505-a7a5-c2075b1366de');

const seed: AnyClassroomSeed & { $comment: string } = {
  $comment:
    'Default data set of the AnyClassroom mock, written by scripts/make-anyclassroom-seed.ts (run it again rather than editing by hand). Format: src/anyclassroom/mock/loadSeed.ts.',
  account: ACCOUNT,
  classrooms,
  devices,
  temporal_accesses: links,
};
// Throws a SeedError listing every problem.
loadSeed(newAnyClassroomState(), seed, createDomainEnv(Date.now()), { checker: createAnyClassroomSeedChecker(loadDocument('anyclassroom')), signing: ANYCLASSROOM_DEFAULTS });
const target = new URL('../mocks/anyclassroom.seed.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(seed, null, 2)}\n`);
console.log(`wrote ${target.pathname}: ${classrooms.length} classrooms, ${devices.length} devices, ${links.length} temporal access links`);
