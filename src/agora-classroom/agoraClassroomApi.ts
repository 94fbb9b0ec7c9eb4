import { loadDocument } from '../core/openapi/loadDocument.ts';
import type { ApiDescriptor } from '../core/registry/ApiDescriptor.ts';
import { AGORA_FACTS } from './facts.ts';

const { token: TOKEN, uid: UID } = AGORA_FACTS.headers;

/**
 * The Agora Flexible Classroom v2 REST API in the project's registry (`src/apiRegistry.ts`): its
 * document, where the mock serves it (`/edu/...` and `/{region}/edu/...` on port 4011), its
 * credentials (token and App ID: the token in either authentication mode, any non-empty uid; the App
 * owns the seed) and its factories. Factories import the mock,
 * client and fuzz target only when called.
 *
 * @example
 *   const { mock, credentials } = await AGORA_CLASSROOM_API.createMock({ token: process.env.AGORA_TOKEN, appId: process.env.AGORA_APP_ID });
 */
export const AGORA_CLASSROOM_API: ApiDescriptor = {
  kind: 'api',
  name: 'agora-classroom',
  title: 'Agora Flexible Classroom v2 REST API',
  shortName: 'Agora',
  label: 'Agora Flexible Classroom v2',
  root: 'openapi/agora-classroom/openapi.yaml',
  publishDocs: true,
  // The document's paths start with `/edu`; a region prefix is optional (AG-11).
  basePath: '',
  port: { flag: 'agora-port', env: 'AGORA_PORT', default: 4011 },
  seedFile: 'mocks/agora-classroom.seed.json',
  scenarioDir: 'contract/agora-classroom',
  credentials: [
    { key: 'token', env: 'AGORA_TOKEN' },
    { key: 'appId', env: 'AGORA_APP_ID', check: (value) => (obeysAppId(value) ? null : '32 hex characters') },
    // With an App Certificate the mock verifies Agora's signed tokens instead of the fixed token (AG-12).
    { key: 'appCertificate', env: 'AGORA_APP_CERTIFICATE', check: (value) => (/^[0-9a-fA-F]{32}$/.test(value) ? null : '32 hex characters') },
  ],
  authHeaders: [TOKEN, UID],
  document: () => loadDocument('agora-classroom'),

  async createMock(values) {
    const { createAgoraClassroomMock, AGORA_DEFAULTS } = await import('./mock/createAgoraClassroomMock.ts');
    const credentials = { token: values.token || AGORA_DEFAULTS.token, appId: values.appId || AGORA_DEFAULTS.appId };
    if (!values.appCertificate) return { mock: createAgoraClassroomMock(credentials), credentials };
    // Node only (node:crypto, node:zlib): loaded when a certificate asks for it.
    const { createAgoraTokenVerifier } = await import('./node/verifyAgoraToken.ts');
    const tokens = createAgoraTokenVerifier({ appId: credentials.appId, appCertificate: values.appCertificate });
    return { mock: createAgoraClassroomMock({ ...credentials, tokens }), credentials: { ...credentials, appCertificate: values.appCertificate } };
  },

  describe: (url, credentials) => [
    `Agora Flexible Classroom v2   ${url}   (/edu/... and /{${AGORA_FACTS.regions.join('|')}}/edu/...)`,
    `    app id: ${credentials.appId} (owns the seeded classrooms)`,
    credentials.appCertificate
      ? `    tokens: AccessToken2 (007) or 006 RTM tokens signed with AGORA_APP_CERTIFICATE for this App ID, in Authorization: agora token=<token> or ${TOKEN} with ${UID} (the fixed token is refused)`
      : `    headers Authorization: agora token=${credentials.token}, or ${TOKEN}: ${credentials.token} with ${UID}: any non-empty value`,
  ],

  async createClient({ origin, credentials, fetch }) {
    const { createAgoraClassroomClient } = await import('./client/createAgoraClassroomClient.ts');
    return createAgoraClassroomClient({ appId: credentials.appId ?? '', token: credentials.token ?? '', uid: credentials.uid || 'registry-client', baseUrl: origin, fetch });
  },

  async createFuzzTarget({ origin, credentials, seed, nowMs, maxHeaderBytes }) {
    const { agoraFuzzTarget } = await import('./fuzz/agoraFuzzTarget.ts');
    return agoraFuzzTarget({ origin, token: credentials.token ?? '', appId: credentials.appId ?? '', seed, nowMs, maxHeaderBytes });
  },

  async recordSession(session) {
    const { recordAgoraSession } = await import('./record/recordAgoraSession.ts');
    return recordAgoraSession(session);
  },
};

/** The document's App ID rule (`components.schemas.AppId`: pattern and length), not a copy of it. */
function obeysAppId(value: string): boolean {
  const schema = loadDocument('agora-classroom').components?.schemas?.AppId as { pattern?: string; minLength?: number; maxLength?: number } | undefined;
  if (!schema?.pattern) throw new Error('the Agora document has no AppId string schema');
  return value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? Infinity) && new RegExp(schema.pattern).test(value);
}
