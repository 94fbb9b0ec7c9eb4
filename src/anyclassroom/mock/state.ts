import { Store, type Table } from '../../core/store/Store.ts';
import type { MockState } from '../../core/mock/types.ts';
import { indexGroups, type GroupIndex } from './indexGroups.ts';
import { indexLinksByDevice, type LinksByDevice } from './indexLinksByDevice.ts';

/**
 * The account the configured API token belongs to (table `account`, one row under `ACCOUNT_KEY`).
 * Resources of other accounts answer 403 (DECISIONS AC-6).
 *
 * @example
 *   state.account.get(ACCOUNT_KEY); // { name: 'northfield-academy' }
 */
export interface AccountRow {
  readonly name: string;
}

/**
 * A classroom (table `classrooms`, key: its id as a decimal string).
 *
 * @example
 *   state.classrooms.get('114'); // { id: 114, name: 'Computer Lab 1', account: 'northfield-academy', createdAt, updatedAt }
 */
export interface ClassroomRow {
  readonly id: number;
  readonly name: string;
  /** Owning account (the seed's top-level `account` unless the seed names another). */
  readonly account: string;
  /** Laravel timestamps, `2026-01-12T08:00:00.000000Z` (kept as the seed wrote them). */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * A device (table `devices`, key: its AnyDesk ID). The API never creates, changes or deletes one.
 *
 * @example
 *   state.devices.get('482915736'); // { anydeskId: '482915736', alias: 'lab1-pc-01@ad', classroomId: 114, ... }
 */
export interface DeviceRow {
  /** Digits only, 9-10 of them in the default seed. */
  readonly anydeskId: string;
  /** `lab2-pc-07@ad`; unique among all ids and aliases, so one path segment finds one device. */
  readonly alias: string;
  /** A secret: never logged. */
  readonly password: string;
  readonly has2fa: boolean;
  readonly status: 'enabled' | 'disabled';
  /** The classroom it is in (same account), or null. */
  readonly classroomId: number | null;
  readonly account: string;
}

/**
 * A temporal access link (table `links`, key: its token). Up to hundreds of thousands of these live
 * on one device, so the row holds only what cannot be derived: the signed URL is rebuilt from
 * `untilTime` (its `expires`) and `signature` when a view is made (`toTemporalAccess`), not stored
 * (about 190 bytes a link saved). Unix times are small integers (V8 keeps them unboxed); timestamps
 * are the Laravel strings, links created in the same millisecond sharing one (`toLaravelTimestamp`);
 * `updatedAt` and `invalidated` are only there once a link changes (a row without them is 16 bytes
 * smaller). Every string is flat (see `createTemporalAccess`). About 270 bytes a link in all (row,
 * strings, table entry, index) when links share their timestamp, 320 when none does.
 *
 * @example
 *   state.links.get('66b8ae29-ca3e-4505-a7a5-c2075b1366de');
 *   // { token, id: 15, anydeskId: '482915736', fromTime, untilTime, signature, createdAt }
 */
export interface LinkRow {
  /** UUID v4, lower case; also the row's key. */
  readonly token: string;
  /**
   * Laravel's auto-increment id: increases with every link created, never reused. Breaks ties of
   * `createdAt` (the later-created link first) and survives a state file, where insertion order
   * alone would not say which of two rows came first.
   */
  readonly id: number;
  /** The device the link opens. */
  readonly anydeskId: string;
  /** Unix seconds; always lower than `untilTime`. */
  readonly fromTime: number;
  /**
   * Unix seconds the link works until, and the `expires` its URL is signed with. An invalidation on
   * a device with 2FA cuts it to the next 30-second mark (or keeps it when earlier), and signs the
   * URL again (DECISIONS AC-30).
   */
  readonly untilTime: number;
  /** HMAC-SHA256 of the URL without its signature (with `expires` = `untilTime`), 64 lower-case hex. */
  readonly signature: string;
  /** Laravel timestamp of the creation. */
  readonly createdAt: string;
  /**
   * Laravel timestamp of the last change, absent while it is `createdAt` (most links never change:
   * a row without it is 8 bytes smaller). Read it as `updatedAt ?? createdAt`.
   */
  readonly updatedAt?: string;
  /**
   * Present (true) once an invalidation was accepted on a device with 2FA: any later call answers
   * 422, before or after the mark (seed Note 2, DECISIONS AC-23). Absent otherwise.
   */
  readonly invalidated?: true;
}

/**
 * The key of the one row of table `account`.
 *
 * @example
 *   state.account.put(ACCOUNT_KEY, { name: 'northfield-academy' });
 */
export const ACCOUNT_KEY = 'token';

/**
 * The AnyClassroom mock's state: four tables of immutable rows in a `Store` (written only inside
 * the server's transaction) and the indexes derived from them, each kept by a table watcher so that
 * rollbacks and state-file restores keep them right. Every query reads an index, so its cost depends
 * on the size of the answer, not on how many rows are stored:
 *
 * | index | answers |
 * | --- | --- |
 * | `devices` (by AnyDesk ID), `deviceIdByAlias` | one device by id or alias: O(1) |
 * | `devicesByAccount`, `classroomsByAccount` | `GET /devices`, `GET /classrooms`: seed order, O(page) |
 * | `devicesByClassroom` | a classroom's devices (seed order) and their count, O(page) / O(1) |
 * | `links` (by token) | the invalidation: O(1) |
 * | `linksByDevice` | a device's links newest first: the detail's five and any page, O(page) |
 *
 * @example
 *   const state = newAnyClassroomState();
 *   loadSeed(state, seed, env, { signing });
 *   state.linksByDevice.newestFirst('482915736').slice(0, 5); // the detail's latest links
 */
export interface AnyClassroomState extends MockState {
  readonly store: Store;
  readonly account: Table<AccountRow>;
  readonly classrooms: Table<ClassroomRow>;
  readonly devices: Table<DeviceRow>;
  readonly links: Table<LinkRow>;
  readonly deviceIdByAlias: ReadonlyMap<string, string>;
  readonly devicesByAccount: GroupIndex<DeviceRow>;
  readonly devicesByClassroom: GroupIndex<DeviceRow>;
  readonly classroomsByAccount: GroupIndex<ClassroomRow>;
  readonly linksByDevice: LinksByDevice;
}

/**
 * An empty state with every index wired (the seed or a state file is loaded into it).
 *
 * @example
 *   const state = newAnyClassroomState();
 *   state.store.restore(saved.snapshot, saved.changes); // indexes follow
 */
export function newAnyClassroomState(): AnyClassroomState {
  const store = new Store();
  const account = store.table<AccountRow>('account');
  const classrooms = store.table<ClassroomRow>('classrooms');
  const devices = store.table<DeviceRow>('devices');
  const links = store.table<LinkRow>('links');

  const deviceIdByAlias = new Map<string, string>();
  devices.watch((_, previous, next) => {
    if (previous) deviceIdByAlias.delete(previous.alias);
    if (next) deviceIdByAlias.set(next.alias, next.anydeskId);
  });

  return {
    store,
    account,
    classrooms,
    devices,
    links,
    deviceIdByAlias,
    devicesByAccount: indexGroups(devices, (d) => d.account),
    devicesByClassroom: indexGroups(devices, (d) => d.classroomId),
    classroomsByAccount: indexGroups(classrooms, (c) => c.account),
    linksByDevice: indexLinksByDevice(links),
  };
}

/**
 * The account of the configured token (`''` before a seed is loaded).
 *
 * @example
 *   ownAccount(state); // 'northfield-academy'
 */
export function ownAccount(state: AnyClassroomState): string {
  return state.account.get(ACCOUNT_KEY)?.name ?? '';
}
