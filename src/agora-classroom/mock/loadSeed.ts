import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { checkSeedInvariants } from './checkSeedInvariants.ts';
import { eventKey, recordKey, roomKey, userKey } from './keys.ts';
import { DEFAULT_CLOSE_DELAY_S } from './roomSchedule.ts';
import type { AgoraSeed, AgoraSeedChecker } from './seedSchema.ts';
import type { AgoraState } from './state.ts';

/** What loading a seed needs besides the data set. */
export interface LoadSeedOptions {
  /** The seed checker (`createAgoraSeedChecker(document)`, built once by the factory). */
  readonly checker: AgoraSeedChecker;
  /**
   * The App the mock serves (AG-46): the seeded App's classrooms become its classrooms, whatever App
   * ID the data set was captured under. Absent: the data set's own App ID.
   */
  readonly appId?: string;
  /** Where the data set came from, for the problems (default: `Agora seed`). */
  readonly file?: string;
}

/**
 * Fills an empty state from a seed data set (`mocks/agora-classroom.seed.json`; format in
 * `seedSchema.ts` and BEHAVIOUR.md). The data set is checked first against the seed's JSON Schema,
 * built from the document's components, and against the rules between records
 * (`checkSeedInvariants`); any problem throws one `SeedError` naming every problem (file, JSON path,
 * expected, actual), and nothing is written.
 *
 * The seeded App is the configured one (AG-46): its rows, and the `appId` of its records, carry that
 * App ID. Seeded events count as already delivered: the polling queue starts empty, and a room's
 * next event gets the sequence after its last seeded one (AG-48). Seeded recordings keep their order
 * (`serial` 1, 2, …); seeded users keep their state and rewards. What the clock schedules (a class's
 * start, end, close, destruction) happens at the first request or clock change after loading, not
 * while loading: a mock started under the real clock and then set to `capturedAt` sees the data as
 * it was. `capturedAt` (ms) is the instant the data describes.
 *
 * @example
 *   const state = newAgoraState();
 *   loadSeed(state, JSON.parse(text), env, { checker: createAgoraSeedChecker(document), appId: config.appId, file: 'mocks/agora-classroom.seed.json' });
 */
export function loadSeed(state: AgoraState, seed: unknown, _env: DomainEnv, options: LoadSeedOptions): void {
  const problems = options.checker.check(seed, options.file ?? 'Agora seed');
  checkSeedInvariants(seed, problems);
  problems.throwIfAny();
  // Rows must not share objects with the caller's data set, which it may change (or reset to) later.
  const data = structuredClone(seed) as AgoraSeed;
  for (const app of data.apps) {
    const appId = (options.appId ?? app.appId).toLowerCase();
    state.apps.put(appId, { appId, boardAppId: app.boardAppId, lastQueued: 0 });
    for (const { records, events, users = [], flexProps, widgets, schedule, ...fields } of app.rooms) {
      const room = roomKey(appId, fields.roomUuid);
      state.rooms.put(room, {
        appId,
        ...fields,
        schedule: { ...schedule, closeDelay: schedule.closeDelay ?? DEFAULT_CLOSE_DELAY_S },
        ...(flexProps === undefined ? {} : { properties: flexProps }),
        widgets: widgets ?? { netlessBoard: { state: 1 } },
        handsUp: [],
        stage: [],
        used: fields.state !== 0 || users.length > 0,
        lastSequence: events.at(-1)?.sequence ?? 0,
        lastRecordSerial: records.length,
      });
      for (const { state: online, userProperties, totalReward, ...user } of users) {
        state.users.put(userKey(room, user.userUuid), { appId, roomUuid: fields.roomUuid, ...user, online: online === 1, userProperties: userProperties ?? {}, totalReward: totalReward ?? 0 });
      }
      records.forEach((record, index) => {
        state.records.put(recordKey(room, record.recordId), { serial: index + 1, ...record, appId, endTime: record.endTime ?? null });
      });
      for (const event of events) {
        state.events.put(eventKey(room, event.sequence), { appId, roomUuid: event.roomUuid, sequence: event.sequence, cmd: event.cmd, version: event.version, data: event.data });
      }
    }
  }
}
