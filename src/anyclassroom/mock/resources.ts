import type { components } from '../../../generated/anyclassroom.ts';
import type { ClassroomRecord, DeviceRecord, TemporalAccessRecord } from './state.ts';

type Schemas = components['schemas'];

/**
 * Views of immutable records are built once per record and frozen: state records are never changed
 * in place (a change makes a new record), so the view stays right, and the HTTP layer's
 * `serializeJson` remembers a frozen view's JSON text (a page of devices is mostly cache hits).
 */
function memoised<R extends object, V extends object>(build: (record: R) => V): (record: R) => V {
  const views = new WeakMap<R, V>();
  return (record) => {
    let view = views.get(record);
    if (!view) {
      view = Object.freeze(build(record));
      views.set(record, view);
    }
    return view;
  };
}

/**
 * The API's resource shapes (Laravel API resources) built from state records. Keys are listed in the
 * seed's order, so answers read like the seed's examples.
 *
 * @example
 *   toDevice(record); // { anydesk_id, anydesk_alias, anydesk_password, has_2fa, status }
 */
export const toDevice = memoised(
  (d: DeviceRecord): Schemas['Device'] => ({
    anydesk_id: d.anydesk_id,
    anydesk_alias: d.anydesk_alias,
    anydesk_password: d.anydesk_password,
    has_2fa: d.has_2fa,
    status: d.status,
  }),
);

/**
 * The device detail: the five device fields, `classroom` as `{id, name}` or null, and the latest links
 * as the seed's detail prints them (without timestamps, DECISIONS AC-5).
 */
export function toDeviceDetail(d: DeviceRecord, classroom: ClassroomRecord | null, latest: readonly TemporalAccessRecord[]): Schemas['DeviceDetail'] {
  return {
    ...toDevice(d),
    classroom: classroom === null ? null : { id: classroom.id, name: classroom.name },
    latest_temporal_access: latest.map(toTemporalAccessSummary),
  };
}

export const toTemporalAccessSummary = memoised(
  (t: TemporalAccessRecord): Schemas['TemporalAccessSummary'] => ({ token: t.token, from_time: t.from_time, until_time: t.until_time, url: t.url }),
);

/** A link as the temporal list and the create answer print it (with timestamps). */
export const toTemporalAccess = memoised(
  (t: TemporalAccessRecord): Schemas['TemporalAccess'] => ({ ...toTemporalAccessSummary(t), created_at: t.created_at, updated_at: t.updated_at }),
);

export function toClassroom(c: ClassroomRecord, devicesCount: number): Schemas['Classroom'] {
  return { id: c.id, name: c.name, devices_count: devicesCount, created_at: c.created_at, updated_at: c.updated_at };
}
