import type { Client } from 'openapi-fetch';
import type { FuzzTarget } from '../fuzz/types.ts';
import type { ApiMock } from '../mock/types.ts';
import type { OpenApiDocument } from '../openapi/types.ts';
import type { RecordSession } from './RecordSession.ts';

/**
 * One OpenAPI document of the project: what `npm run generate`, `npm run lint` and `npm run docs`
 * work on. Plain data plus lazy loaders: listing documents reads no file, because `npm run generate`
 * lists them before `generated/` exists.
 *
 * @example
 *   const control: DocumentDescriptor = { kind: 'document', name: 'mock-control', title: 'Mock control API (reset, clock)',
 *     root: 'openapi/mock-control/openapi.yaml', publishDocs: true, document: () => loadDocument('mock-control') };
 */
export interface DocumentDescriptor {
  /** `'api'` for an API the mock serves, `'document'` for a document that is not one (the mock's control API). */
  readonly kind: 'api' | 'document';
  /** Key in redocly.yaml `apis:` and the stem of every generated file (`generated/<name>.openapi.json`). */
  readonly name: string;
  /** Human title: the docs index and the page title. */
  readonly title: string;
  /** The multi-file source document, relative to the repository root. */
  readonly root: string;
  /** Whether `npm run docs` publishes reference docs for it. */
  readonly publishDocs: boolean;
  /** The bundled document (`generated/<name>.openapi.json`), read when called. */
  document(): OpenApiDocument;
}

/**
 * A credential the mock of an API accepts: read from the environment variable `env` when set,
 * otherwise the mock's development default.
 */
export interface CredentialSetting {
  /** The key in `credentials` objects (`token`, `appId`). */
  readonly key: string;
  /** The environment variable that sets it (`ANYCLASSROOM_TOKEN`). */
  readonly env: string;
  /**
   * Checks a value taken from the environment: `null` when it is usable, else what it must be
   * (`'32 hex characters'`), for the start-up error `AGORA_APP_ID must be 32 hex characters, got "x"`.
   */
  readonly check?: (value: string) => string | null;
}

/** Where and how the parts of a running API are reached, as the registry's factories take it. */
export interface ApiConnection {
  /** The mock's (or server's) origin: `http://127.0.0.1:4010`. */
  readonly origin: string;
  /** Credential values by `CredentialSetting.key`. */
  readonly credentials: Readonly<Record<string, string>>;
}

/** An openapi-fetch client of any document: the registry's `createClient` erases the API's own `paths` (each API's factory returns its typed client). */
export type AnyApiClient = Client<any, 'application/json'>;

/**
 * One API of the project as every tool sees it: its document, where the mock serves it, its mock,
 * client and fuzz target factories, default seed and contract scenarios. Each API folder exports one
 * (`src/<api>/<api>Api.ts`); `src/apiRegistry.ts` lists them. Factories import their modules when
 * called, so that reading the registry loads no mock, client or document.
 *
 * @example
 *   const api = API_REGISTRY.api('anyclassroom');
 *   const { mock, credentials } = await api.createMock({ token: process.env.ANYCLASSROOM_TOKEN });
 *   createMockServer({ api: mock, seed: readSeed(api) }).listen(api.port.default);
 */
export interface ApiDescriptor extends DocumentDescriptor {
  readonly kind: 'api';
  /** Short name for banners and help (`AnyClassroom`). */
  readonly shortName: string;
  /** Banner label; `npm start` prints `<label>   <url>` (`AnyClassroom API v1.2`). */
  readonly label: string;
  /** The path the API hangs under on the mock and on the real host (`/api/v1`; `''` for Agora). */
  readonly basePath: string;
  /** The mock's port: the `npm start` flag (`--anyclassroom-port`), its environment variable and default. */
  readonly port: { readonly flag: string; readonly env: string; readonly default: number };
  /** The default seed data set, relative to the repository root (`mocks/anyclassroom.seed.json`). */
  readonly seedFile: string;
  /** The contract scenarios (`contract/anyclassroom`), relative to the repository root. */
  readonly scenarioDir: string;
  /** The credentials its mock accepts, in the order the banner and help print them. */
  readonly credentials: readonly CredentialSetting[];
  /** Header names a reader of its reference docs must find on the landing view (authentication). */
  readonly authHeaders: readonly string[];
  /**
   * Builds the API's mock from credential values (unset ones take the mock's development defaults)
   * and returns it with the credentials it accepts.
   */
  createMock(values: Readonly<Record<string, string | undefined>>): Promise<{ readonly mock: ApiMock; readonly credentials: Readonly<Record<string, string>> }>;
  /** The lines `npm start` prints for it: the URL and the credentials to send. */
  describe(url: string, credentials: Readonly<Record<string, string>>): readonly string[];
  /** Its typed client (erased), pointed at a running server. */
  createClient(connection: ApiConnection & { readonly fetch?: typeof fetch }): Promise<AnyApiClient>;
  /** Its running mock as a fuzz target, with ids drawn from the seed data set the mock started from. */
  createFuzzTarget(connection: ApiConnection & { readonly seed: unknown; readonly nowMs?: number; readonly maxHeaderBytes?: number }): Promise<FuzzTarget>;
  /** `npm run record`'s calls against a server (throws `RecordUsageError` when an option it needs is missing). */
  recordSession(session: RecordSession): Promise<void>;
}
