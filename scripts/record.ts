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
import { resolveRef } from '../src/core/openapi/resolveRef.ts';
import type { OpenApiDocument, ParameterObject } from '../src/core/openapi/types.ts';
import { API_REGISTRY } from '../src/apiRegistry.ts';
import type { ResponseViolationReport } from '../src/core/client/ResponseValidationError.ts';
import type { ApiDescriptor } from '../src/core/registry/ApiDescriptor.ts';
import { RecordUsageError } from '../src/core/registry/RecordSession.ts';

const API_NAMES = API_REGISTRY.apis.map((api) => api.name);
const HELP = `Usage: npm run record -- --api ${API_NAMES.join('|')} [options]

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
  const api = API_REGISTRY.findApi(values.api ?? '');
  if (!api) throw new Usage(`--api must be ${API_NAMES.join(' or ')}`);
  if (values['from-seed-examples']) return writeSeedExamples(api, values.out ?? `mocks/recordings/${api.name}/seed`);
  const baseUrl = values['base-url'];
  if (!baseUrl) throw new Usage('--base-url is required');
  const label = values.label ?? `${new URL(baseUrl).host.replace(/[^\w.-]+/g, '_')}-${new Date().toISOString().slice(0, 10)}`;
  const out = values.out ?? `mocks/recordings/${api.name}/${label}`;
  // A flag wins; else the API's own environment variable for that credential (ANYCLASSROOM_TOKEN, AGORA_APP_ID).
  const fromEnv = (key: string) => {
    const setting = api.credentials.find((c) => c.key === key);
    return setting ? process.env[setting.env] || undefined : undefined;
  };
  const credentials = { token: values.token ?? fromEnv('token'), appId: values['app-id'] ?? fromEnv('appId'), uid: values.uid ?? fromEnv('uid') };
  if (!credentials.token) throw new Usage('--token (or the environment variable) is required');
  return record(api, { baseUrl, credentials, mutating: values.mutating, room: values.room }, out, !values['no-redact']);
}

async function record(api: ApiDescriptor, session: { baseUrl: string; credentials: Record<string, string | undefined>; mutating: boolean; room: string | undefined }, out: string, redact: boolean): Promise<void> {
  const violations: ResponseViolationReport[] = [];
  const onViolation = (report: ResponseViolationReport) => violations.push(report);
  nock.recorder.rec({ output_objects: true, dont_print: true });
  try {
    await api.recordSession({ ...session, onViolation });
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
function writeSeedExamples(api: ApiDescriptor, out: string): void {
  const doc = api.document();
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
  const usage = error instanceof Usage || error instanceof RecordUsageError;
  console.error(usage ? `error: ${(error as Error).message}\n\n${HELP}` : error);
  process.exit(usage ? 2 : 1);
});
