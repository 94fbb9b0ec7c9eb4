/**
 * The test page of `test/browser/msw.test.ts`, built by Vite and served by `vite preview`: both
 * APIs' handlers under MSW's service worker (`setupWorker`), a frontend's production code (the typed
 * clients with their default base URLs, the real hosts), and the shared table of cases.
 */
import { setupWorker } from 'msw/browser';
import { createAgoraClassroomClient } from '../../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { createAnyClassroomClient } from '../../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { createAgoraClassroomHandlers, createAnyClassroomHandlers, type MswMock } from '../../../src/msw/index.ts';
import { ANY_TOKEN, AGORA_APP_ID, AGORA_TOKEN, fetchCase, FROZEN_AT, SAME_ANSWER_CASES, type ComparableAnswer } from '../../msw/sameAnswerCases.ts';

const violations: unknown[] = [];
const mocks: Record<string, MswMock> = {
  anyclassroom: createAnyClassroomHandlers({ onViolation: (v) => violations.push(v) }),
  'agora-classroom': createAgoraClassroomHandlers({ onViolation: (v) => violations.push(v) }),
};
const worker = setupWorker(...mocks.anyclassroom!.handlers, ...mocks['agora-classroom']!.handlers);
await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });

const page = {
  /** Runs a case of the shared table by name on a fresh state. */
  runCase(name: string): Promise<ComparableAnswer> {
    const testCase = SAME_ANSWER_CASES.find((c) => c.name === name);
    if (!testCase) throw new Error(`no case ${name}`);
    const mock = mocks[testCase.api]!;
    return fetchCase(testCase, mock.baseUrl, async () => {
      await mock.reset();
      await mock.clock.set(FROZEN_AT);
    });
  },
  /** What an app does in production: the typed clients on their default base URLs. */
  async productionCode(): Promise<{ devices: number; roomName: string | undefined; created: number }> {
    const anyClassroom = createAnyClassroomClient({ token: ANY_TOKEN });
    const agora = createAgoraClassroomClient({ appId: AGORA_APP_ID, token: AGORA_TOKEN, uid: 'teacher-1' });
    const list = await anyClassroom.GET('/devices', { params: { query: { per_page: 5 } } });
    const room = await agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: AGORA_APP_ID, roomUuid: 'math class 7B' } } });
    const created = await anyClassroom.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '7788097973' } }, body: { until_time: Math.floor(Date.now() / 1000) + 3600 } });
    return { devices: list.data?.meta.total ?? -1, roomName: room.data?.data.roomName, created: created.response.status };
  },
  /** State kept in the page, then reset() and a data set switched at run time. */
  async controls(): Promise<{ afterCreate: number; afterReset: number; afterSeed: number; clock: unknown }> {
    const mock = mocks.anyclassroom!;
    await mock.reset();
    const count = async () => ((await (await fetch('https://app.anyclassroom.com/api/v1/devices/7788097973/temporal?per_page=100', { headers: { 'X-Token-AC': ANY_TOKEN } })).json()) as { meta: { total: number } }).meta.total;
    await fetch('https://app.anyclassroom.com/api/v1/devices/7788097973/temporal', { method: 'POST', headers: { 'X-Token-AC': ANY_TOKEN, 'Content-Type': 'application/json' }, body: JSON.stringify({ until_time: Math.floor(Date.now() / 1000) + 3600 }) });
    const afterCreate = await count();
    await mock.reset();
    const afterReset = await count();
    mock.useSeed({ account: 'tiny', classrooms: [], devices: [{ anydesk_id: '7788097973', anydesk_alias: 'only@ad', anydesk_password: 'p', has_2fa: true, status: 'enabled', classroom_id: null }], temporal_accesses: [] });
    const afterSeed = await count();
    const clock = await mock.clock.set(FROZEN_AT);
    mock.useSeed(undefined);
    await mock.reset();
    return { afterCreate, afterReset, afterSeed, clock };
  },
  violations: () => violations,
  controlled: () => navigator.serviceWorker.controller !== null,
};
Object.assign(window, { mswPage: page });
document.getElementById('status')!.textContent = 'ready';
