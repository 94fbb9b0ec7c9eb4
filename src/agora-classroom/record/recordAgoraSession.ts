import { RecordUsageError, type RecordSession } from '../../core/registry/RecordSession.ts';
import { createAgoraClassroomClient } from '../client/createAgoraClassroomClient.ts';
import { validateAgoraResponses } from '../client/validateAgoraResponses.ts';

/**
 * `npm run record -- --api agora-classroom`: reads a missing room and, with `room`, that room, its
 * records and events; with `mutating`, creates a room, starts the class, starts and stops a
 * recording, reads the room, polls the App's event queue, ends the class and tries to restart it
 * (409). Every answer is validated against the document. Needs `appId` and `uid`.
 *
 * @example
 *   await recordAgoraSession({ baseUrl: 'https://api.agora.io', credentials: { token, appId, uid: '1' }, mutating: false, onViolation: console.warn });
 */
export async function recordAgoraSession(session: RecordSession): Promise<void> {
  const { token, appId: configuredAppId } = session.credentials;
  // The uid is not a credential of the mock (it takes any), so the registry names no variable for it.
  const uid = session.credentials.uid ?? process.env.AGORA_UID;
  if (!configuredAppId || !uid) throw new RecordUsageError('--app-id and --uid (or AGORA_APP_ID, AGORA_UID) are required for Agora');
  const client = createAgoraClassroomClient({ appId: configuredAppId, token: token ?? '', uid, baseUrl: session.baseUrl, retry: false });
  client.use(validateAgoraResponses({ onViolation: session.onViolation }));
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

