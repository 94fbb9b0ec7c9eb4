// A frontend's code, written only against the installed package: typed calls, the list helper,
// typed errors. The test type-checks it (strict) and runs its Vite build in Chromium.
import {
  AnyClassroomNotFoundError,
  AnyClassroomUnauthenticatedError,
  createAnyClassroomClient,
  iterateAnyClassroomItems,
  unwrapAnyClassroom,
} from '@classroom-toolkit/anyclassroom-client';
import { settings, show } from './show.ts';

const baseUrl = settings.get('baseUrl')!;

show(async () => {
  const client = createAnyClassroomClient({ token: settings.get('token')!, baseUrl });
  const first = unwrapAnyClassroom(await client.GET('/devices', { params: { query: { per_page: 5 } } }));

  let listed = 0;
  for await (const _device of iterateAnyClassroomItems(client, '/devices', { perPage: 50 })) listed++;

  const device = first.data[0]!;
  const { data: link } = unwrapAnyClassroom(
    await client.POST('/devices/{anydeskId}/temporal', {
      params: { path: { anydeskId: device.anydesk_id } },
      body: { until_time: Math.floor(Date.now() / 1000) + 3600 },
    }),
  );

  let missing = '';
  try {
    unwrapAnyClassroom(await client.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } }));
  } catch (error) {
    if (error instanceof AnyClassroomNotFoundError) missing = `${error.status} ${error.code}`;
  }

  // The default development token is not the one the mock was started with.
  let refused = '';
  try {
    unwrapAnyClassroom(await createAnyClassroomClient({ token: 'ac-dev-token', baseUrl }).GET('/devices'));
  } catch (error) {
    if (error instanceof AnyClassroomUnauthenticatedError) refused = `${error.status} ${error.code}`;
  }

  return { firstAlias: device.anydesk_alias, total: first.meta.total, listed, linkToken: typeof link.token, missing, refused };
});

/** Calls that must not compile; never run. If the package's types degraded to `any`, these directives would fail. */
export function wrongCalls(): void {
  const client = createAnyClassroomClient({ token: 't' });
  // @ts-expect-error per_page is an integer
  void client.GET('/devices', { params: { query: { per_page: 'ten' } } });
  // @ts-expect-error unknown path
  void client.GET('/devicez');
  // @ts-expect-error until_time is required
  void client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '1' } }, body: {} });
}
