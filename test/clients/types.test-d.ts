import { describe, expectTypeOf, it } from 'vitest';
import {
  createAgoraClassroomClient,
  createAnyClassroomClient,
  iterateAnyClassroomItems,
  iterateAnyClassroomPages,
  iterateClassroomEvents,
  isAgoraEvent,
  iteratePollData,
  iteratePopupQuizData,
  iterateRecordings,
  iterateWidgetEvents,
  pollClassroomEvents,
  unwrapAgora,
  unwrapAnyClassroom,
  type AgoraAuthMode,
  type AgoraClassEndedError,
  type AgoraComponents,
  type AgoraEvent,
  type AnyClassroomComponents,
  type AnyClassroomListPath,
  type AnyClassroomValidationError,
  type ValidationFieldsOf,
} from '../../src/index.ts';

type Device = AnyClassroomComponents['schemas']['Device'];
type DeviceDetail = AnyClassroomComponents['schemas']['DeviceDetail'];
const any = createAnyClassroomClient({ token: 't' });
const agora = createAgoraClassroomClient({ appId: 'a', token: 't', uid: 1 });

describe('AnyClassroom client types', () => {
  it('types answers from the document', async () => {
    const { data, error } = await any.GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    expectTypeOf(data).toEqualTypeOf<AnyClassroomComponents['schemas']['DeviceDetailResponse'] | undefined>();
    expectTypeOf(error).toEqualTypeOf<AnyClassroomComponents['schemas']['ErrorMessage'] | undefined>();
    expectTypeOf(unwrapAnyClassroom(await any.GET('/devices')).data).toEqualTypeOf<Device[]>();
  });

  it('compiles correct calls', () => {
    void any.GET('/devices', { params: { query: { per_page: 10, page: 2 } } });
    void any.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: 'a@ad' } }, body: { until_time: 1 } });
    void any.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: 'a@ad' } }, body: { from_time: '1596642000', until_time: '1596643000' }, retry: true });
    void any.PATCH('/temporal-access/{token}/invalidate', { params: { path: { token: 'x' } } });
  });

  it('rejects wrong calls at compile time', () => {
    // @ts-expect-error per_page is an integer, not a string
    void any.GET('/devices', { params: { query: { per_page: 'ten' } } });
    // @ts-expect-error unknown path
    void any.GET('/devicez');
    // @ts-expect-error until_time is required in the create body
    void any.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId: '1' } }, body: { from_time: 1 } });
    // @ts-expect-error the path parameter is required
    void any.GET('/devices/{anydeskId}');
    // @ts-expect-error no DELETE on devices
    void any.DELETE('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
  });
});

describe('Agora client types', () => {
  it('exposes the App ID and types answers', async () => {
    expectTypeOf(agora.appId).toEqualTypeOf<string>();
    const body = unwrapAgora(await agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: agora.appId, roomUuid: 'r' } } }));
    // Assignable both ways (the document's open objects make the types intersections, which strict equality tells apart).
    expectTypeOf(body.data).toMatchTypeOf<AgoraComponents['schemas']['Classroom']>();
    expectTypeOf<AgoraComponents['schemas']['Classroom']>().toMatchTypeOf(body.data);
    expectTypeOf(body.data.roomProperties.roomType).toEqualTypeOf<0 | 2 | 4 | 6 | 10>();
  });

  it('compiles correct calls', () => {
    void agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: agora.appId, roomUuid: 'r', state: 3 } } });
    void agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/sequences', { params: { path: { appId: agora.appId, roomUuid: 'r' }, query: { nextId: '5', cmd: 1 } } });
    createAgoraClassroomClient({ appId: 'a', token: async () => 'fresh', uid: 'u', region: 'eu' });
  });

  it('rejects wrong calls at compile time', () => {
    // @ts-expect-error a class state of 7 does not exist (0-3)
    void agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: agora.appId, roomUuid: 'r', state: 7 } } });
    // @ts-expect-error a recording state is 0 or 1
    void agora.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/records/states/{state}', { params: { path: { appId: agora.appId, roomUuid: 'r', state: 2 } } });
    // @ts-expect-error roomName is required in the create body
    void agora.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: 'a', roomUuid: 'r' } }, body: { roomType: 4, roomProperties: { schedule: { startTime: 1, duration: 1, closeDelay: 0 } } } });
    // @ts-expect-error cmd is a number
    void agora.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}/sequences', { params: { path: { appId: 'a', roomUuid: 'r' }, query: { cmd: 'chat' } } });
    // @ts-expect-error unknown region
    createAgoraClassroomClient({ appId: 'a', token: 't', uid: 'u', region: 'us' });
    // @ts-expect-error uid is required
    createAgoraClassroomClient({ appId: 'a', token: 't' });
    // @ts-expect-error uid is required in the two-header mode, named or not
    createAgoraClassroomClient({ appId: 'a', auth: 'headers', token: 't' });
    // @ts-expect-error no such authentication mode
    createAgoraClassroomClient({ appId: 'a', auth: 'bearer', token: 't', uid: 'u' });
    // @ts-expect-error the token is required in either mode
    createAgoraClassroomClient({ appId: 'a', auth: 'authorization' });
  });

  it('takes both authentication modes (AG-12), credentials as values or functions', () => {
    expectTypeOf(createAgoraClassroomClient({ appId: 'a', auth: 'authorization', token: () => 'edu' })).toEqualTypeOf<typeof agora>();
    createAgoraClassroomClient({ appId: 'a', auth: 'authorization', token: async () => 'edu', uid: 'student_1' });
    createAgoraClassroomClient({ appId: 'a', auth: 'headers', token: 't', uid: async () => 7 });
    expectTypeOf<AgoraAuthMode>().toEqualTypeOf<'headers' | 'authorization'>();
  });
});

