import { isLaravelTimestamp } from './laravelTimestamp.ts';
import { nextInvalidationMark } from './invalidateTemporalAccess.ts';
import { signTemporalAccessUrl, type LinkSigning } from './signTemporalAccessUrl.ts';
import type { AnyClassroomState, ClassroomRecord, DeviceRecord, TemporalAccessRecord } from './state.ts';

/**
 * A seed data set (`mocks/anyclassroom.seed.json`, or the `anyclassroom` key of `--seed FILE`):
 *
 * ```jsonc
 * {
 *   "account": "northfield-academy",            // the account of the configured token
 *   "classrooms": [{
 *     "id": 114, "name": "Computer Lab 1",
 *     "created_at": "2025-08-20T08:00:00.000000Z", "updated_at": "2025-08-20T08:00:00.000000Z",
 *     "account": "riverside-college"            // optional; default: the top-level account
 *   }],
 *   "devices": [{
 *     "anydesk_id": "482915736", "anydesk_alias": "lab1-pc-01@ad", "anydesk_password": "...",
 *     "has_2fa": true, "status": "enabled",
 *     "classroom_id": 114,                       // or null: in no classroom
 *     "account": "riverside-college"            // optional, as above
 *   }],
 *   "temporal_accesses": [{
 *     "token": "<uuid v4>", "anydesk_id": "482915736",
 *     "from_time": 1767000000, "until_time": 1767003600,   // Unix seconds, as created (and signed)
 *     "created_at": "...", "updated_at": "...",
 *     "invalidated_at": 1767001215               // optional: Unix seconds of an invalidation request
 *   }]
 * }
 * ```
 *
 * `until_time` is the one the link was created (and signed) with; `invalidated_at` replays an
 * invalidation request, which moves the effective `until_time` to the next 30-second mark. A `$comment`
 * key is allowed at the top level. `devices_count` is never part of it: it is counted.
 */
export interface AnyClassroomSeed {
  readonly account: string;
  readonly classrooms: readonly SeedClassroom[];
  readonly devices: readonly SeedDevice[];
  readonly temporal_accesses: readonly SeedTemporalAccess[];
}
export type SeedClassroom = Omit<ClassroomRecord, 'account'> & { readonly account?: string };
export type SeedDevice = Omit<DeviceRecord, 'account'> & { readonly account?: string };
export interface SeedTemporalAccess {
  readonly token: string;
  readonly anydesk_id: string;
  readonly from_time: number;
  readonly until_time: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly invalidated_at?: number;
}

