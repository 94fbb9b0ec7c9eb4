import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Definition } from 'nock';
import { createAgoraClassroomClient } from '../../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { validateAgoraResponses } from '../../../src/agora-classroom/client/validateAgoraResponses.ts';
import { createAnyClassroomClient } from '../../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { validateAnyClassroomResponses } from '../../../src/anyclassroom/client/validateAnyClassroomResponses.ts';
import { compileOperations, type CompiledOperation } from '../../../src/core/http/compileOperations.ts';
import { loadDocument } from '../../../src/core/openapi/loadDocument.ts';

export type RecordedApi = 'anyclassroom' | 'agora-classroom';

/** A nock definition as `scripts/record.ts` writes it (JSON: the response is parsed JSON). */
export type Recording = Definition & { method: string; status: number; response?: unknown; body?: unknown };

/** Every `*.json` file under `dir`, recursively, with its definitions. */
export function readRecordings(dir: string): { file: string; definitions: Recording[] }[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) files.push(full);
    }
  };
  walk(dir);
  return files.map((file) => ({ file, definitions: JSON.parse(readFileSync(file, 'utf8')) as Recording[] }));
}

const routes = { anyclassroom: compileOperations(loadDocument('anyclassroom'), 'anyclassroom'), 'agora-classroom': compileOperations(loadDocument('agora-classroom'), 'agora-classroom') };

/** The API's base path in a recorded URL: `/api/v1` for AnyClassroom, an optional region for Agora. */
function splitBase(api: RecordedApi, pathname: string): { base: string; rest: string } {
  const match = api === 'anyclassroom' ? /^(\/api\/v1)(\/.*)$/.exec(pathname) : /^((?:\/(?:cn|ap|eu|na))?)(\/edu\/.*)$/.exec(pathname);
  if (!match) throw new Error(`${pathname} is not under the ${api} base path`);
  return { base: match[1] ?? '', rest: match[2] ?? '' };
}

export interface RoutedRecording {
  readonly operation: CompiledOperation;
  readonly baseUrl: string;
  readonly pathParams: Record<string, string>;
  readonly query: Record<string, string>;
}

/** Finds the operation a recorded request was made for, with the document's router. */
export function routeRecording(api: RecordedApi, definition: Recording): RoutedRecording {
  const url = new URL(String(definition.path), String(definition.scope));
  const { base, rest } = splitBase(api, url.pathname);
  const routed = routes[api].route(definition.method.toUpperCase(), rest);
  if (routed.kind !== 'match') throw new Error(`${definition.method} ${url.pathname}: no operation (${routed.kind})`);
  return { operation: routed.match.operation, baseUrl: `${url.origin}${base}`, pathParams: routed.match.params, query: Object.fromEntries(url.searchParams) };
}

/** Violations of a recorded answer against its operation's declared response. */
export function recordingViolations(api: RecordedApi, definition: Recording) {
  const { operation } = routeRecording(api, definition);
  const headers = (definition.rawHeaders ?? {}) as Record<string, string>;
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  return operation.validateResponse(definition.status, contentType, definition.response);
}

type LooseRequest = (method: string, path: string, init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Makes the recorded request again through the API's typed client (global `fetch`, which nock
 * answers from the recording), with the response-validation middleware on, and returns the result.
 */
export async function replayThroughClient(api: RecordedApi, definition: Recording) {
  const { operation, baseUrl, pathParams, query } = routeRecording(api, definition);
  const client =
    api === 'anyclassroom'
      ? createAnyClassroomClient({ token: 'replay-token', baseUrl, retry: false })
      : createAgoraClassroomClient({ appId: pathParams.appId ?? '', token: 'replay-token', uid: 'replay', baseUrl, retry: false });
  client.use(api === 'anyclassroom' ? validateAnyClassroomResponses() : validateAgoraResponses());
  const request = client.request as unknown as LooseRequest;
  return request(operation.method.toLowerCase(), operation.pathTemplate, {
    params: { path: pathParams, query },
    ...(definition.body === undefined ? {} : { body: definition.body }),
  });
}
