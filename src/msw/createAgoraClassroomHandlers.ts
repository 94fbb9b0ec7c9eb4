import defaultSeed from '../../mocks/agora-classroom.seed.json' with { type: 'json' };
import { AGORA_DEFAULTS, createAgoraClassroomMock, type AgoraState } from '../agora-classroom/mock/createAgoraClassroomMock.ts';
import { createMswMock, type MswMock, type MswMockOptions } from '../core/mock/msw/createMswMock.ts';

/** Options of the Agora handlers: the credentials `npm start` takes, and the shared ones. */
export interface AgoraClassroomHandlersOptions extends MswMockOptions {
  /** The token requests must carry (default `agora-dev-token`, as `npm start`). */
  readonly token?: string | undefined;
  /** The App ID that owns the seeded classrooms (default `a1f3c9e27b4d4e8f9c06d5b2e7a13f48`). */
  readonly appId?: string | undefined;
}

/**
 * The stateful Agora Flexible Classroom v2 mock as MSW request handlers: the engine, document,
 * validation, seed data (`mocks/agora-classroom.seed.json`) and clock of `npm start`, answering
 * `https://api.agora.io/edu/...` and `https://api.agora.io/{cn|ap|eu|na}/edu/...` (the real host;
 * `baseUrl` changes it) and the control API, classroom activity included, on `/__mock/...` of that
 * origin.
 *
 * @example
 *   import { setupServer } from 'msw/node';
 *   const agora = createAgoraClassroomHandlers();
 *   const server = setupServer(...agora.handlers);
 *   server.listen();
 *   await agora.clock.advance(3600); // the class in progress ends on the mock's clock
 */
export function createAgoraClassroomHandlers(options: AgoraClassroomHandlersOptions = {}): MswMock<AgoraState> {
  const api = createAgoraClassroomMock({ token: options.token ?? AGORA_DEFAULTS.token, appId: options.appId ?? AGORA_DEFAULTS.appId });
  return createMswMock({ ...options, api, defaultSeed, basePath: '' });
}
