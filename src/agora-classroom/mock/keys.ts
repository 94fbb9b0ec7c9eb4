/**
 * The row keys of the Agora tables. A room belongs to an App, and a record, a user or an event to a
 * room, so their keys start with their owner's key: `{appId}/{roomUuid}`,
 * `{appId}/{roomUuid}/{recordId}`, `{appId}/{roomUuid}/{userUuid}`, `{appId}/{roomUuid}/{sequence}`
 * (each in its own table). The App ID is stored in lower case (App IDs compare case-insensitively)
 * and is always 32 hex characters, and neither a `roomUuid` nor a `userUuid` ever holds a `/` (their
 * character set has none), so no two owners can produce the same key.
 *
 * @example
 *   roomKey('A1F3C9E27B4D4E8F9C06D5B2E7A13F48', 'math class 7B'); // 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48/math class 7B'
 */
export function roomKey(appId: string, roomUuid: string): string {
  return `${appId.toLowerCase()}/${roomUuid}`;
}

/**
 * The key of a recording row: its room's key and its `recordId`.
 *
 * @example
 *   recordKey(roomKey(appId, 'math class 7B'), '67c56e10a3b1c2d3e4f50617');
 */
export function recordKey(room: string, recordId: string): string {
  return `${room}/${recordId}`;
}

/**
 * The key of an event row, and of its entry in the polling queue: its room's key and its `sequence`.
 *
 * @example
 *   eventKey(roomKey(appId, 'math class 7B'), 11); // '…/math class 7B/11'
 */
export function eventKey(room: string, sequence: number): string {
  return `${room}/${sequence}`;
}

/**
 * The key of a user row: its room's key and its `userUuid` (case-sensitive, like room ids).
 *
 * @example
 *   userKey(roomKey(appId, 'math class 7B'), 'student_1'); // '…/math class 7B/student_1'
 */
export function userKey(room: string, userUuid: string): string {
  return `${room}/${userUuid}`;
}
