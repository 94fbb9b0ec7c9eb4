import type { ApiMock } from '../../core/mock/types.ts';
import { wrapPureApi, type PureState } from '../../core/mock/wrapPureApi.ts';
import { loadDocument } from '../../core/openapi/loadDocument.ts';
import { createAuthenticator } from './authenticate.ts';
import { APP_ID, obeys } from './stringRules.ts';
import { transportErrorResponse } from './errors.ts';
import { handleAgora } from './handle.ts';
import { loadSeed } from './loadSeed.ts';
import type { AgoraState } from './state.ts';
import { toApiPath } from './toApiPath.ts';

export type { AgoraState } from './state.ts';

/**
 * The credentials `npm start` uses when `AGORA_TOKEN` / `AGORA_APP_ID` are not set. The App ID is
 * the one the default seed's data belongs to.
 */
export const AGORA_DEFAULTS = {
  token: 'agora-dev-token',
  appId: 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48',
} as const;

/**
 * The stateful mock of the Agora Flexible Classroom v2 API, for the shared mock server: one App
 * (the configured App ID) whose classrooms, recordings and events live in plain JSON state.
 * Requests must carry `x-agora-token: <token>` and a non-empty `x-agora-uid`; paths are
 * `/edu/...` or `/{cn|ap|eu|na}/edu/...`, both reaching the same state.
 *
 * @example
 *   const api = createAgoraClassroomMock(AGORA_DEFAULTS);
 *   const server = createMockServer({ api, seed: defaultSeed('agora-classroom') });
 *   await fetch(`${origin}/na/edu/apps/${AGORA_DEFAULTS.appId}/v2/rooms/physics-101`, {
 *     headers: { 'x-agora-token': AGORA_DEFAULTS.token, 'x-agora-uid': 'teacher_1' },
 *   });
 */
export function createAgoraClassroomMock(config: { token: string; appId: string }): ApiMock<PureState<AgoraState>> {
  if (config.token === '') throw new Error('createAgoraClassroomMock: the token must not be empty');
  if (!obeys(APP_ID, config.appId)) throw new Error(`createAgoraClassroomMock: the App ID must be 32 hex characters, got "${config.appId}"`);
  const authenticate = createAuthenticator(config);
  return wrapPureApi({
    name: 'agora-classroom',
    document: loadDocument('agora-classroom'),
    toApiPath,
    initialState: loadSeed,
    authenticate,
    handle: handleAgora,
    renderError: transportErrorResponse,
  });
}
