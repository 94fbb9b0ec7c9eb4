import { readFileSync } from 'node:fs';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAgoraClassroomClient } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { iterateRecordings } from '../../src/agora-classroom/client/iterateRecordings.ts';
import { pollClassroomEvents } from '../../src/agora-classroom/client/pollClassroomEvents.ts';
import { unwrapAgora } from '../../src/agora-classroom/client/unwrapAgora.ts';
import { createAnyClassroomClient } from '../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { AnyClassroomAlreadyInvalidatedError } from '../../src/anyclassroom/client/errors.ts';
import { iterateAnyClassroomItems } from '../../src/anyclassroom/client/iterateAnyClassroomItems.ts';
import { unwrapAnyClassroom } from '../../src/anyclassroom/client/unwrapAnyClassroom.ts';
import { collectExamples } from '../../src/core/openapi/collectExamples.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';
import { readRecordings, recordingViolations, replayThroughClient, type RecordedApi, type Recording } from './support/replay.ts';

const APIS: RecordedApi[] = ['anyclassroom', 'agora-classroom'];
const recordingsOf = (api: RecordedApi) => readRecordings(new URL(`../../mocks/recordings/${api}`, import.meta.url).pathname);
const seedFile = (api: RecordedApi, name: string) => new URL(`../../mocks/recordings/${api}/seed/${name}.json`, import.meta.url).pathname;
const define = (definitions: Recording[]) => nock.define(definitions as nock.Definition[]);

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => {
  nock.enableNetConnect();
  nock.restore();
});

describe.each(APIS)('%s seed example recordings', (api) => {
  const seeds = collectExamples(loadDocument(api)).filter((e) => e.example['x-seed'] !== undefined && e.where !== 'request');
  const files = recordingsOf(api).filter((r) => r.file.includes('/seed/'));

  it('holds one recording per example answer printed in the seed, equal to it (regenerate: npm run record -- --api API --from-seed-examples)', () => {
    expect(files.map((f) => f.file.replace(/^.*\/seed\//, '').replace(/\.json$/, '')).sort()).toEqual(seeds.map((e) => e.component ?? e.name).sort());
    for (const e of seeds) {
      const [definition] = files.find((f) => f.file.endsWith(`/seed/${e.component ?? e.name}.json`))?.definitions ?? [];
      expect(definition, e.component).toMatchObject({ status: Number(e.where), response: e.example.value });
      expect(definition?.scope, e.component).toBe(api === 'anyclassroom' ? 'https://app.anyclassroom.com' : 'https://api.agora.io');
    }
  });
});

describe.each(APIS)('%s recordings', (api) => {
  const all = recordingsOf(api).flatMap(({ file, definitions }) => definitions.map((d, i) => [`${file.replace(/^.*\/mocks\/recordings\//, '')}#${i}`, d] as const));

  it.each(all)('%s validates against the document', (_name, definition) => {
    expect(recordingViolations(api, definition)).toEqual([]);
  });

  it.each(all)('%s replays through the typed client (nock, native fetch) to the recorded answer', async (_name, definition) => {
    define([definition]);
    const result = await replayThroughClient(api, definition);
    expect(result.response.status).toBe(definition.status);
    expect(result.response.ok ? result.data : result.error).toEqual(definition.response);
    expect(nock.isDone()).toBe(true);
  });
});

describe('seed answers through the helpers', () => {
  const seed = (api: RecordedApi, name: string) => JSON.parse(readFileSync(seedFile(api, name), 'utf8')) as Recording[];
  const agora = () => createAgoraClassroomClient({ appId: '0123456789abcdef0123456789abcdef', token: 't', uid: 'u', retry: false });

  it('iterateRecordings reads the seed\'s record list as the last batch (it has no nextId)', async () => {
    define(seed('agora-classroom', 'ListRecordingsSeed'));
    const ids: string[] = [];
    for await (const r of iterateRecordings(agora(), { roomUuid: 'test_class' })) ids.push(r.recordId);
    expect(ids).toEqual(['xxxxxx']);
  });

  it('pollClassroomEvents yields the seed\'s one polled event', async () => {
    define(seed('agora-classroom', 'PollEventsSeed'));
    const controller = new AbortController();
    for await (const event of pollClassroomEvents(agora(), { signal: controller.signal })) {
      expect(event).toEqual({ roomUuid: 'xxxxxx', cmd: 20, sequence: 1, version: 1, data: {} });
      controller.abort();
    }
    expect(nock.isDone()).toBe(true);
  });

  it('unwrapAgora returns the seed\'s set-recording-state answer, which has no msg', async () => {
    define(seed('agora-classroom', 'SetRecordingStateSeed'));
    const client = agora();
    const body = unwrapAgora(await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/records/states/{state}', { params: { path: { appId: client.appId, roomUuid: 'test_class', state: 1 } } }));
    expect(body.code).toBe(0);
    expect(body.msg).toBeUndefined();
  });

  it('iterateAnyClassroomItems reads the seed\'s classroom list', async () => {
    // The iterator asks for `?page=1` explicitly; the seed's request had no query.
    const [recorded] = seed('anyclassroom', 'ClassroomListSeed');
    nock(String(recorded?.scope)).get(String(recorded?.path)).query({ page: '1' }).reply(200, recorded?.response as nock.Body);
    const names: string[] = [];
    for await (const c of iterateAnyClassroomItems(createAnyClassroomClient({ token: 't' }), '/classrooms')) names.push(c.name);
    expect(names).toEqual(['Room example 1', 'Room example 2']);
  });

  it('unwrapAnyClassroom throws the seed\'s "already invalidated" 422 as AnyClassroomAlreadyInvalidatedError', async () => {
    define(seed('anyclassroom', 'TemporalAccessAlreadyInvalidatedSeed'));
    const client = createAnyClassroomClient({ token: 't' });
    const result = await client.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token: '66b8ae29-ca3e-4505-a7a5-c2075b1366de' } } });
    expect(() => unwrapAnyClassroom(result)).toThrow(AnyClassroomAlreadyInvalidatedError);
    expect(() => unwrapAnyClassroom(result)).toThrow(expect.objectContaining({ status: 422, code: 'AlreadyInvalidatedOrExpired', body: { error: 'Temporal access already invalidated or expired' } }));
  });

  it('sends the seed\'s create body, which nock matches before answering the seed\'s 201', async () => {
    define(seed('anyclassroom', 'TemporalAccessCreatedSeed'));
    const client = createAnyClassroomClient({ token: 't' });
    const { data } = unwrapAnyClassroom(
      await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '123456789' } }, body: { from_time: '1596642000', until_time: '1596643000' } }),
    );
    expect(data.token).toBe('66b8ae29-ca3e-4505-a7a5-c2075b1366de');
  });
});
