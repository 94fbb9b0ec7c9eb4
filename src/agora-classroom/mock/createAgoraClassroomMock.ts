import type { ApiMock } from '../../core/mock/types.ts';
import { applyDueMoments } from './applyDueMoments.ts';
import { createAuthenticator, fixedTokens, type TokenCheck } from './authenticate.ts';
import { createControlOperations } from './controlOperations.ts';
import { handleRequest } from './handleRequest.ts';
import { loadSeed } from './loadSeed.ts';
import { renderTransportError } from './renderError.ts';
import { createAgoraSeedChecker, type AgoraSeedChecker } from './seedSchema.ts';
import { newAgoraState, type AgoraState } from './state.ts';
import { obeys, readStringRule } from './stringRules.ts';
import { toApiPath } from './toApiPath.ts';
import { AGORA_CLASSROOM_DOCUMENT } from '../agoraClassroomDocument.ts';

export type { AgoraState } from './state.ts';
export type { TokenCheck } from './authenticate.ts';

/**
 * The credentials `npm start` uses when `AGORA_TOKEN` / `AGORA_APP_ID` are not set. The App ID is
 * the one the default seed's data belongs to.
 */
export const AGORA_DEFAULTS = {
  token: 'agora-dev-token',
  appId: 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48',
} as const;

/** Version of the tables' format in a state file (the row types of `state.ts`; 2: users, the room's life on the clock). */
const STATE_VERSION = 2;

/**
 * The seed checker, compiled on first use (a mock restored from a state file never loads a seed) and
 * shared by every mock of the process: compiling the document's schemas costs about 100 ms, and
 * every mock reads the same document. (The test suite starts a mock per test.)
 */
let sharedChecker: AgoraSeedChecker | undefined;

/**
 * The stateful mock of the Agora Flexible Classroom v2 API, for the shared mock server: one App
 * (the configured App ID, which owns the seeded classrooms whatever ID the seed was captured under,
 * AG-46) whose classrooms, users, recordings, widgets and events live in the tables of `AgoraState`.
 * Requests carry the configured token as `Authorization: agora token=<token>` or as `x-agora-token`
 * with a non-empty `x-agora-uid` (AG-12); with `tokens` (an App Certificate's verifier,
 * `createAgoraTokenVerifier` in `../node/`) the token must be one Agora would accept instead of the
 * fixed one. Any other App ID is 401 (AG-10). Paths are `/edu/...` or `/{cn|ap|eu|na}/edu/...`, both
 * reaching the same state. Its control operations are the classroom activity of the mock-control
 * document (AG-60); a clock change applies what became due (AG-45). The one Agora module that reads
 * the document and the configuration; the domain gets what it needs from here.
 *
 * @example
 *   const api = createAgoraClassroomMock(AGORA_DEFAULTS);
 *   const server = createMockServer({ api, seed: defaultSeed('agora-classroom') });
 *   await fetch(`${origin}/na/edu/apps/${AGORA_DEFAULTS.appId}/v2/rooms/physics-101`, {
 *     headers: { 'x-agora-token': AGORA_DEFAULTS.token, 'x-agora-uid': 'teacher_1' },
 *   });
 */
export function createAgoraClassroomMock(config: { token: string; appId: string; tokens?: TokenCheck | undefined }): ApiMock<AgoraState> {
  const document = AGORA_CLASSROOM_DOCUMENT;
  const appIdRule = readStringRule(document, 'AppId');
  if (config.token === '') throw new Error('createAgoraClassroomMock: the token must not be empty');
  if (!obeys(appIdRule, config.appId)) throw new Error(`createAgoraClassroomMock: the App ID must be 32 hex characters, got "${config.appId}"`);
  const authenticate = createAuthenticator(config, config.tokens ?? fixedTokens(config.token));
  return {
    name: 'agora-classroom',
    document,
    stateVersion: STATE_VERSION,
    // Every answer prints `ts`, and every request first applies what has become due: no read is a
    // function of the URL and the state alone (MK-10).
    readsMayBeRemembered: false,
    toApiPath,
    newState: newAgoraState,
    loadSeed(state, seed, env) {
      sharedChecker ??= createAgoraSeedChecker(document);
      loadSeed(state, seed, env, { checker: sharedChecker, appId: config.appId });
    },
    authenticate,
    handle: handleRequest,
    renderError: renderTransportError,
    controlOperations: createControlOperations(config.appId),
    clockChanged: (state, env) => {
      applyDueMoments(state, env.nowMs);
    },
  };
}
