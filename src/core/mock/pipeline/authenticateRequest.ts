import type { DomainEnv } from '../../domain/DomainEnv.ts';
import type { ApiMock } from '../types.ts';
import { stop, type Stop } from './PlainRequest.ts';

/**
 * Stage 4, credentials: the API's own check (401 in its format), after routing (so an unknown path is
 * a 404 even without credentials) and before any validation. Path values are still raw strings;
 * `env` is the mock clock's reading, for credentials that expire.
 *
 * @example
 *   authenticateRequest(api, { 'x-token-ac': 'wrong' }, {}, env); // stop: Unauthorized
 */
export function authenticateRequest(
  api: Pick<ApiMock, 'authenticate'>,
  headers: Readonly<Record<string, string | undefined>>,
  rawPath: Readonly<Record<string, string>>,
  env: Pick<DomainEnv, 'nowMs'>,
): Stop | null {
  const refused = api.authenticate(headers, rawPath, env);
  return refused ? stop(refused) : null;
}
