import { loadDocument } from '../../core/openapi/loadDocument.ts';
import type { ApiMock } from '../../core/mock/types.ts';
import { wrapPureApi, type PureState } from '../../core/mock/wrapPureApi.ts';
import { createSecretMatcher } from '../../core/auth/createSecretMatcher.ts';
import { renderTransportError } from './errors.ts';
import { handle } from './handle.ts';
import { loadSeed } from './loadSeed.ts';
import type { LinkSigning } from './signTemporalAccessUrl.ts';
import type { AnyClassroomState } from './state.ts';

export type { AnyClassroomState } from './state.ts';

/** The AnyClassroom mock's configuration. */
export interface AnyClassroomMockConfig {
  /** The API token `X-Token-AC` must carry. */
  readonly token: string;
  /** Laravel `APP_KEY` that signs the links' URLs (default: a fixed development key). */
  readonly appKey?: string;
  /** Web origin of the links' URLs (default `https://app.anyclassroom.com`). */
  readonly linkBaseUrl?: string;
}

/** Development defaults, printed by `npm start`; never real credentials. */
export const ANYCLASSROOM_DEFAULTS = {
  token: 'ac-dev-token',
  /** Laravel's key format: `base64:` + 32 bytes ("mock-anyclassroom-dev-app-key-32"). */
  appKey: 'base64:bW9jay1hbnljbGFzc3Jvb20tZGV2LWFwcC1rZXktMzI=',
  linkBaseUrl: 'https://app.anyclassroom.com',
} as const;

const API_PREFIX = '/api/v1';

/**
 * The stateful AnyClassroom API v1.2 mock, served under `/api/v1` by the shared mock server: devices,
 * classrooms and temporal access links of one account, from a seed data set
 * (`mocks/anyclassroom.seed.json`), with Laravel's error formats.
 *
 * @example
 *   const api = createAnyClassroomMock({ token: ANYCLASSROOM_DEFAULTS.token });
 *   const server = createMockServer({ api, seed: defaultSeed('anyclassroom') });
 *   await server.listen(4010); // GET http://127.0.0.1:4010/api/v1/devices with X-Token-AC: ac-dev-token
 */
export function createAnyClassroomMock(config: AnyClassroomMockConfig): ApiMock<PureState<AnyClassroomState>> {
  if (!config.token) throw new Error('createAnyClassroomMock: token must be a non-empty string');
  const tokenMatches = createSecretMatcher(config.token);
  const signing: LinkSigning = {
    appKey: config.appKey ?? ANYCLASSROOM_DEFAULTS.appKey,
    linkBaseUrl: (config.linkBaseUrl ?? ANYCLASSROOM_DEFAULTS.linkBaseUrl).replace(/\/+$/, ''),
  };
  return wrapPureApi({
    name: 'anyclassroom',
    document: loadDocument('anyclassroom'),
    toApiPath: (pathname) => (pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`) ? pathname.slice(API_PREFIX.length) || '/' : null),
    initialState: (seed) => loadSeed(seed, signing),
    authenticate: (headers) => (tokenMatches(headers['x-token-ac']) ? null : { kind: 'Unauthorized' }),
    handle: (state, request, env) => handle(state, request, env, signing),
    renderError: (error) => renderTransportError(error),
  });
}
