import type { RecordSession } from '../../core/registry/RecordSession.ts';
import { createAnyClassroomClient } from '../client/createAnyClassroomClient.ts';
import { iterateAnyClassroomPages } from '../client/iterateAnyClassroomPages.ts';
import { validateAnyClassroomResponses } from '../client/validateAnyClassroomResponses.ts';

/**
 * `npm run record -- --api anyclassroom`: reads a device list page, a device by id and by alias, its
 * links, an unknown device, classrooms and a classroom's devices; with `mutating`, creates a link
 * valid for ten minutes and invalidates it twice (the second call records the 422 "already
 * invalidated" answer on a device with 2FA, or the same 200 on one without). Every answer is
 * validated against the document.
 *
 * @example
 *   await recordAnyClassroomSession({ baseUrl, credentials: { token }, mutating: false, onViolation: console.warn });
 */
export async function recordAnyClassroomSession(session: RecordSession): Promise<void> {
  const client = createAnyClassroomClient({ token: session.credentials.token ?? '', baseUrl: session.baseUrl, retry: false });
  client.use(validateAnyClassroomResponses({ onViolation: session.onViolation }));
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