/** Thrown by `loadSeed` when a seed data set is not valid; `problems` lists every one found. */
export class SeedError extends Error {
  override readonly name = 'SeedError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid AnyClassroom seed data set:\n  - ${problems.slice(0, 25).join('\n  - ')}${problems.length > 25 ? `\n  ... and ${problems.length - 25} more` : ''}`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Validates a seed data set and builds the initial state from it. Every problem is collected and
 * thrown together in one `SeedError`, each naming its place (`devices[3].classroom_id: ...`).
 *
 * @example
 *   const state = loadSeed(JSON.parse(readFileSync('mocks/anyclassroom.seed.json', 'utf8')), signing);
 *   state.devices.length; // 68
 */
export function loadSeed(seed: unknown, signing: LinkSigning): AnyClassroomState {
  const problems: string[] = [];
  const problem = (at: string, message: string) => problems.push(`${at}: ${message}`);
  if (!isObject(seed)) throw new SeedError(['(root): must be an object {account, classrooms, devices, temporal_accesses}']);
  checkKeys(seed, '(root)', ['account', 'classrooms', 'devices', 'temporal_accesses', '$comment'], problem);
  const account = seed.account;
  if (!nonEmptyString(account)) problem('account', 'must be a non-empty string (the account the token belongs to)');
  const own = nonEmptyString(account) ? account : '';

  const classrooms: ClassroomRecord[] = [];
  for (const [i, raw] of list(seed, 'classrooms', problem)) {
    const at = `classrooms[${i}]`;
    if (!isObject(raw)) { problem(at, 'must be an object'); continue; }
    checkKeys(raw, at, ['id', 'name', 'account', 'created_at', 'updated_at'], problem);
    const { id, name, created_at, updated_at } = raw;
    if (!Number.isSafeInteger(id) || (id as number) < 1) problem(`${at}.id`, `must be an integer >= 1, got ${show(id)}`);
    else if (classrooms.some((c) => c.id === id)) problem(`${at}.id`, `duplicate classroom id ${show(id)}`);
    if (!nonEmptyString(name)) problem(`${at}.name`, 'must be a non-empty string');
    timestamps(raw, at, problem);
    const owner = optionalAccount(raw, at, own, problem);
    classrooms.push({ id: id as number, name: name as string, account: owner, created_at: created_at as string, updated_at: updated_at as string });
  }

  const devices: DeviceRecord[] = [];
  const names = new Set<string>();
  for (const [i, raw] of list(seed, 'devices', problem)) {
    const at = `devices[${i}]`;
    if (!isObject(raw)) { problem(at, 'must be an object'); continue; }
    checkKeys(raw, at, ['anydesk_id', 'anydesk_alias', 'anydesk_password', 'has_2fa', 'status', 'classroom_id', 'account'], problem);
    const { anydesk_id, anydesk_alias, anydesk_password, has_2fa, status, classroom_id } = raw;
    if (typeof anydesk_id !== 'string' || !/^[0-9]+$/.test(anydesk_id)) problem(`${at}.anydesk_id`, `must be a string of digits, got ${show(anydesk_id)}`);
    if (!nonEmptyString(anydesk_alias)) problem(`${at}.anydesk_alias`, 'must be a non-empty string');
    for (const [field, value] of [['anydesk_id', anydesk_id], ['anydesk_alias', anydesk_alias]] as const) {
      // One path segment addresses a device by id or alias, so both share one namespace.
      if (typeof value === 'string' && names.has(value)) problem(`${at}.${field}`, `"${value}" already names another device (ids and aliases must all differ)`);
      if (typeof value === 'string') names.add(value);
    }
    if (typeof anydesk_password !== 'string') problem(`${at}.anydesk_password`, 'must be a string');
    if (typeof has_2fa !== 'boolean') problem(`${at}.has_2fa`, `must be true or false, got ${show(has_2fa)}`);
    if (status !== 'enabled' && status !== 'disabled') problem(`${at}.status`, `must be "enabled" or "disabled", got ${show(status)}`);
    const owner = optionalAccount(raw, at, own, problem);
    if (classroom_id === undefined) problem(`${at}.classroom_id`, 'is required (a classroom id, or null for no classroom)');
    else if (classroom_id !== null) {
      const classroom = classrooms.find((c) => c.id === classroom_id);
      if (!classroom) problem(`${at}.classroom_id`, `no classroom has id ${show(classroom_id)}`);
      else if (classroom.account !== owner) problem(`${at}.classroom_id`, `classroom ${classroom.id} belongs to account "${classroom.account}", the device to "${owner}"`);
    }
    devices.push({
      anydesk_id: anydesk_id as string,
      anydesk_alias: anydesk_alias as string,
      anydesk_password: anydesk_password as string,
      has_2fa: has_2fa as boolean,
      status: status as DeviceRecord['status'],
      classroom_id: (classroom_id ?? null) as number | null,
      account: owner,
    });
  }

  const temporalAccesses: TemporalAccessRecord[] = [];
  for (const [i, raw] of list(seed, 'temporal_accesses', problem)) {
    const at = `temporal_accesses[${i}]`;
    if (!isObject(raw)) { problem(at, 'must be an object'); continue; }
    checkKeys(raw, at, ['token', 'anydesk_id', 'from_time', 'until_time', 'created_at', 'updated_at', 'invalidated_at'], problem);
    const { token, anydesk_id, from_time, until_time, created_at, updated_at, invalidated_at } = raw;
    if (typeof token !== 'string' || !UUID.test(token)) problem(`${at}.token`, `must be a lower-case UUID, got ${show(token)}`);
    else if (temporalAccesses.some((t) => t.token === token)) problem(`${at}.token`, `duplicate token ${token}`);
    if (!devices.some((d) => d.anydesk_id === anydesk_id)) problem(`${at}.anydesk_id`, `no device has AnyDesk ID ${show(anydesk_id)}`);
    const times = [['from_time', from_time], ['until_time', until_time]] as const;
    for (const [field, value] of times) if (!unixTime(value)) problem(`${at}.${field}`, `must be Unix seconds (an integer >= 0), got ${show(value)}`);
    if (unixTime(from_time) && unixTime(until_time) && from_time >= until_time) problem(`${at}.from_time`, `must be lower than until_time (${until_time})`);
    timestamps(raw, at, problem);
    let untilNow = until_time as number;
    let sessionExpiresAt: number | null = null;
    if (invalidated_at !== undefined) {
      if (!unixTime(invalidated_at)) problem(`${at}.invalidated_at`, `must be Unix seconds (an integer >= 0), got ${show(invalidated_at)}`);
      else if (unixTime(until_time) && invalidated_at >= until_time) problem(`${at}.invalidated_at`, 'must be before until_time (an expired link cannot be invalidated)');
      else {
        sessionExpiresAt = nextInvalidationMark(invalidated_at * 1000);
        untilNow = Math.min(until_time as number, sessionExpiresAt);
      }
    }
    temporalAccesses.push({
      token: token as string,
      anydesk_id: anydesk_id as string,
      from_time: from_time as number,
      until_time: untilNow,
      url: typeof token === 'string' ? signTemporalAccessUrl({ ...signing, token, expires: until_time as number }) : '',
      session_expires_at: sessionExpiresAt,
      created_at: created_at as string,
      updated_at: updated_at as string,
    });
  }

  if (problems.length > 0) throw new SeedError(problems);
  return { account: own, classrooms, devices, temporalAccesses };
}

type Problem = (at: string, message: string) => void;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const unixTime = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const show = (v: unknown): string => (v === undefined ? 'nothing' : JSON.stringify(v));

function list(seed: Record<string, unknown>, key: string, problem: Problem): [number, unknown][] {
  const value = seed[key];
  if (!Array.isArray(value)) {
    problem(key, 'must be an array');
    return [];
  }
  return value.map((item, i) => [i, item]);
}

function checkKeys(raw: Record<string, unknown>, at: string, known: readonly string[], problem: Problem): void {
  for (const key of Object.keys(raw)) if (!known.includes(key)) problem(`${at}.${key}`, `unknown field (known: ${known.join(', ')})`);
}

function timestamps(raw: Record<string, unknown>, at: string, problem: Problem): void {
  for (const field of ['created_at', 'updated_at']) {
    if (!isLaravelTimestamp(raw[field])) problem(`${at}.${field}`, `must be a Laravel timestamp like "2026-01-12T08:00:00.000000Z", got ${show(raw[field])}`);
  }
  if (isLaravelTimestamp(raw.created_at) && isLaravelTimestamp(raw.updated_at) && raw.updated_at < raw.created_at) {
    problem(`${at}.updated_at`, 'must not be before created_at');
  }
}

function optionalAccount(raw: Record<string, unknown>, at: string, own: string, problem: Problem): string {
  if (raw.account === undefined) return own;
  if (!nonEmptyString(raw.account)) problem(`${at}.account`, 'must be a non-empty string when given');
  return String(raw.account);
}
