import { describe, expect, it } from 'vitest';
import { APP_ID, CAPTURED_AT, HOUR, MIN, newRoomBody, pollPath, roomPath, startAgora, type AgoraTestMock } from '../agoraTestKit.ts';
import { EMPTY_APP_SEED } from './emptyAppSeed.ts';

const ROOM = 'web recording room';
const SECOND = 1000;
/** Agora's web page recording request example (EN 2.11), `publishRtmp` sent as a string. */
const EN_EXAMPLE = {
  mode: 'web',
  webRecordConfig: {
    url: 'https://webdemo.agora.io/xxxxx/?userUuid={recorder_id}&roomUuid={room_id_to_be_recorded}&roleType=0&roomType=4&pretest=false&rtmToken={recorder_token}&language=en&appId={your_app_id}',
    rootUrl: 'https://xxx.yyy.zzz',
    publishRtmp: 'true',
  },
  retryTimeout: 60,
};

async function withRoom(): Promise<AgoraTestMock> {
  const t = await startAgora({ seed: EMPTY_APP_SEED });
  // No duration: the class never ends by itself (AG-38), so the clock can run for hours; recordings
  // then default to a maxRecordingHour of 2 (AG-51).
  const created = await t.call('POST', roomPath(ROOM), { body: newRoomBody({ roomProperties: { schedule: { startTime: CAPTURED_AT, closeDelay: 600 } } }) });
  expect(created.status).toBe(200);
  return t;
}

const records = async (t: AgoraTestMock) => (await t.call('GET', roomPath(ROOM, '/records'))).body.data.list;
const polledRecordingEvents = async (t: AgoraTestMock) =>
  ((await t.call('GET', pollPath())).body.data as { cmd: number; data: { state: number; reason?: number } }[]).filter((e) => e.cmd === 1001).map((e) => [e.data.state, e.data.reason]);

describe('Agora mock over HTTP: web page recording (AG-8, AG-51, AG-52)', () => {
  it('accepts Agora\'s web recording example: type 3, streamingUrl on live.mock.invalid, the page query of its url', async () => {
    const t = await withRoom();
    const started = await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body: EN_EXAMPLE });
    expect(started.status).toBe(200);
    const { recordId } = started.body.data;
    expect(started.body).toMatchObject({ code: 0, data: { state: 1, reason: 1, streamingUrl: { rtmp: `rtmp://live.mock.invalid/${APP_ID}/${recordId}`, flv: `https://live.mock.invalid/${APP_ID}/${recordId}.flv`, hls: `https://live.mock.invalid/${APP_ID}/${recordId}.m3u8` } } });
    expect((await records(t))[0]).toMatchObject({
      recordId,
      type: 3,
      status: 1,
      recordDetails: [],
      unready: false,
      webRecordUrlQuery: 'userUuid={recorder_id}&roomUuid={room_id_to_be_recorded}&roleType=0&roomType=4&pretest=false&rtmToken={recorder_token}&language=en&appId={your_app_id}',
    });
  });

  it.each([
    ['an empty rootUrl', { mode: 'web', webRecordConfig: { rootUrl: '' } }],
    ['no webRecordConfig', { mode: 'web' }],
  ])('answers 400 with code 30400412 for mode web with %s', async (_label, body) => {
    const t = await withRoom();
    const answer = await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body });
    expect(answer).toMatchObject({ status: 400, body: { code: 30400412, ts: CAPTURED_AT } });
    expect(answer.body.msg).toContain('rootUrl');
    expect(await records(t)).toEqual([]);
  });

  it('answers 400 with code 400 for a webRecordConfig without rootUrl (the document requires it)', async () => {
    const t = await withRoom();
    expect(await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body: { mode: 'web', webRecordConfig: { onhold: true } } })).toMatchObject({ status: 400, body: { code: 400 } });
  });

  it('still starts a composite recording without a body (the seed\'s request)', async () => {
    const t = await withRoom();
    expect(await t.call('PUT', roomPath(ROOM, '/records/states/1'))).toMatchObject({ status: 200, body: { data: { state: 1, reason: 1, streamingUrl: null } } });
    expect((await records(t))[0]).toMatchObject({ type: 2 });
  });

  it('pauses with PATCH onhold true and resumes with onhold false: no file is added while paused', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body: { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', maxRecordingHour: 720 } } });
    t.clock.advance(MIN);
    expect(await t.call('PATCH', roomPath(ROOM, '/records/states/1'), { body: { webRecordConfig: { onhold: true } } })).toMatchObject({ status: 200, body: { code: 0 } });
    t.clock.advance(10 * HOUR);
    expect((await records(t))[0].recordDetails).toHaveLength(1);
    expect((await t.call('PATCH', roomPath(ROOM, '/records/states/0'), { body: { webRecordConfig: { onhold: false } } })).status).toBe(200);
    t.clock.advance(2 * HOUR);
    expect((await records(t))[0].recordDetails).toHaveLength(2);
  });

  it('answers 409 with code 30409410 to PATCH and to records/ready when nothing is recording', async () => {
    const t = await withRoom();
    expect(await t.call('PATCH', roomPath(ROOM, '/records/states/1'), { body: { webRecordConfig: { onhold: true } } })).toMatchObject({ status: 409, body: { code: 30409410 } });
    expect(await t.call('PUT', roomPath(ROOM, '/records/ready'))).toMatchObject({ status: 409, body: { code: 30409410 } });
  });

  it('answers 404 with code 20404100 to PATCH and to records/ready for an unknown classroom', async () => {
    const t = await withRoom();
    expect(await t.call('PATCH', roomPath('nowhere', '/records/states/1'), { body: { webRecordConfig: { onhold: true } } })).toMatchObject({ status: 404, body: { code: 20404100 } });
    expect(await t.call('PUT', roomPath('nowhere', '/records/ready'))).toMatchObject({ status: 404, body: { code: 20404100 } });
  });

  it('retries twice without the ready call, then gives up: cmd 1001 reasons 4, 4, 5 and unready in the list', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body: EN_EXAMPLE });
    t.clock.advance(5 * MIN);
    expect((await records(t))[0]).toMatchObject({ status: 2, endTime: CAPTURED_AT + 180 * SECOND, unready: true });
    expect(await polledRecordingEvents(t)).toEqual([[1, 1], [1, 4], [1, 4], [2, 5]]);
  });

  it('announces a ready call after a retry (cmd 1001 reason 3) and records from then on', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body: EN_EXAMPLE });
    t.clock.advance(61 * SECOND);
    expect(await t.call('PUT', `/na${roomPath(ROOM, '/records/ready')}`)).toMatchObject({ status: 200, body: { code: 0 } });
    t.clock.advance(HOUR);
    expect((await records(t))[0]).toMatchObject({ status: 1, unready: false, recordDetails: [{}] });
    expect(await polledRecordingEvents(t)).toEqual([[1, 1], [1, 4], [1, 3]]);
  });

  it('stops a web recording by itself after maxRecordingHour (cmd 1001 state 2 reason 2)', async () => {
    const t = await withRoom();
    await t.call('PUT', roomPath(ROOM, '/records/states/1'), { body: { mode: 'web', webRecordConfig: { rootUrl: 'https://r.example', maxRecordingHour: 1 } } });
    t.clock.advance(90 * MIN);
    expect((await records(t))[0]).toMatchObject({ status: 2, endTime: CAPTURED_AT + HOUR, recordDetails: [{}] });
    expect(await polledRecordingEvents(t)).toEqual([[1, 1], [2, 2]]);
  });
});
