import fc from 'fast-check';
import { loadDocument } from '../../core/openapi/loadDocument.ts';
import type { FuzzTarget } from '../../core/fuzz/types.ts';
import { ANYCLASSROOM_FACTS } from '../facts.ts';

const { basePath: BASE, headers } = ANYCLASSROOM_FACTS;

/** The parts of an AnyClassroom seed data set the fuzzer draws ids from. */
interface AnyClassroomSeedIds {
  readonly classrooms: readonly { readonly id: number }[];
  readonly devices: readonly { readonly anydesk_id: string; readonly anydesk_alias?: string }[];
  readonly temporal_accesses: readonly { readonly token: string }[];
}

/**
 * The AnyClassroom mock as a fuzz target: `/api/v1` paths (and off-route ones of the same shape),
 * the `X-Token-AC` header, and the seed's device ids and aliases (own account and another's),
 * classroom ids and link tokens as hints, so that generated requests reach devices, classrooms and
 * links rather than stopping at 404. Link times are drawn around `nowMs` (the mock's clock) so that
 * creates can succeed. Base path and header name come from the API's facts.
 *
 * @example
 *   const target = anyClassroomFuzzTarget({ origin: 'http://127.0.0.1:4010', token: 'ac-dev-token', seed: defaultSeed('anyclassroom') });
 */
export function anyClassroomFuzzTarget(options: { origin: string; token: string; seed: unknown; nowMs?: number; maxHeaderBytes?: number }): FuzzTarget {
  const seed = options.seed as AnyClassroomSeedIds;
  const now = Math.floor((options.nowMs ?? Date.now()) / 1000);
  const devices = seed.devices.flatMap((d) => [d.anydesk_id, ...(d.anydesk_alias ? [d.anydesk_alias] : [])]);
  const times = fc.oneof(fc.integer({ min: now - 3600, max: now + 7 * 86_400 }), fc.integer({ min: now - 3600, max: now + 7 * 86_400 }).map(String));
  return {
    api: 'anyclassroom',
    document: loadDocument('anyclassroom'),
    origin: options.origin,
    basePaths: [BASE],
    foreignBasePaths: ['', '/api', '/api/v2', '/API/V1', `${BASE}${BASE}`, `${BASE}%2f`],
    offRouteTargets: ['/api', `${BASE}/`, `/__mock/..${BASE}/devices`, `${BASE}/devices/%2e%2e/%2e%2e/__mock/clock`, '//api//v1//devices', `http://evil.example${BASE}/devices`],
    credentials: { [headers.token]: options.token },
    hints: {
      anydeskId: fc.constantFrom(...devices, '999999999', 'nobody@ad'),
      classroomId: fc.constantFrom(...seed.classrooms.map((c) => c.id), 999_999),
      token: fc.constantFrom(...seed.temporal_accesses.map((l) => l.token)),
      page: fc.integer({ min: 1, max: 4 }),
      from_time: times,
      until_time: times,
    },
    knownGood: { method: 'GET', target: `${BASE}/devices?per_page=5`, headers: { [headers.token]: options.token, Accept: 'application/json' } },
    maxHeaderBytes: options.maxHeaderBytes ?? 12 * 1024,
  };
}
