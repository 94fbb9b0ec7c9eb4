import { loadDocument } from '../core/openapi/loadDocument.ts';
import type { ApiDescriptor } from '../core/registry/ApiDescriptor.ts';
import { ANYCLASSROOM_FACTS } from './facts.ts';

const TOKEN = ANYCLASSROOM_FACTS.headers.token;

/**
 * The AnyClassroom API v1.2 in the project's registry (`src/apiRegistry.ts`): its document, where the
 * mock serves it (`/api/v1` on port 4010), its credentials and its factories. Factories import the
 * mock, client and fuzz target only when called.
 *
 * @example
 *   const { mock, credentials } = await ANYCLASSROOM_API.createMock({ token: process.env.ANYCLASSROOM_TOKEN });
 */
export const ANYCLASSROOM_API: ApiDescriptor = {
  kind: 'api',
  name: 'anyclassroom',
  title: 'AnyClassroom API v1.2',
  shortName: 'AnyClassroom',
  label: 'AnyClassroom API v1.2',
  root: 'openapi/anyclassroom/openapi.yaml',
  publishDocs: true,
  basePath: ANYCLASSROOM_FACTS.basePath,
  port: { flag: 'anyclassroom-port', env: 'ANYCLASSROOM_PORT', default: 4010 },
  seedFile: 'mocks/anyclassroom.seed.json',
  scenarioDir: 'contract/anyclassroom',
  credentials: [{ key: 'token', env: 'ANYCLASSROOM_TOKEN' }],
  authHeaders: [TOKEN],
  document: () => loadDocument('anyclassroom'),

  async createMock(values) {
    const { createAnyClassroomMock, ANYCLASSROOM_DEFAULTS } = await import('./mock/createAnyClassroomMock.ts');
    const token = values.token || ANYCLASSROOM_DEFAULTS.token;
    return { mock: createAnyClassroomMock({ token }), credentials: { token } };
  },

  describe: (url, credentials) => [`AnyClassroom API v1.2   ${url}`, `    header ${TOKEN}: ${credentials.token}`],

  async createClient({ origin, credentials, fetch }) {
    const { createAnyClassroomClient } = await import('./client/createAnyClassroomClient.ts');
    return createAnyClassroomClient({ token: credentials.token ?? '', baseUrl: `${origin}${ANYCLASSROOM_FACTS.basePath}`, fetch });
  },

  async createFuzzTarget({ origin, credentials, seed, nowMs, maxHeaderBytes }) {
    const { anyClassroomFuzzTarget } = await import('./fuzz/anyClassroomFuzzTarget.ts');
    return anyClassroomFuzzTarget({ origin, token: credentials.token ?? '', seed, nowMs, maxHeaderBytes });
  },

  async recordSession(session) {
    const { recordAnyClassroomSession } = await import('./record/recordAnyClassroomSession.ts');
    return recordAnyClassroomSession(session);
  },
};
