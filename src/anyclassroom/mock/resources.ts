import type { components } from '../../../generated/anyclassroom.ts';
import { temporalAccessUrl } from './signTemporalAccessUrl.ts';
import type { ClassroomRow, DeviceRow, LinkRow } from './state.ts';

type Schemas = components['schemas'];

/**
 * The view of a device row, built once per row and frozen: rows are never changed in place (a change
 * is a new row), so the view stays right, and the HTTP layer's `serializeJson` remembers a frozen
 * view's JSON text (a page of devices is mostly cache hits). Devices are few, so remembering them
 * costs little; only the last links viewed are remembered (see `toTemporalAccess`).
 */
const deviceViews = new WeakMap<DeviceRow, Schemas['Device']>();

/**
 * The API's resource shapes (Laravel API resources) built from rows. Keys are listed in the seed's
 * order, so answers read like the seed's examples.
 *
 * @example
 *   toDevice(row); // { anydesk_id, anydesk_alias, anydesk_password, has_2fa, status }
 */
export function toDevice(d: DeviceRow): Schemas['Device'] {
  let view = deviceViews.get(d);
  if (!view) {
    view = Object.freeze({ anydesk_id: d.anydeskId, anydesk_alias: d.alias, anydesk_password: d.password, has_2fa: d.has2fa, status: d.status });
    deviceViews.set(d, view);
  }
  return view;
}

/**
 * The device detail: the five device fields, `classroom` as `{id, name}` or null, and the latest links
 * as the seed's detail prints them (without timestamps, DECISIONS AC-5).
 *
 * @example
 *   toDeviceDetail(device, classroom, latest, 'https://app.anyclassroom.com');
 */
export function toDeviceDetail(d: DeviceRow, classroom: ClassroomRow | null, latest: readonly LinkRow[], linkBaseUrl: string): Schemas['DeviceDetail'] {
  return {
    ...toDevice(d),
    classroom: classroom === null ? null : { id: classroom.id, name: classroom.name },
    latest_temporal_access: latest.map((t) => toTemporalAccessSummary(t, linkBaseUrl)),
  };
}

/**
 * A link as the device detail prints it. Built on every answer and not remembered: a device may hold
 * 100,000 links, and a remembered view (with its URL and JSON text) per link would triple the memory
 * they take.
 *
 * @example
 *   toTemporalAccessSummary(link, 'https://app.anyclassroom.com'); // { token, from_time, until_time, url }
 */
export function toTemporalAccessSummary(t: LinkRow, linkBaseUrl: string): Schemas['TemporalAccessSummary'] {
  return { token: t.token, from_time: t.fromTime, until_time: t.untilTime, url: temporalAccessUrl(linkBaseUrl, t.token, t.untilTime, t.signature) };
}

/** Link views remembered at most: the pages read most (a device's latest links), not every link. */
export const RECENT_LINK_VIEWS = 512;

/**
 * The last link views built, by row (rows never change in place, so a view stays right): a device's
 * first page of links is read again and again, and a remembered, frozen view also lets
 * `serializeJson` reuse its JSON text. Bounded, unlike the device views: a device may hold 100,000
 * links, and a view per link (with its URL and text) would triple what they take. Oldest out first.
 */
const recentLinkViews = new Map<LinkRow, { readonly base: string; readonly view: Schemas['TemporalAccess'] }>();

/**
 * A link as the temporal list and the create answer print it (with timestamps), frozen.
 *
 * @example
 *   toTemporalAccess(link, 'https://app.anyclassroom.com'); // { token, from_time, until_time, url, created_at, updated_at }
 */
export function toTemporalAccess(t: LinkRow, linkBaseUrl: string): Schemas['TemporalAccess'] {
  const recent = recentLinkViews.get(t);
  if (recent !== undefined && recent.base === linkBaseUrl) return recent.view;
  const url = temporalAccessUrl(linkBaseUrl, t.token, t.untilTime, t.signature);
  const view = Object.freeze({ token: t.token, from_time: t.fromTime, until_time: t.untilTime, url, created_at: t.createdAt, updated_at: t.updatedAt ?? t.createdAt });
  if (recentLinkViews.size >= RECENT_LINK_VIEWS) recentLinkViews.delete(recentLinkViews.keys().next().value!);
  recentLinkViews.set(t, { base: linkBaseUrl, view });
  return view;
}

/**
 * A classroom as `GET /classrooms` prints it, with its device count (counted, never stored).
 *
 * @example
 *   toClassroom(row, 20); // { id: 114, name: 'Computer Lab 1', devices_count: 20, created_at, updated_at }
 */
export function toClassroom(c: ClassroomRow, devicesCount: number): Schemas['Classroom'] {
  return { id: c.id, name: c.name, devices_count: devicesCount, created_at: c.createdAt, updated_at: c.updatedAt };
}