describe('helper types', () => {
  it('knows which AnyClassroom paths are lists, and what they yield', () => {
    expectTypeOf<AnyClassroomListPath>().toEqualTypeOf<'/devices' | '/devices/{anydeskId}/temporal' | '/classrooms' | '/classrooms/{classroomId}/devices'>();
    expectTypeOf(iterateAnyClassroomItems(any, '/devices')).toEqualTypeOf<AsyncGenerator<Device, void, undefined>>();
    expectTypeOf(iterateAnyClassroomItems(any, '/classrooms/{classroomId}/devices', { path: { classroomId: 1 } })).toEqualTypeOf<AsyncGenerator<Device, void, undefined>>();
    expectTypeOf(iterateAnyClassroomPages(any, '/classrooms')).toEqualTypeOf<AsyncGenerator<AnyClassroomComponents['schemas']['ClassroomCollection'], void, undefined>>();
    // @ts-expect-error a device detail is not a list
    void iterateAnyClassroomItems(any, '/devices/{anydeskId}', { path: { anydeskId: '1' } });
    // @ts-expect-error this list needs its path parameter
    void iterateAnyClassroomItems(any, '/classrooms/{classroomId}/devices');
    // @ts-expect-error /devices has no path parameters
    void iterateAnyClassroomItems(any, '/devices', { path: { anydeskId: '1' } });
    expectTypeOf<DeviceDetail>().not.toEqualTypeOf<Device>();
  });

  it('types the Agora iterators and the poller', () => {
    expectTypeOf(iterateRecordings(agora, { roomUuid: 'r' })).toEqualTypeOf<AsyncGenerator<AgoraComponents['schemas']['Recording'], void, undefined>>();
    expectTypeOf(iterateClassroomEvents(agora, { roomUuid: 'r', cmd: 1 })).toEqualTypeOf<AsyncGenerator<AgoraEvent, void, undefined>>();
    const poller = pollClassroomEvents(agora, { intervalMs: 1000 });
    expectTypeOf(poller).toMatchTypeOf<AsyncIterable<AgoraEvent>>();
    expectTypeOf(poller.pending).toEqualTypeOf<readonly AgoraEvent[]>();
    const narrow = (e: AgoraEvent) => (isAgoraEvent(e, 1) ? e.data.state : undefined);
    expectTypeOf(narrow).returns.toEqualTypeOf<0 | 1 | 2 | 3 | undefined>();
    const chat = (e: AgoraEvent) => (isAgoraEvent(e, 3) ? e.data.message : undefined);
    expectTypeOf(chat).returns.toEqualTypeOf<string | undefined>();
    // @ts-expect-error 2 is not an event type the document details
    void ((e: AgoraEvent) => isAgoraEvent(e, 2));
    // @ts-expect-error roomUuid is required
    void iterateRecordings(agora, {});
  });

  it('types the widget iterators (cmd-1110 events)', () => {
    expectTypeOf(iterateWidgetEvents(agora, { roomUuid: 'r', widgetUuid: 'countdownTimer' })).toEqualTypeOf<AsyncGenerator<AgoraEvent, void, undefined>>();
    expectTypeOf(iteratePopupQuizData(agora, { roomUuid: 'r', count: 20 })).toEqualTypeOf<AsyncGenerator<AgoraEvent, void, undefined>>();
    expectTypeOf(iteratePollData(agora, { roomUuid: 'r' })).toEqualTypeOf<AsyncGenerator<AgoraEvent, void, undefined>>();
    // @ts-expect-error the widget event list needs the widget
    void iterateWidgetEvents(agora, { roomUuid: 'r' });
    // @ts-expect-error count is a number
    void iteratePollData(agora, { roomUuid: 'r', count: '20' });
    // @ts-expect-error the widget event list takes no count (Agora's batch of 100)
    void iterateWidgetEvents(agora, { roomUuid: 'r', widgetUuid: 'w', count: 5 });
  });

  it('types error codes, bodies and 422 fields', () => {
    expectTypeOf<AgoraClassEndedError['code']>().toEqualTypeOf<30409101>();
    expectTypeOf<AgoraClassEndedError['status']>().toEqualTypeOf<number>();
    expectTypeOf<ValidationFieldsOf<'createTemporalAccess'>>().toEqualTypeOf<'from_time' | 'until_time'>();
    expectTypeOf<ValidationFieldsOf<'listDevices'>>().toEqualTypeOf<'page' | 'per_page'>();
    expectTypeOf<ValidationFieldsOf<'getDevice'>>().toEqualTypeOf<never>();
    expectTypeOf<AnyClassroomValidationError<'from_time'>['fields']>().toEqualTypeOf<{ readonly from_time?: readonly string[] }>();
  });
});
