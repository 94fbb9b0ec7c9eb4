import { AGORA_FACTS } from '../facts.ts';

const REGION_PREFIX = new RegExp(`^/(?:${AGORA_FACTS.regions.join('|')})(?=/edu(?:/|$))`);

/**
 * Maps a request pathname to the document's region-free path space: `/edu/...` stays as is,
 * `/{cn|ap|eu|na}/edu/...` loses its region (both forms reach the same state, AG-11); anything
 * else, including an unknown region, is outside the API (`null`, answered 404 by the shared layer).
 *
 * @example
 *   toApiPath('/eu/edu/apps/x/v2/rooms/y'); // '/edu/apps/x/v2/rooms/y'
 *   toApiPath('/xx/edu/apps/x/v2/rooms/y'); // null
 */
export function toApiPath(pathname: string): string | null {
  if (pathname === '/edu' || pathname.startsWith('/edu/')) return pathname;
  const match = REGION_PREFIX.exec(pathname);
  return match ? pathname.slice(match[0].length) : null;
}
