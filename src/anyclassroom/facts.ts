/**
 * Facts about the AnyClassroom API v1.2 itself, read by its mock, its client, its fuzz target and the
 * contract kit, so that none of them keeps its own copy. Browser-safe: plain constants only.
 *
 * @example
 *   import { ANYCLASSROOM_FACTS } from '../facts.ts';
 *   headers[ANYCLASSROOM_FACTS.headers.token] = token;
 */
export const ANYCLASSROOM_FACTS = {
  /** The real API's base URL (seed: "Host"). */
  baseUrl: 'https://app.anyclassroom.com/api/v1',
  /** The path every operation hangs under on the real host. */
  basePath: '/api/v1',
  /** Web origin of the signed temporal access URLs. */
  linkBaseUrl: 'https://app.anyclassroom.com',
  headers: {
    /** The API token header (seed: "X-Token-AC"). */
    token: 'X-Token-AC',
  },
  /** The 30-second mark an invalidation takes effect at (seed, Invalidate > Note 1). */
  invalidationMarkSeconds: 30,
} as const;
