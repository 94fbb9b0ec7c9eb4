import fc from 'fast-check';
import type { OracleRules } from '../../core/fuzz/oracle/OracleRules.ts';
import type { FuzzTarget } from '../../core/fuzz/types.ts';
import { listOperations } from '../../core/openapi/listOperations.ts';
import { loadDocument } from '../../core/openapi/loadDocument.ts';
import { AGORA_FACTS } from '../facts.ts';

const { regions, headers } = AGORA_FACTS;

/** The parts of an Agora seed data set the fuzzer draws ids from. */
interface AgoraSeedIds {
  readonly apps: readonly {
    readonly appId: string;
    readonly rooms: readonly {
      readonly roomUuid: string;
      readonly records: readonly { readonly recordId: string }[];
      /** The seed's users, once the seed format has them (issue 11). */
      readonly users?: readonly { readonly userUuid: string }[];
    }[];
  }[];
}

const FUZZ_ROOMS = ['fuzz-room-1', 'fuzz room 2', 'fuzz#3', 'fuzz-4', 'fuzz-5'];

/**
 * The Agora mock as a fuzz target: `/edu/...` paths with and without a region prefix (and off-route
 * ones of the same shape), both credential modes (`Authorization: agora token=...`, or
 * `x-agora-token` with `x-agora-uid`), and as hints the configured App ID (either case), the seed's
 * room, record and user ids, widget ids, sequence numbers and event types, and schedules around
 * `nowMs`. Its `oracle` rules cite the decisions the fuzz oracle applies. New rooms come from the `RoomUuid` schema, so creates succeed
 * and the state machine gets walked. Regions and header names come from the API's facts.
 *
 * @example
 *   const target = agoraFuzzTarget({ origin, token: 'agora-dev-token', appId, seed: defaultSeed('agora-classroom') });
 */
export function agoraFuzzTarget(options: { origin: string; token: string; appId: string; seed: unknown; nowMs?: number; maxHeaderBytes?: number }): FuzzTarget {
  const seed = options.seed as AgoraSeedIds;
  const rooms = seed.apps.flatMap((a) => a.rooms);
  const recordIds = rooms.flatMap((r) => r.records.map((rec) => rec.recordId));
  const userUuids = [...new Set(rooms.flatMap((r) => (r.users ?? []).map((u) => u.userUuid)))];
  const now = options.nowMs ?? Date.now();
  return {
    api: 'agora-classroom',
    document: loadDocument('agora-classroom'),
    origin: options.origin,
    basePaths: ['', ...regions.map((r) => `/${r}`)],
    foreignBasePaths: ['/xx', '/NA', '/na/na', '/edu', '/api/v1'],
    offRouteTargets: ['/edu', '/edu/apps', '/na/edu', '/__mock/../edu/apps', '/edu/apps/%2e%2e/%2e%2e/__mock/clock', '//edu//apps', 'http://evil.example/edu/apps'],
    // AG-12: the two alternatives of the document's `security`.
    credentialSets: [{ [headers.authorization]: `agora token=${options.token}` }, { [headers.token]: options.token, [headers.uid]: 'fuzz-teacher' }],
    hints: {
      appId: fc.constantFrom(options.appId, options.appId.toUpperCase()),
      // The seed's rooms, and a few the fuzzer creates itself, so that creates, state changes,
      // recordings and event lists keep meeting the same rooms.
      roomUuid: fc.constantFrom(...rooms.map((r) => r.roomUuid), ...FUZZ_ROOMS),
      nextId: fc.oneof(fc.nat({ max: 400 }).map(String), fc.constantFrom('', 'null', ...recordIds.slice(0, 20))),
      cmd: fc.constantFrom(1, 3, 20, 1001, 1101, 1110, 1501, 1502),
      // Seeded users and the fuzzer's own; the widgets Agora's clients use.
      userUuid: fc.constantFrom(...userUuids, 'fuzz-teacher', 'fuzz-student-1'),
      widgetUuid: fc.constantFrom('popupQuiz', 'poll', 'countdown', 'netlessBoard', 'fuzz-widget'),
      startTime: fc.integer({ min: now - 86_400_000, max: now + 86_400_000 }),
      closeDelay: fc.integer({ min: 0, max: 3600 }),
    },
    // The polling queue answers 200 whatever the classrooms' lives did (a seeded room may be destroyed by then, AG-44).
    knownGood: {
      method: 'GET',
      target: `/edu/polling/apps/${options.appId}/v2/rooms/sequences`,
      headers: { [headers.token]: options.token, [headers.uid]: 'health-check' },
    },
    maxHeaderBytes: options.maxHeaderBytes ?? 12 * 1024,
    oracle: agoraOracleRules(options.token, options.appId),
    controlOperations: listOperations(loadDocument('mock-control')).map((op) => op.operationId),
  };
}

/**
 * How Agora answers what its document alone does not settle, as its decisions say: the order of
 * its checks (AG-63: body size, route, credentials, media type, JSON, values, then the classroom),
 * both credential modes with `Authorization` deciding (AG-12), any App ID but the configured one
 * refused (AG-10, AG-46), an unparsable body refused (AG-15), and the 400s a valid-looking request
 * can still get (AG-51, AG-58).
 */
export function agoraOracleRules(token: string, appId: string): OracleRules {
  const twoHeaders = (header: (name: string) => string | undefined) => header(headers.token) === token && (header(headers.uid) ?? '').trim() !== '';
  return {
    credentials(header, path) {
      if (path.appId !== undefined && path.appId.toLowerCase() !== appId.toLowerCase()) return false;
      const authorization = header(headers.authorization);
      if (authorization === undefined) return twoHeaders(header);
      const agora = /^agora +token=(.*)$/i.exec(authorization);
      if (agora) return agora[1] === token;
      // Another scheme in Authorization beside a valid pair: AG-12 does not say which wins.
      return twoHeaders(header) ? 'open' : false;
    },
    bodyLimitBeforeRouting: true,
    trailingSlash: 'open',
    malformedJson: 'refused',
    refusalStatus: 400,
    refusal: () => [400],
    mediaTypeRefusal: () => [415],
    domainRefusals: {
      // AG-51: `rootUrl: ""` is 30400412, a rule of the service.
      setRecordingState: [400],
      // AG-58: `state` 1 without groups.
      setBreakoutRooms: [400],
    },
  };
}
