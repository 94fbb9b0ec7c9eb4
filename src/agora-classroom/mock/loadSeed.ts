import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import { checkSeedInvariants } from './checkSeedInvariants.ts';
import { eventKey, recordKey, roomKey } from './keys.ts';
import type { AgoraSeed, AgoraSeedChecker } from './seedSchema.ts';
import type { AgoraState } from './state.ts';

/** What loading a seed needs besides the data set. */
export interface LoadSeedOptions {
  /** The seed checker (`createAgoraSeedChecker(document)`, built once by the factory). */
  readonly checker: AgoraSeedChecker;
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
 * Seeded events count as already delivered: the polling queue starts empty, and a room's next event
 * gets the sequence after its last seeded one. Seeded recordings keep their order (`serial` 1, 2, …).
 * `capturedAt` (ms) is the instant the data describes; the mock does not read it (set the clock there
 * to see the data as it was).
 *
 * @example
 *   const state = newAgoraState();
 *   loadSeed(state, JSON.parse(text), env, { checker: createAgoraSeedChecker(document), file: 'mocks/agora-classroom.seed.json' });
 */
export function loadSeed(state: AgoraState, seed: unknown, _env: DomainEnv, options: LoadSeedOptions): void {
  const problems = options.checker.check(seed, options.file ?? 'Agora seed');
  checkSeedInvariants(seed, problems);
  problems.throwIfAny();
  // Rows must not share objects with the caller's data set, which it may change (or reset to) later.
  const data = structuredClone(seed) as AgoraSeed;
  for (const app of data.apps) {
    const appId = app.appId.toLowerCase();
    state.apps.put(appId, { appId, boardAppId: app.boardAppId, lastQueued: 0 });
    for (const { records, events, ...fields } of app.rooms) {
      const room = roomKey(appId, fields.roomUuid);
      state.rooms.put(room, { appId, ...fields, lastSequence: events.at(-1)?.sequence ?? 0, lastRecordSerial: records.length });
      records.forEach((record, index) => {
        state.records.put(recordKey(room, record.recordId), { serial: index + 1, ...record, endTime: record.endTime ?? null });
      });
      for (const event of events) {
        state.events.put(eventKey(room, event.sequence), { appId, roomUuid: event.roomUuid, sequence: event.sequence, cmd: event.cmd, version: event.version, data: event.data });
      }
    }
  }
}
