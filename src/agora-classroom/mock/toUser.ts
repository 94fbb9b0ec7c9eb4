import type { components } from '../../../generated/agora-classroom.ts';
import type { UserRow } from './state.ts';

/** A user as the user query answers it (the document's `User`). */
export type User = components['schemas']['User'];

/**
 * A user row in the user-query shape (AG-55): `role` as an integer, `state` `1` while online, the
 * custom properties as `userProperties`, `updateTime` the last change.
 *
 * @example
 *   toUser(row); // { userUuid: 'student_1', userName: 'Liam Park', role: 2, streamUuid: '20001', state: 1, userProperties: {}, updateTime: … }
 */
export function toUser(user: UserRow): User {
  return {
    userUuid: user.userUuid,
    userName: user.userName,
    role: user.role,
    streamUuid: user.streamUuid,
    state: user.online ? 1 : 0,
    userProperties: user.userProperties,
    updateTime: user.updateTime,
  };
}
