import { AGORA_CLASSROOM_API } from './agora-classroom/agoraClassroomApi.ts';
import { ANYCLASSROOM_API } from './anyclassroom/anyClassroomApi.ts';
import { loadDocument } from './core/openapi/loadDocument.ts';
import type { DocumentDescriptor } from './core/registry/ApiDescriptor.ts';
import { createApiRegistry, type ApiRegistry } from './core/registry/createApiRegistry.ts';

/** The mock's control API (`/__mock/reset`, `/__mock/clock`): a document of the project, not an API. */
const MOCK_CONTROL_DOCUMENT: DocumentDescriptor = {
  kind: 'document',
  name: 'mock-control',
  title: 'Mock control API (reset, clock)',
  root: 'openapi/mock-control/openapi.yaml',
  publishDocs: true,
  document: () => loadDocument('mock-control'),
};

/**
 * The one list of the project's APIs and documents. `npm start`, the scripts (generate, lint, docs,
 * bench, fuzz, record, mock:prism), the fuzzer, the contract kit and the tests read it; redocly.yaml's
 * `apis:` is checked against it by `test/tooling/registry.test.ts`. Adding an API: its folder with a
 * descriptor (`src/<api>/<api>Api.ts`), one entry here, and an entry in redocly.yaml.
 *
 * Reading it loads no document: `npm run generate` lists the documents before `generated/` exists.
 *
 * @example
 *   for (const api of API_REGISTRY.apis) console.log(api.name, api.port.default);
 *   API_REGISTRY.documents.map((d) => d.root); // what generate bundles
 */
export const API_REGISTRY: ApiRegistry = createApiRegistry([ANYCLASSROOM_API, AGORA_CLASSROOM_API], [MOCK_CONTROL_DOCUMENT]);
