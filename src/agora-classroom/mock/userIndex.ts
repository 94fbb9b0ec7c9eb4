import type { Table } from '../../core/store/Store.ts';
import { roomKey } from './keys.ts';
import { OrderedList, type ReadonlyOrderedList } from './OrderedList.ts';
import type { UserRow } from './state.ts';

/** A room's users as the index keeps them. */
interface RoomUsers {
  readonly all: OrderedList<UserRow, string>;
  readonly online: OrderedList<UserRow, string>;
  /** Online users per role. */
  readonly onlineByRole: Map<number, number>;
}

/**
 * The users of each room, derived from the `users` table: all of them and those online, by
 * `userUuid` (so their order does not depend on the order rows were written or restored), and how
 * many are online per role. Closing a classroom reads its online users, a join its role count, a
 * users event its online count: each O(1) or O(what it returns).
 *
 * @example
 *   state.userIndex.onlineCount(room);    // cmd-20 `total`
 *   state.userIndex.onlineCount(room, 2); // students online (`roleConfig."2".limit`)
 */
export interface UserIndex {
  /** Every user who ever joined the room and is still in its records. */
  ofRoom(room: string): ReadonlyOrderedList<UserRow, string>;
  /** The room's users who are online now. */
  onlineOf(room: string): ReadonlyOrderedList<UserRow, string>;
  /** How many users are online in the room (with `role`, when it is given). */
  onlineCount(room: string, role?: number): number;
}

const byUuid = (user: UserRow) => user.userUuid;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const NONE: ReadonlyOrderedList<UserRow, string> = new OrderedList<UserRow, string>(byUuid, compareText);

/**
 * Wires a `UserIndex` to the `users` table.
 *
 * @example
 *   const userIndex = createUserIndex(store.table<UserRow>('users'));
 */
export function createUserIndex(users: Table<UserRow>): UserIndex {
  const byRoom = new Map<string, RoomUsers>();
  const count = (entry: RoomUsers, role: number, change: number) => {
    const next = (entry.onlineByRole.get(role) ?? 0) + change;
    if (next === 0) entry.onlineByRole.delete(role);
    else entry.onlineByRole.set(role, next);
  };
  users.watch((_key, previous, next) => {
    const row = (next ?? previous)!;
    const room = roomKey(row.appId, row.roomUuid);
    let entry = byRoom.get(room);
    if (!entry) {
      entry = { all: new OrderedList(byUuid, compareText), online: new OrderedList(byUuid, compareText), onlineByRole: new Map() };
      byRoom.set(room, entry);
    }
    if (previous) {
      entry.all.remove(previous.userUuid);
      if (previous.online) {
        entry.online.remove(previous.userUuid);
        count(entry, previous.role, -1);
      }
    }
    if (next) {
      entry.all.put(next);
      if (next.online) {
        entry.online.put(next);
        count(entry, next.role, 1);
      }
    }
    if (entry.all.size === 0) byRoom.delete(room);
  });
  return {
    ofRoom: (room) => byRoom.get(room)?.all ?? NONE,
    onlineOf: (room) => byRoom.get(room)?.online ?? NONE,
    onlineCount(room, role) {
      const entry = byRoom.get(room);
      if (!entry) return 0;
      return role === undefined ? entry.online.size : (entry.onlineByRole.get(role) ?? 0);
    },
  };
}
