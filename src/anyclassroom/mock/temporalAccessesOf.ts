import type { AnyClassroomState, TemporalAccessRecord } from './state.ts';

/**
 * A device's temporal access links, newest first: by `created_at` descending, and among equal
 * `created_at` the one inserted later first (Laravel's `latest()` plus the auto-increment id).
 *
 * @example
 *   temporalAccessesOf(state, '482915736').slice(0, 5); // the detail's latest_temporal_access
 */
export function temporalAccessesOf(state: AnyClassroomState, anydeskId: string): TemporalAccessRecord[] {
  return state.temporalAccesses
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => link.anydesk_id === anydeskId)
    .sort((a, b) => (a.link.created_at === b.link.created_at ? b.index - a.index : a.link.created_at < b.link.created_at ? 1 : -1))
    .map(({ link }) => link);
}
