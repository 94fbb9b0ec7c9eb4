/**
 * A consumer of the package, written only against its entry point, as a frontend or backend team
 * would write it. `consumer.test.ts` type-checks it under `strict` twice (here, and against the
 * built package imported by name) and runs it against the mocks; run it by hand against `npm start`:
 *
 *   npm start &   npx tsx test/clients/consumer/consumer.ts
 */
import { pathToFileURL } from 'node:url';
import {
  AgoraClassEndedError,
  AnyClassroomNotFoundError,
  createAgoraClassroomClient,
  createAnyClassroomClient,
  isAgoraEvent,
  isValidationErrorOf,
  iterateAnyClassroomItems,
  iterateRecordings,
  pollClassroomEvents,
  unwrapAgora,
  unwrapAnyClassroom,
  validateAgoraResponses,
  validateAnyClassroomResponses,
  type AgoraEvent,
} from '../../../src/index.ts';

export interface ConsumerConfig {
  readonly anyClassroomUrl: string;
  readonly anyClassroomToken: string;
  readonly agoraUrl: string;
  readonly agoraToken: string;
  readonly agoraAppId: string;
}

export interface ConsumerSummary {
  readonly devices: number;
  readonly firstAlias: string;
  readonly missingDevice: string;
  readonly perPageField: readonly string[];
  readonly recordings: number;
  readonly classState: number;
  readonly endedCode: number;
  readonly polled: readonly string[];
}

/** Uses every client and helper once, against the servers in `config`. */
export async function runConsumer(config: ConsumerConfig): Promise<ConsumerSummary> {
  const any = createAnyClassroomClient({ token: config.anyClassroomToken, baseUrl: config.anyClassroomUrl });
  any.use(validateAnyClassroomResponses());

  let devices = 0;
  let firstAlias = '';
  for await (const device of iterateAnyClassroomItems(any, '/devices')) {
    if (devices++ === 0) firstAlias = device.anydesk_alias;
  }

  let missingDevice = '';
  try {
    unwrapAnyClassroom(await any.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } }));
  } catch (error) {
    if (error instanceof AnyClassroomNotFoundError) missingDevice = `${error.status} ${error.code} ${error.body.message}`;
  }

  let perPageField: readonly string[] = [];
  try {
    // A page size below 1 is refused (there is no upper bound: DECISIONS AC-9).
    for await (const _ of iterateAnyClassroomItems(any, '/classrooms', { perPage: 0 })) break;
  } catch (error) {
    if (isValidationErrorOf(error, 'listClassrooms')) perPageField = error.fields.per_page ?? [];
  }

  const agora = createAgoraClassroomClient({ appId: config.agoraAppId, token: config.agoraToken, uid: 'consumer-1', baseUrl: config.agoraUrl });
  agora.use(validateAgoraResponses());

  let recordings = 0;
  for await (const _ of iterateRecordings(agora, { roomUuid: 'study-marathon-2025' })) recordings++;

  const roomUuid = `consumer-${Date.now()}`;
  const room = { appId: agora.appId, roomUuid };
  unwrapAgora(
    await agora.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', {
      params: { path: room },
      body: { roomName: 'Consumer check', roomType: 4, roomProperties: { schedule: { startTime: Date.now(), duration: 600, closeDelay: 600 } } },
    }),
  );
  for (const state of [1, 2] as const) unwrapAgora(await agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { ...room, state } } }));
  const { data: classroom } = unwrapAgora(await agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: room } }));

  let endedCode = 0;
  try {
    unwrapAgora(await agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { ...room, state: 1 } } }));
  } catch (error) {
    if (error instanceof AgoraClassEndedError) endedCode = error.code;
  }

  const polled: string[] = [];
  const stop = new AbortController();
  for await (const event of pollClassroomEvents(agora, { intervalMs: 50, signal: stop.signal })) {
    if (event.roomUuid === roomUuid) polled.push(describe(event));
    if (polled.length === 2) stop.abort();
  }

  return { devices, firstAlias, missingDevice, perPageField, recordings, classState: classroom.state, endedCode, polled };
}

function describe(event: AgoraEvent): string {
  return isAgoraEvent(event, 1) ? `class state ${event.data.state}` : `cmd ${event.cmd}`;
}

/** Calls that must not compile; never run. If the package's types degraded to `any`, these directives would fail. */
export function wrongCalls(): void {
  const any = createAnyClassroomClient({ token: 't' });
  const agora = createAgoraClassroomClient({ appId: 'a', token: 't', uid: 'u' });
  // @ts-expect-error per_page is an integer
  void any.GET('/devices', { params: { query: { per_page: 'ten' } } });
  // @ts-expect-error unknown path
  void any.GET('/devicez');
  // @ts-expect-error until_time is required
  void any.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '1' } }, body: {} });
  // @ts-expect-error class state 7 does not exist
  void agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: 'a', roomUuid: 'r', state: 7 } } });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const env = process.env;
  const summary = await runConsumer({
    anyClassroomUrl: env.ANYCLASSROOM_URL ?? 'http://127.0.0.1:4010/api/v1',
    anyClassroomToken: env.ANYCLASSROOM_TOKEN ?? 'ac-dev-token',
    agoraUrl: env.AGORA_URL ?? 'http://127.0.0.1:4011',
    agoraToken: env.AGORA_TOKEN ?? 'agora-dev-token',
    agoraAppId: env.AGORA_APP_ID ?? 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48',
  });
  console.log(JSON.stringify(summary, null, 2));
}
