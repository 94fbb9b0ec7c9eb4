import fc from 'fast-check';
import { loadDocument } from '../../core/openapi/loadDocument.ts';
import type { OracleOperation, OracleRules } from '../../core/fuzz/oracle/OracleRules.ts';
import type { FuzzTarget } from '../../core/fuzz/types.ts';
import { SHARED_CONTROL_OPERATIONS } from '../../core/mock/createControlApi.ts';
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
 * creates can succeed. Base path and header name come from the API's facts; its `oracle` rules
 * cite the decisions the fuzz oracle applies.
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
    credentialSets: [{ [headers.token]: options.token }],
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
    oracle: anyClassroomOracleRules(options.token),
    // The classroom activity endpoints of the control API are Agora's only (AG-60).
    controlOperations: SHARED_CONTROL_OPERATIONS,
  };
}

/** AC-39: the resources of the path are bound (404, then the policy's 403) before the body or the query is refused. */
const boundFirst = (op: OracleOperation): number[] => (op.pathParameters.length > 0 ? op.declared.filter((s) => s === 403 || s === 404) : []);

/**
 * How AnyClassroom answers what its document alone does not settle, as its decisions say: the
 * order of Laravel's checks (AC-32: the body size first, then the route, then the token), the
 * route-model binding before validation (AC-13, AC-39), an unparsable body read as empty (AC-7),
 * and the 422s a valid-looking request can still get (AC-22, AC-23, AC-40).
 */
export function anyClassroomOracleRules(token: string): OracleRules {
  return {
    // AC-28: the configured token, exactly; the header name in any case.
    credentials: (header) => header(headers.token.toLowerCase()) === token,
    bodyLimitBeforeRouting: true,
    // Laravel matches `$request->path()`, trimmed of slashes (AC-16: `/classrooms/` is `/classrooms`).
    trailingSlash: 'ignored',
    // Symfony's `Request::getMethod()` reads this header on a POST; nothing says the service turns it off.
    methodOverrideHeader: 'x-http-method-override',
    malformedJson: 'empty',
    refusalStatus: 422,
    refusal: (op, refused) =>
      refused.some((r) => r.in === 'path')
        ? [404] // AC-13: a path value no row has is route-model binding's 404, before validation
        : [422, ...boundFirst(op)],
    mediaTypeRefusal: (op) => [415, ...boundFirst(op)],
    domainRefusals: {
      // AC-22, AC-40: `from_time < until_time`, `until_time` after now, no negative time, nothing past 2^53.
      createTemporalAccess: [422],
      // AC-23: already invalidated or expired.
      invalidateTemporalAccess: [422],
    },
  };
}
