import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { SeedProblems } from '../../core/seed/createSeedChecker.ts';
import { invalidatedWindow } from './invalidateTemporalAccess.ts';
import { isLaravelTimestamp } from './laravelTimestamp.ts';
import type { AnyClassroomSeedChecker } from './seedSchema.ts';
import { signTemporalAccess, type LinkSigning } from './signTemporalAccessUrl.ts';
import { ACCOUNT_KEY, type AnyClassroomState, type LinkRow } from './state.ts';

export type { AnyClassroomSeed, SeedClassroom, SeedDevice, SeedTemporalAccess } from './seedSchema.ts';

/**
 * What loading a seed needs besides the data set.
 *
 * @example
 *   const options: LoadSeedOptions = { checker: createAnyClassroomSeedChecker(document), signing, file: 'mocks/anyclassroom.seed.json' };
 */
export interface LoadSeedOptions {
  /** The seed checker (`createAnyClassroomSeedChecker(document)`, built once by the factory). */
  readonly checker: AnyClassroomSeedChecker;
  /** Signs the seed's links as the mock signs new ones. */
  readonly signing: LinkSigning;
  /** Where the data set came from, for the problems (default: `AnyClassroom seed`). */
  readonly file?: string;
}

type Item = Record<string, unknown>;

/**
 * Checks a seed data set (the format: `AnyClassroomSeed` in `seedSchema.ts`) and writes it into an
 * empty state's tables. The seed schema (built from the document's components) runs through the core
 * checker; what a schema cannot say is checked here and added to the same problems (ids and aliases
 * of two devices, a classroom or device that is not in the seed or of another account, times out of
 * order, impossible dates). Every problem is thrown together in one `SeedError` naming the file, the
 * JSON path, what was expected and what is there; nothing is written then.
 *
 * Links get ids 1, 2, ... in seed order (the order breaks `created_at` ties); a seed link's
 * `invalidated_at` replays the invalidation as the API runs it (`until_time` at its 30-second mark,
 * or earlier; a link not yet open then cancelled; the URL signed with the new `until_time`:
 * DECISIONS AC-30). Only a device with 2FA has its links invalidated (AC-31).
 *
 * @example
 *   const state = newAnyClassroomState();
 *   loadSeed(state, JSON.parse(readFileSync('mocks/anyclassroom.seed.json', 'utf8')), env, { checker, signing });
 *   state.devices.size; // 68
 */
export function loadSeed(state: AnyClassroomState, seed: unknown, _env: DomainEnv, options: LoadSeedOptions): void {
  const problems = options.checker.check(seed, options.file ?? 'AnyClassroom seed');
  const data = isObject(seed) ? seed : {};
  const own = typeof data.account === 'string' ? data.account : '';
  const classrooms = itemsOf(data.classrooms);
  const devices = itemsOf(data.devices);
  const links = itemsOf(data.temporal_accesses);
  checkClassrooms(classrooms, problems);
  checkDevices(devices, classrooms, own, problems);
  checkLinks(links, devices, problems);
  problems.throwIfAny();

  // The schema and the checks above passed, so every field has its type.
  state.account.put(ACCOUNT_KEY, { name: own });
  for (const c of classrooms) {
    state.classrooms.put(String(c.id), {
      id: c.id as number,
      name: c.name as string,
      account: (c.account as string | undefined) ?? own,
      createdAt: c.created_at as string,
      updatedAt: c.updated_at as string,
    });
  }
  for (const d of devices) {
    state.devices.put(d.anydesk_id as string, {
      anydeskId: d.anydesk_id as string,
      alias: d.anydesk_alias as string,
      password: d.anydesk_password as string,
      has2fa: d.has_2fa as boolean,
      status: d.status as 'enabled' | 'disabled',
      classroomId: d.classroom_id as number | null,
      account: (d.account as string | undefined) ?? own,
    });
  }
  links.forEach((t, i) => state.links.put(t.token as string, linkRow(t, i + 1, options.signing)));
}

function linkRow(t: Item, id: number, signing: LinkSigning): LinkRow {
  const token = t.token as string;
  const created = { fromTime: t.from_time as number, untilTime: t.until_time as number };
  // A seed invalidation is replayed as the API would have run it then (the schema and the checks
  // have made sure the device has 2FA and the link had not expired).
  const invalidatedAt = typeof t.invalidated_at === 'number' ? t.invalidated_at : undefined;
  const { fromTime, untilTime } = invalidatedAt === undefined ? created : invalidatedWindow(created, invalidatedAt * 1000);
  const row: LinkRow = {
    token,
    id,
    anydeskId: t.anydesk_id as string,
    fromTime,
    untilTime,
    signature: signTemporalAccess({ ...signing, token, expires: untilTime }),
    createdAt: t.created_at as string,
    ...(t.updated_at === t.created_at ? {} : { updatedAt: t.updated_at as string }),
    ...(invalidatedAt === undefined ? {} : { invalidated: true as const }),
  };
  return row;
}

