/**
 * `npm run record`: records answers of a real, sandbox or mock server through the typed clients
 * with nock's recorder, as nock definition files that the tests replay (`test/clients/recordings.test.ts`).
 *
 *   npm run record -- --api anyclassroom --base-url https://app.anyclassroom.com/api/v1 --token T
 *   npm run record -- --api agora-classroom --base-url https://api.agora.io --token T --app-id A --uid U --room math-101
 *   npm run record -- --api anyclassroom --from-seed-examples      (rewrites mocks/recordings/<api>/seed/)
 *
 * Run `npm run record -- --help` for every option.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nock from 'nock';
import { collectExamples } from '../src/core/openapi/collectExamples.ts';
import { loadDocument } from '../src/core/openapi/loadDocument.ts';
import { resolveRef } from '../src/core/openapi/resolveRef.ts';
import type { OpenApiDocument, ParameterObject } from '../src/core/openapi/types.ts';
import {
  createAgoraClassroomClient,
  createAnyClassroomClient,
  iterateAnyClassroomPages,
  validateAgoraResponses,
  validateAnyClassroomResponses,
  type ResponseViolationReport,
} from '../src/index.ts';

const HELP = `Usage: npm run record -- --api anyclassroom|agora-classroom [options]

  --base-url URL          server to record (AnyClassroom: .../api/v1; Agora: the host, region included if any)
  --token T               AnyClassroom X-Token-AC or Agora RTM token (env ANYCLASSROOM_TOKEN / AGORA_TOKEN)
  --app-id A --uid U      Agora App ID and uid (env AGORA_APP_ID, AGORA_UID)
  --room R                Agora classroom to read (getClassroom, records, events)
  --mutating              also record calls that change state: AnyClassroom creates and invalidates a temporal
                          link; Agora creates a classroom, starts/ends it, records, and polls the App's event
                          queue (which consumes events other pollers would get). Never against production data
                          you care about.
  --label NAME            sub-folder name (default <host>-<date>)
  --out DIR               output folder (default mocks/recordings/<api>/<label>)
  --no-redact             keep anydesk_password / boardToken values (redacted by default)
  --from-seed-examples    no network: write the documents' x-seed example answers to mocks/recordings/<api>/seed/
  --help`;

type Api = 'anyclassroom' | 'agora-classroom';
type Definition = Omit<nock.Definition, 'response' | 'body'> & { body?: unknown; response?: unknown };

/** Response fields that are secrets, replaced by `REDACTED` in recordings unless `--no-redact`. */
const SECRET_FIELDS = new Set(['anydesk_password', 'boardToken']);
/** Response headers dropped from recordings: per-connection, per-moment, or wrong after redaction. */
const DROPPED_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'set-cookie']);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      api: { type: 'string' },
      'base-url': { type: 'string' },
      token: { type: 'string' },
      'app-id': { type: 'string' },
      uid: { type: 'string' },
      room: { type: 'string' },
      mutating: { type: 'boolean', default: false },
      label: { type: 'string' },
      out: { type: 'string' },
      'no-redact': { type: 'boolean', default: false },
      'from-seed-examples': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return console.log(HELP);
  const api = values.api;
  if (api !== 'anyclassroom' && api !== 'agora-classroom') throw new Usage('--api must be anyclassroom or agora-classroom');
  if (values['from-seed-examples']) return writeSeedExamples(api, values.out ?? `mocks/recordings/${api}/seed`);
  const baseUrl = values['base-url'];
  if (!baseUrl) throw new Usage('--base-url is required');
  const label = values.label ?? `${new URL(baseUrl).host.replace(/[^\w.-]+/g, '_')}-${new Date().toISOString().slice(0, 10)}`;
  const out = values.out ?? `mocks/recordings/${api}/${label}`;
  const env = process.env;
  const token = values.token ?? (api === 'anyclassroom' ? env.ANYCLASSROOM_TOKEN : env.AGORA_TOKEN);
  if (!token) throw new Usage('--token (or the environment variable) is required');
  const session = { baseUrl, token, mutating: values.mutating, appId: values['app-id'] ?? env.AGORA_APP_ID, uid: values.uid ?? env.AGORA_UID, room: values.room };
  return record(api, session, out, !values['no-redact']);
}

interface Session {
  readonly baseUrl: string;
  readonly token: string;
  readonly mutating: boolean;
  readonly appId: string | undefined;
  readonly uid: string | undefined;
  readonly room: string | undefined;
}

async function record(api: Api, session: Session, out: string, redact: boolean): Promise<void> {
  const violations: ResponseViolationReport[] = [];
  const onViolation = (report: ResponseViolationReport) => violations.push(report);
  nock.recorder.rec({ output_objects: true, dont_print: true });
  try {
    if (api === 'anyclassroom') await recordAnyClassroom(session, onViolation);
    else await recordAgora(session, onViolation);
    // The recorder stores an answer asynchronously after the caller has it.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    nock.restore();
  }
  const definitions = (nock.recorder.play() as Definition[]).map((d) => clean(d, redact));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  definitions.forEach((definition, i) => {
    const name = `${String(i + 1).padStart(2, '0')}-${definition.method?.toLowerCase()}-${definition.status}.json`;
    writeFileSync(`${out}/${name}`, `${JSON.stringify([definition], null, 2)}\n`);
  });
  console.log(`Recorded ${definitions.length} answers into ${out}/`);
  for (const v of violations) console.warn(`warning: ${v.method} ${v.url} ${v.status} breaks the document: ${v.violations.map((x) => `${x.path} ${x.message}`).join('; ')}`);
}

