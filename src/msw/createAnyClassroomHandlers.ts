import defaultSeed from '../../mocks/anyclassroom.seed.json' with { type: 'json' };
import { ANYCLASSROOM_FACTS } from '../anyclassroom/facts.ts';
import { ANYCLASSROOM_DEFAULTS, createAnyClassroomMock, type AnyClassroomState } from '../anyclassroom/mock/createAnyClassroomMock.ts';
import { createMswMock, type MswMock, type MswMockOptions } from '../core/mock/msw/createMswMock.ts';

/** Options of the AnyClassroom handlers: the credentials `npm start` takes, and the shared ones. */
export interface AnyClassroomHandlersOptions extends MswMockOptions {
  /** The API token `X-Token-AC` must carry (default `ac-dev-token`, as `npm start`). */
  readonly token?: string | undefined;
  /** Laravel `APP_KEY` that signs the links' URLs (default: the mock's development key). */
  readonly appKey?: string | undefined;
}

/**
 * The stateful AnyClassroom API v1.2 mock as MSW request handlers: the engine, document,
 * validation, seed data (`mocks/anyclassroom.seed.json`) and clock of `npm start`, answering
 * `https://app.anyclassroom.com/api/v1/...` (the real host, so the app's production fetch code is
 * intercepted unchanged; `baseUrl` changes it) and the control API on `/__mock/...` of that origin.
 *
 * @example
 *   import { setupWorker } from 'msw/browser';
 *   const anyClassroom = createAnyClassroomHandlers({ token: 'my-test-token' });
 *   await setupWorker(...anyClassroom.handlers).start();
 *   await anyClassroom.clock.set(new Date('2026-01-05T09:00:00Z'));
 *   // the app's createAnyClassroomClient({ token: 'my-test-token' }) now talks to the mock
 */
export function createAnyClassroomHandlers(options: AnyClassroomHandlersOptions = {}): MswMock<AnyClassroomState> {
  const api = createAnyClassroomMock({ token: options.token ?? ANYCLASSROOM_DEFAULTS.token, ...(options.appKey ? { appKey: options.appKey } : {}) });
  return createMswMock({ ...options, api, defaultSeed, basePath: ANYCLASSROOM_FACTS.basePath });
}
