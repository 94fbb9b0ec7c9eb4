import { createSecretMatcher } from '../../core/auth/createSecretMatcher.ts';
import type { ApiMock } from '../../core/mock/types.ts';
import { ANYCLASSROOM_FACTS } from '../facts.ts';
import { handleRequest } from './handleRequest.ts';
import { loadSeed } from './loadSeed.ts';
import { renderDomainError, renderTransportError } from './renderError.ts';
import { resolveRouteModels } from './resolveRouteModels.ts';
import { createAnyClassroomSeedChecker } from './seedSchema.ts';
import type { LinkSigning } from './signTemporalAccessUrl.ts';
import { newAnyClassroomState, type AnyClassroomState } from './state.ts';
import { ANYCLASSROOM_DOCUMENT } from '../anyClassroomDocument.ts';

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
  linkBaseUrl: ANYCLASSROOM_FACTS.linkBaseUrl,
} as const;

/**
 * Version of the tables' format in a state file (`LinkRow` and friends in `state.ts`). 2: link rows
 * lost `expires` and `sessionExpiresAt` and gained `invalidated` (issue 10, DECISIONS AC-23, AC-30).
 */
const STATE_VERSION = 2;

/**
 * The stateful AnyClassroom API v1.2 mock, served under `/api/v1` by the shared mock server: devices,
 * classrooms and temporal access links of one account, from a seed data set
 * (`mocks/anyclassroom.seed.json`), with Laravel's error formats. The one AnyClassroom module that
 * reads the document and the configuration; the domain gets what it needs from here.
 *
 * @example
 *   const api = createAnyClassroomMock({ token: ANYCLASSROOM_DEFAULTS.token });
 *   const server = createMockServer({ api, seed: defaultSeed('anyclassroom') });
 *   await server.listen(4010); // GET http://127.0.0.1:4010/api/v1/devices with X-Token-AC: ac-dev-token
 */
export function createAnyClassroomMock(config: AnyClassroomMockConfig): ApiMock<AnyClassroomState> {
  if (!config.token) throw new Error('createAnyClassroomMock: token must be a non-empty string');
  const tokenMatches = createSecretMatcher(config.token);
  const tokenHeader = ANYCLASSROOM_FACTS.headers.token.toLowerCase();
  const basePath = ANYCLASSROOM_FACTS.basePath;
  const signing: LinkSigning = {
    appKey: config.appKey ?? ANYCLASSROOM_DEFAULTS.appKey,
    linkBaseUrl: (config.linkBaseUrl ?? ANYCLASSROOM_DEFAULTS.linkBaseUrl).replace(/\/+$/, ''),
  };
  const document = ANYCLASSROOM_DOCUMENT;
  // Compiled on first use: a mock restored from a state file never loads a seed.
  let checker: ReturnType<typeof createAnyClassroomSeedChecker> | undefined;
  return {
    name: 'anyclassroom',
    document,
    stateVersion: STATE_VERSION,
    toApiPath: (pathname) => (pathname === basePath || pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) || '/' : null),
    newState: newAnyClassroomState,
    loadSeed(state, seed, env) {
      checker ??= createAnyClassroomSeedChecker(document);
      loadSeed(state, seed, env, { checker, signing });
    },
    authenticate: (headers) => (tokenMatches(headers[tokenHeader]) ? null : { kind: 'Unauthorized' }),
    handle: (state, request, env) => handleRequest(state, request, env, signing),
    // Laravel binds the route's models (404) and authorizes them (403) before it validates (AC-39).
    answerBeforeValidation(state, request, env) {
      const refused = resolveRouteModels(state, request);
      return refused === null ? null : renderDomainError(refused, env);
    },
    renderError: (error, env) => renderTransportError(error, env),
  };
}
