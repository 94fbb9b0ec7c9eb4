import type { SeedChecker } from './SeedChecker.ts';
import type { AgoraEvent, ClassState, Recording } from './state.ts';

const RECORD_KEYS = ['recordId', 'appId', 'roomUuid', 'startTime', 'endTime', 'resourceId', 'sid', 'recordUid', 'boardAppId', 'boardId', 'boardToken', 'type', 'status', 'url', 'recordDetails'];
const EVENT_KEYS = ['roomUuid', 'cmd', 'sequence', 'version', 'data'];

/**
 * Reads a seeded room's recordings (the record-list item shape). Checks: `appId`/`roomUuid` name
 * the App and room they sit in, `recordId`s are unique, the list is oldest first, `status` 2 has an
 * `endTime` not before `startTime`, `status` 1 has none and can only be the last record, and a
 * room that has ended (state 2 or 3) records nothing (ending stops the recording).
 */
export function readSeedRecords(check: SeedChecker, value: unknown, at: string, owner: { appId: string; roomUuid: string; state: ClassState | undefined }): Recording[] {
  const items = check.array(value, at) ?? [];
  const ids = new Set<string>();
  let previousStart = -1;
  const records: Recording[] = [];
  items.forEach((item, index) => {
    const here = `${at}[${index}]`;
    const r = check.record(item, here, RECORD_KEYS);
    if (!r) return;
    const recordId = check.string(r.recordId, `${here}.recordId`, { min: 1 });
    if (recordId !== undefined) {
      if (ids.has(recordId)) check.fail(`${here}.recordId`, `duplicate recordId ${JSON.stringify(recordId)}`);
      ids.add(recordId);
    }
    const appId = check.string(r.appId, `${here}.appId`);
    if (appId !== undefined && appId.toLowerCase() !== owner.appId) check.fail(`${here}.appId`, `must be the App's id ${owner.appId} (got ${JSON.stringify(appId)})`);
    if (r.roomUuid !== owner.roomUuid) check.fail(`${here}.roomUuid`, `must be the room's id ${JSON.stringify(owner.roomUuid)} (got ${JSON.stringify(r.roomUuid)})`);
    const startTime = check.integer(r.startTime, `${here}.startTime`);
    if (startTime !== undefined) {
      if (startTime < previousStart) check.fail(`${here}.startTime`, 'records must be listed oldest first (startTime not decreasing)');
      previousStart = startTime;
    }
    for (const key of ['resourceId', 'sid', 'recordUid', 'boardId', 'boardToken', 'url'] as const) check.string(r[key], `${here}.${key}`, { min: 1 });
    if (r.boardAppId !== undefined) check.string(r.boardAppId, `${here}.boardAppId`);
    check.oneOf(r.type, `${here}.type`, [1, 2, 3]);
    const status = check.oneOf(r.status, `${here}.status`, [1, 2]);
    const endTime = r.endTime === undefined ? null : check.nullableInteger(r.endTime, `${here}.endTime`);
    if (status === 2 && endTime === null) check.fail(`${here}.endTime`, 'an ended recording (status 2) needs its endTime');
    if (status === 2 && endTime != null && startTime !== undefined && endTime < startTime) check.fail(`${here}.endTime`, 'must not be before startTime');
    if (status === 1 && endTime !== null) check.fail(`${here}.endTime`, 'a running recording (status 1) has endTime null');
    if (status === 1 && index !== items.length - 1) check.fail(`${here}.status`, 'only the last (newest) record may still be recording');
    if (status === 1 && owner.state !== undefined && owner.state >= 2) check.fail(`${here}.status`, `the class has ended (state ${owner.state}), so nothing can still be recording`);
    if (r.recordDetails !== undefined) {
      (check.array(r.recordDetails, `${here}.recordDetails`) ?? []).forEach((d, i) => {
        const detail = check.record(d, `${here}.recordDetails[${i}]`, ['url']);
        if (detail) check.string(detail.url, `${here}.recordDetails[${i}].url`, { min: 1 });
      });
    }
    records.push({ ...(r as unknown as Recording), endTime: endTime ?? null });
  });
  return records;
}

/**
 * Reads a seeded room's event history (the event-list item shape). Checks: `roomUuid` names the
 * room, `sequence` strictly increases, `version` and `cmd` are integers, `data` is an object, and
 * the `data` of cmd 1 (class state) and cmd 1001 (recording state) has every field the document
 * requires. Other `cmd` values keep free-form `data`, as in the document.
 */
export function readSeedEvents(check: SeedChecker, value: unknown, at: string, roomUuid: string): AgoraEvent[] {
  const items = check.array(value, at) ?? [];
  let previous = -1;
  const events: AgoraEvent[] = [];
  items.forEach((item, index) => {
    const here = `${at}[${index}]`;
    const e = check.record(item, here, EVENT_KEYS);
    if (!e) return;
    if (e.roomUuid !== roomUuid) check.fail(`${here}.roomUuid`, `must be the room's id ${JSON.stringify(roomUuid)} (got ${JSON.stringify(e.roomUuid)})`);
    const sequence = check.integer(e.sequence, `${here}.sequence`);
    if (sequence !== undefined) {
      if (sequence <= previous) check.fail(`${here}.sequence`, `must be greater than the previous event's ${previous}`);
      previous = sequence;
    }
    check.integer(e.version, `${here}.version`);
    const cmd = check.integer(e.cmd, `${here}.cmd`);
    const data = check.object(e.data, `${here}.data`);
    if (data && cmd === 1) {
      const d = check.record(data, `${here}.data`, ['startTime', 'state', 'endTime', 'closeTime']);
      if (d) {
        check.oneOf(d.state, `${here}.data.state`, [0, 1, 2, 3]);
        for (const key of ['startTime', 'endTime', 'closeTime'] as const) check.nullableInteger(d[key], `${here}.data.${key}`);
      }
    }
    if (data && cmd === 1001) {
      const d = check.record(data, `${here}.data`, ['recordId', 'sid', 'resourceId', 'state', 'startTime', 'streamingUrl']);
      if (d) {
        for (const key of ['recordId', 'sid', 'resourceId'] as const) check.string(d[key], `${here}.data.${key}`, { min: 1 });
        check.oneOf(d.state, `${here}.data.state`, [1, 2]);
        check.integer(d.startTime, `${here}.data.startTime`);
        if (d.streamingUrl !== null) check.string(d.streamingUrl, `${here}.data.streamingUrl`);
      }
    }
    if (data && cmd === 3) {
      const d = check.record(data, `${here}.data`, ['fromUser', 'message', 'type']);
      if (d) {
        const from = check.record(d.fromUser, `${here}.data.fromUser`, ['userUuid', 'userName', 'role']);
        if (from) check.oneOf(from.role, `${here}.data.fromUser.role`, [1, 2, 3]);
        check.string(d.message, `${here}.data.message`);
        check.oneOf(d.type, `${here}.data.type`, [1]);
      }
    }
    events.push(item as AgoraEvent);
  });
  return events;
}