function checkClassrooms(classrooms: readonly Item[], problems: SeedProblems): void {
  const ids = new Set<unknown>();
  classrooms.forEach((c, i) => {
    if (typeof c.id === 'number') {
      if (ids.has(c.id)) problems.add(`$.classrooms[${i}].id`, 'an id no other classroom has', c.id);
      ids.add(c.id);
    }
    checkTimestamps(c, `$.classrooms[${i}]`, problems);
  });
}

function checkDevices(devices: readonly Item[], classrooms: readonly Item[], own: string, problems: SeedProblems): void {
  const names = new Set<unknown>();
  devices.forEach((d, i) => {
    for (const field of ['anydesk_id', 'anydesk_alias']) {
      // One path segment addresses a device by id or alias, so both share one namespace.
      const value = d[field];
      if (typeof value !== 'string') continue;
      if (names.has(value)) problems.add(`$.devices[${i}].${field}`, 'a value that names no other device (ids and aliases must all differ)', value);
      names.add(value);
    }
    if (typeof d.classroom_id !== 'number') return;
    const classroom = classrooms.find((c) => c.id === d.classroom_id);
    const owner = d.account ?? own;
    if (!classroom) problems.add(`$.devices[${i}].classroom_id`, 'the id of a classroom of the seed, or null', d.classroom_id);
    else if ((classroom.account ?? own) !== owner) problems.add(`$.devices[${i}].classroom_id`, `a classroom of the device's account "${String(owner)}" (classroom ${String(classroom.id)} is of "${String(classroom.account ?? own)}")`, d.classroom_id);
  });
}

function checkLinks(links: readonly Item[], devices: readonly Item[], problems: SeedProblems): void {
  const tokens = new Set<unknown>();
  const deviceIds = new Set(devices.map((d) => d.anydesk_id));
  const has2fa = new Map(devices.map((d) => [d.anydesk_id, d.has_2fa]));
  links.forEach((t, i) => {
    const at = `$.temporal_accesses[${i}]`;
    if (typeof t.token === 'string') {
      if (tokens.has(t.token)) problems.add(`${at}.token`, 'a token no other link has', t.token);
      tokens.add(t.token);
    }
    if (typeof t.anydesk_id === 'string' && !deviceIds.has(t.anydesk_id)) problems.add(`${at}.anydesk_id`, 'the AnyDesk ID of a device of the seed', t.anydesk_id);
    const { from_time: from, until_time: until, invalidated_at: invalidated } = t;
    if (typeof from === 'number' && typeof until === 'number' && from >= until) problems.add(`${at}.from_time`, `a time lower than until_time (${until})`, from);
    if (typeof invalidated === 'number' && typeof until === 'number' && invalidated >= until) {
      problems.add(`${at}.invalidated_at`, `a time before until_time (${until}): an expired link cannot be invalidated`, invalidated);
    }
    if (typeof invalidated === 'number' && has2fa.get(t.anydesk_id) === false) {
      problems.add(`${at}.invalidated_at`, `no invalidation: device ${String(t.anydesk_id)} has no 2FA, and an invalidation without 2FA changes nothing (DECISIONS AC-31)`, invalidated);
    }
    checkTimestamps(t, at, problems);
  });
}

/** The schema checks the timestamps' shape; a real date, and `updated_at` not before `created_at`, are checked here. */
function checkTimestamps(item: Item, at: string, problems: SeedProblems): void {
  const pattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
  for (const field of ['created_at', 'updated_at']) {
    const value = item[field];
    if (typeof value === 'string' && pattern.test(value) && !isLaravelTimestamp(value)) problems.add(`${at}.${field}`, 'a Laravel timestamp of a date that exists', value);
  }
  if (isLaravelTimestamp(item.created_at) && isLaravelTimestamp(item.updated_at) && item.updated_at < item.created_at) {
    problems.add(`${at}.updated_at`, `a timestamp not before created_at (${item.created_at})`, item.updated_at);
  }
}

const isObject = (v: unknown): v is Item => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The items of a seed list, an item that is not an object read as `{}` so that paths keep their
 * index (the schema has reported the list or the item already).
 */
const itemsOf = (value: unknown): Item[] => (Array.isArray(value) ? value.map((item) => (isObject(item) ? item : {})) : []);