async function recordAnyClassroom(session: Session, onViolation: (r: ResponseViolationReport) => void): Promise<void> {
  const client = createAnyClassroomClient({ token: session.token, baseUrl: session.baseUrl, retry: false });
  client.use(validateAnyClassroomResponses({ onViolation }));
  const devices = await iterateAnyClassroomPages(client, '/devices', { perPage: 5 }).next();
  const device = devices.value?.data[0];
  if (device) {
    await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: device.anydesk_id } } });
    await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: device.anydesk_alias } } });
    await client.GET('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: device.anydesk_id }, query: { per_page: 5 } } });
  }
  await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '0' } } });
  const classrooms = await client.GET('/classrooms', { params: { query: { per_page: 5 } } });
  const classroom = classrooms.data?.data[0];
  if (classroom) await client.GET('/classrooms/{classroomId}/devices', { params: { path: { classroomId: classroom.id }, query: { per_page: 5 } } });
  if (session.mutating && device) {
    const now = Math.floor(Date.now() / 1000);
    const created = await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: device.anydesk_id } }, body: { until_time: now + 600 } });
    const token = created.data?.data.token;
    if (token) {
      await client.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token } } });
      await client.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token } } });
    }
  }
}

async function recordAgora(session: Session, onViolation: (r: ResponseViolationReport) => void): Promise<void> {
  if (!session.appId || !session.uid) throw new Usage('--app-id and --uid (or AGORA_APP_ID, AGORA_UID) are required for Agora');
  const client = createAgoraClassroomClient({ appId: session.appId, token: session.token, uid: session.uid, baseUrl: session.baseUrl, retry: false });
  client.use(validateAgoraResponses({ onViolation }));
  const appId = client.appId;
  const readRoom = async (roomUuid: string) => {
    await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId, roomUuid } } });
    await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/records', { params: { path: { appId, roomUuid } } });
    await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/sequences', { params: { path: { appId, roomUuid } } });
  };
  await client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId, roomUuid: `no-such-room-${Date.now()}` } } });
  if (session.room) await readRoom(session.room);
  if (!session.mutating) return;
  const roomUuid = `recorded-${Date.now()}`;
  const schedule = { startTime: Date.now(), duration: 1800, closeDelay: 60 };
  await client.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId, roomUuid } }, body: { roomName: 'Recorded by npm run record', roomType: 4, roomProperties: { schedule } } });
  await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId, roomUuid, state: 1 } } });
  await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/records/states/{state}', { params: { path: { appId, roomUuid, state: 1 } } });
  await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/records/states/{state}', { params: { path: { appId, roomUuid, state: 0 } } });
  await readRoom(roomUuid);
  await client.GET('/edu/polling/apps/{appId}/v2/rooms/sequences', { params: { path: { appId } } });
  await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId, roomUuid, state: 2 } } });
  await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId, roomUuid, state: 1 } } });
}

/** Redacts secrets and drops headers that would make a replay wrong or a diff noisy. */
function clean(definition: Definition, redact: boolean): Definition {
  const rawHeaders = Object.fromEntries(Object.entries(definition.rawHeaders ?? {}).filter(([name]) => !DROPPED_HEADERS.has(name.toLowerCase())));
  const { reqheaders: _dropped, ...rest } = definition;
  return { ...rest, ...(definition.body === '' ? { body: undefined } : {}), response: redact ? redactSecrets(definition.response) : definition.response, rawHeaders };
}

function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_FIELDS.has(k) && typeof v === 'string' ? 'REDACTED' : redactSecrets(v)]));
}

/**
 * Writes every response example that reproduces the seed document (`x-seed`) as a nock definition
 * on the production host, one file per example, named after the example component. The request is
 * built from the operation's parameter examples; a create carries the seed's request body.
 */
function writeSeedExamples(api: Api, out: string): void {
  const doc = loadDocument(api);
  const server = new URL(doc.servers?.[0]?.url ?? '');
  const examples = collectExamples(doc);
  const requestBody = (operationId: string) => examples.find((e) => e.operationId === operationId && e.where === 'request' && e.example['x-seed'])?.example.value;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let written = 0;
  for (const e of examples) {
    if (!e.example['x-seed'] || e.where === 'request') continue;
    const { method, path } = exampleRequest(doc, e.operationId);
    const body = requestBody(e.operationId);
    const definition: Definition = {
      scope: server.origin,
      method: method.toUpperCase(),
      path: `${server.pathname.replace(/\/$/, '')}${path}`,
      ...(body === undefined ? {} : { body }),
      status: Number(e.where),
      response: e.example.value,
      rawHeaders: { 'content-type': 'application/json' },
    };
    writeFileSync(`${out}/${e.component ?? e.name}.json`, `${JSON.stringify([definition], null, 2)}\n`);
    written++;
  }
  console.log(`Wrote ${written} seed example answers into ${out}/`);
}

function exampleRequest(doc: OpenApiDocument, operationId: string): { method: string; path: string } {
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (typeof op !== 'object' || op === null || !('operationId' in op) || op.operationId !== operationId) continue;
      const params = [...(item.parameters ?? []), ...((op as { parameters?: unknown[] }).parameters ?? [])].map((p) =>
        resolveRef<ParameterObject & { example?: unknown; examples?: Record<string, { value: unknown }> }>(doc, p as ParameterObject),
      );
      const value = (name: string) => {
        const p = params.find((x) => x.in === 'path' && x.name === name);
        return String(p?.example ?? Object.values(p?.examples ?? {})[0]?.value ?? name);
      };
      return { method, path: template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(value(name))) };
    }
  }
  throw new Error(`no operation ${operationId}`);
}

class Usage extends Error {}

main().catch((error: unknown) => {
  console.error(error instanceof Usage ? `error: ${error.message}\n\n${HELP}` : error);
  process.exit(error instanceof Usage ? 2 : 1);
});
