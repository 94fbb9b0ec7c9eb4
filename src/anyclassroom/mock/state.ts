/**
 * The AnyClassroom mock's state: plain, JSON-serialisable data, replaced (never mutated) by every
 * command. `loadSeed` builds it from a seed data set; see `mocks/anyclassroom.seed.json`.
 *
 * Derived values are never stored: a classroom's `devices_count` is counted from `devices`, a device's
 * links are found through `temporalAccesses[].anydesk_id`.
 */
export interface AnyClassroomState {
  /** The account the configured API token belongs to. Resources of other accounts answer 403. */
  readonly account: string;
  /** In seed order (Laravel's default: by id). */
  readonly classrooms: readonly ClassroomRecord[];
  /** In seed order, new ones are never added (the API cannot create devices). */
  readonly devices: readonly DeviceRecord[];
  /** In insertion order: seed links first, then created ones (ties of `created_at` break on it). */
  readonly temporalAccesses: readonly TemporalAccessRecord[];
}

export interface ClassroomRecord {
  readonly id: number;
  readonly name: string;
  /** Owning account (the seed's top-level `account` unless given). */
  readonly account: string;
  /** Laravel timestamp, `2026-01-12T08:00:00.000000Z`. */
  readonly created_at: string;
  readonly updated_at: string;
}

export interface DeviceRecord {
  /** Digits only, 9-10 of them in the default seed. */
  readonly anydesk_id: string;
  /** `lab2-pc-07@ad`; unique among all ids and aliases, so one path segment finds one device. */
  readonly anydesk_alias: string;
  /** A secret: never logged. */
  readonly anydesk_password: string;
  readonly has_2fa: boolean;
  readonly status: 'enabled' | 'disabled';
  /** The classroom it is in (same account), or null. */
  readonly classroom_id: number | null;
  readonly account: string;
}

export interface TemporalAccessRecord {
  /** UUID v4, lower case. */
  readonly token: string;
  /** The device the link opens. */
  readonly anydesk_id: string;
  /** Unix seconds. */
  readonly from_time: number;
  /**
   * Unix seconds the link works until. Invalidation moves it to the next 30-second mark (or keeps it
   * when it was earlier); the signed `url` keeps the `expires` it was created with.
   */
  readonly until_time: number;
  /** The Laravel signed URL, fixed at creation (a handed-out URL cannot change). */
  readonly url: string;
  /**
   * The `session_expires_at` an invalidation answered (a 30-second mark), or null while never
   * invalidated. A retry before `until_time` answers it again.
   */
  readonly session_expires_at: number | null;
  /** Laravel timestamps. */
  readonly created_at: string;
  readonly updated_at: string;
}
