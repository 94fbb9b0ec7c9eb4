// A frontend's code, written only against the installed package: typed calls, `nextId` batches,
// the class state machine and its typed errors. The test type-checks it (strict) and runs its Vite
// build in Chromium.
import {
  AgoraClassEndedError,
  AgoraRoomNotFoundError,
  AgoraUnauthorizedError,
  createAgoraClassroomClient,
  iterateRecordings,
  unwrapAgora,
} from '@classroom-toolkit/agora-classroom-client';
import { settings, show } from './show.ts';

const baseUrl = settings.get('baseUrl')!;
const appId = settings.get('appId')!;

show(async () => {
  const agora = createAgoraClassroomClient({ appId, token: settings.get('token')!, uid: 'browser-1', baseUrl });

  let recordings = 0;
  for await (const _recording of iterateRecordings(agora, { roomUuid: 'study-marathon-2025' })) recordings++;

  const room = { appId: agora.appId, roomUuid: `browser-${Date.now()}` };
  unwrapAgora(
    await agora.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', {
      params: { path: room },
      body: { roomName: 'Browser check', roomType: 4, roomProperties: { schedule: { startTime: Date.now(), duration: 600, closeDelay: 600 } } },
    }),
  );
  for (const state of [1, 2] as const) unwrapAgora(await agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { ...room, state } } }));
  const { data: classroom } = unwrapAgora(await agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: room } }));

  let ended = 0;
  try {
    unwrapAgora(await agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { ...room, state: 1 } } }));
  } catch (error) {
    if (error instanceof AgoraClassEndedError) ended = error.code;
  }

  let missing = 0;
  try {
    unwrapAgora(await agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { ...room, roomUuid: 'no-such-room' } } }));
  } catch (error) {
    if (error instanceof AgoraRoomNotFoundError) missing = error.code;
  }

  // The default development token is not the one the mock was started with.
  let refused = 0;
  try {
    const other = createAgoraClassroomClient({ appId, token: 'agora-dev-token', uid: 'browser-1', baseUrl });
    unwrapAgora(await other.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: room } }));
  } catch (error) {
    if (error instanceof AgoraUnauthorizedError) refused = error.status;
  }

  return { recordings, classState: classroom.state, ended, missing, refused };
});

/** Calls that must not compile; never run. */
export function wrongCalls(): void {
  const agora = createAgoraClassroomClient({ appId: 'a', token: 't', uid: 'u' });
  // @ts-expect-error class state 7 does not exist
  void agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: 'a', roomUuid: 'r', state: 7 } } });
  // @ts-expect-error roomName is a string
  void agora.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: 'a', roomUuid: 'r' } }, body: { roomName: 7, roomType: 4 } });
}
