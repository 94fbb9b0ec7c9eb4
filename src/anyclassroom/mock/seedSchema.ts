import { createSeedChecker } from '../../core/seed/createSeedChecker.ts';
import type { JsonSchema, OpenApiDocument } from '../../core/openapi/types.ts';

/**
 * A seed data set (`mocks/anyclassroom.seed.json`, or the `anyclassroom` key of `--seed FILE`):
 *
 * ```jsonc
 * {
 *   "account": "northfield-academy",            // the account of the configured token
 *   "classrooms": [{
 *     "id": 114, "name": "Computer Lab 1",
 *     "created_at": "2025-08-20T08:00:00.000000Z", "updated_at": "2025-08-20T08:00:00.000000Z",
 *     "account": "riverside-college"            // optional; default: the top-level account
 *   }],
 *   "devices": [{
 *     "anydesk_id": "482915736", "anydesk_alias": "lab1-pc-01@ad", "anydesk_password": "...",
 *     "has_2fa": true, "status": "enabled",
 *     "classroom_id": 114,                       // or null: in no classroom
 *     "account": "riverside-college"            // optional, as above
 *   }],
 *   "temporal_accesses": [{
 *     "token": "<uuid v4>", "anydesk_id": "482915736",
 *     "from_time": 1767000000, "until_time": 1767003600,   // Unix seconds, as created (and signed)
 *     "created_at": "...", "updated_at": "...",
 *     "invalidated_at": 1767001215               // optional: Unix seconds of an invalidation request
 *   }]
 * }
 * ```
 *
 * `from_time` and `until_time` are the window the link was created with; `invalidated_at` replays an
 * invalidation request as the API runs it (DECISIONS AC-30: `until_time` cut to the next 30-second
 * mark, a link not yet open cancelled, the URL signed again), on a device with 2FA only (AC-31). A `$comment`
 * key is allowed at the top level. `devices_count` is never part of it: it is counted.
 */
export interface AnyClassroomSeed {
  readonly account: string;
  readonly classrooms: readonly SeedClassroom[];
  readonly devices: readonly SeedDevice[];
  readonly temporal_accesses: readonly SeedTemporalAccess[];
}
export interface SeedClassroom {
  readonly id: number;
  readonly name: string;
  readonly created_at: string;
  readonly updated_at: string;
  readonly account?: string;
}
export interface SeedDevice {
  readonly anydesk_id: string;
  readonly anydesk_alias: string;
  readonly anydesk_password: string;
  readonly has_2fa: boolean;
  readonly status: 'enabled' | 'disabled';
  readonly classroom_id: number | null;
  readonly account?: string;
}
export interface SeedTemporalAccess {
  readonly token: string;
  readonly anydesk_id: string;
  readonly from_time: number;
  readonly until_time: number;
  readonly created_at: string;
  readonly updated_at: string;
  readonly invalidated_at?: number;
}

/**
 * The JSON Schema of the seed format. Every field the API prints takes its schema from the document's
 * components (`AnydeskId`, `DeviceStatus`, `UnixTime`, `LaravelTimestamp`, and the properties of
 * `Device` and `Classroom`), so the seed cannot hold a value the API could not answer. What only the
 * seed has is written here: the accounts, `classroom_id`, `invalidated_at`, the lower-case token, a
 * non-empty classroom name and Unix times within the safe integers. Objects are closed, so a misspelt
 * field is named.
 *
 * @example
 *   createSeedChecker('AnyClassroom', document, anyClassroomSeedSchema).check(seed, 'mocks/anyclassroom.seed.json');
 */
export function anyClassroomSeedSchema(ref: (name: string) => JsonSchema): JsonSchema {
  const account = { type: 'string', minLength: 1 };
  const timestamp = ref('LaravelTimestamp');
  const unixTime = { allOf: [ref('UnixTime'), { maximum: Number.MAX_SAFE_INTEGER }] };
  const object = (required: string[], properties: Record<string, JsonSchema>) => ({ type: 'object', additionalProperties: false, required, properties });

  const classroom = object(['id', 'name', 'created_at', 'updated_at'], {
    id: ref('Classroom/properties/id'),
    name: { allOf: [ref('Classroom/properties/name'), { minLength: 1 }] },
    account,
    created_at: timestamp,
    updated_at: timestamp,
  });
  const device = object(['anydesk_id', 'anydesk_alias', 'anydesk_password', 'has_2fa', 'status', 'classroom_id'], {
    anydesk_id: ref('AnydeskId'),
    anydesk_alias: ref('Device/properties/anydesk_alias'),
    anydesk_password: ref('Device/properties/anydesk_password'),
    has_2fa: ref('Device/properties/has_2fa'),
    status: ref('DeviceStatus'),
    // A classroom id (`Classroom.id`: an integer >= 1), or null for no classroom.
    classroom_id: { type: ['integer', 'null'], minimum: 1 },
    account,
  });
  const link = object(['token', 'anydesk_id', 'from_time', 'until_time', 'created_at', 'updated_at'], {
    // The document's `format: uuid` accepts upper case; the mock compares tokens in lower case.
    token: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
    anydesk_id: ref('AnydeskId'),
    from_time: unixTime,
    until_time: unixTime,
    created_at: timestamp,
    updated_at: timestamp,
    invalidated_at: unixTime,
  });
  return object(['account', 'classrooms', 'devices', 'temporal_accesses'], {
    $comment: { type: 'string' },
    account,
    classrooms: { type: 'array', items: classroom },
    devices: { type: 'array', items: device },
    temporal_accesses: { type: 'array', items: link },
  });
}

/** The seed checker of one AnyClassroom document (compiled once, by the mock's factory). */
export type AnyClassroomSeedChecker = ReturnType<typeof createSeedChecker>;

/**
 * The core seed checker with the AnyClassroom seed schema (its messages say "invalid AnyClassroom
 * seed data set").
 *
 * @example
 *   const checker = createAnyClassroomSeedChecker(loadDocument('anyclassroom'));
 */
export function createAnyClassroomSeedChecker(document: OpenApiDocument): AnyClassroomSeedChecker {
  return createSeedChecker('AnyClassroom', document, anyClassroomSeedSchema);
}
