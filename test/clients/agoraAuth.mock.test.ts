import { EducationTokenBuilder, RtmTokenBuilder } from 'agora-token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgoraClassroomClient, type AgoraClassroomClientOptions } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { AgoraUnauthorizedError } from '../../src/agora-classroom/client/errors.ts';
import { unwrapAgora } from '../../src/agora-classroom/client/unwrapAgora.ts';
import { validateAgoraResponses } from '../../src/agora-classroom/client/validateAgoraResponses.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { useRunningMocks } from './support/runningMocks.ts';

const t = useRunningMocks();
const failure = async (call: () => Promise<unknown>) => call().then(() => undefined, (e: unknown) => e);
type Client = ReturnType<typeof createAgoraClassroomClient>;
const getRoom = (client: Client, roomUuid = 'math class 7B') =>
  client.GET('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: { appId: client.appId, roomUuid } } }).then(unwrapAgora);

describe('Agora client, both authentication modes against the running mock (AG-12, fixed token)', () => {
  it("auth 'authorization' reads a classroom with Authorization: agora token=<the mock's token>", async () => {
    const client = t.agora({ auth: 'authorization', token: t.mocks.credentials.agoraToken, uid: undefined });
    expect((await getRoom(client)).data.roomUuid).toBe('math class 7B');
    expect(t.requests[0]?.headers.get('authorization')).toBe(`agora token=${t.mocks.credentials.agoraToken}`);
    expect(t.requests[0]?.headers.has('x-agora-token')).toBe(false);
  });

  it("auth 'headers' (the default) reads the same classroom with x-agora-token and x-agora-uid", async () => {
    const client = t.agora();
    expect((await getRoom(client)).data.roomUuid).toBe('math class 7B');
    expect(t.requests[0]?.headers.get('x-agora-token')).toBe(t.mocks.credentials.agoraToken);
    expect(t.requests[0]?.headers.has('authorization')).toBe(false);
  });

  it.each<[string, Partial<AgoraClassroomClientOptions>]>([
    ['authorization', { auth: 'authorization', token: 'not-the-token', uid: undefined }],
    ['headers', { token: 'not-the-token' }],
  ])('auth %s with a wrong token throws AgoraUnauthorizedError (401)', async (_mode, options) => {
    const error = await failure(() => getRoom(t.agora(options)));
    expect(error).toBeInstanceOf(AgoraUnauthorizedError);
    expect(error).toMatchObject({ status: 401, code: 401 });
  });

  it("auth 'authorization' creates a classroom and starts its class (writes, not only reads)", async () => {
    const client = t.agora({ auth: 'authorization', token: t.mocks.credentials.agoraToken, uid: undefined });
    const room = { appId: client.appId, roomUuid: 'auth mode write' };
    unwrapAgora(await client.POST('/edu/apps/{appId}/v2/rooms/{roomUuid}', { params: { path: room }, body: { roomName: 'Auth', roomType: 4 } }));
    unwrapAgora(await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { ...room, state: 1 } } }));
    expect((await getRoom(client, 'auth mode write')).data.state).toBe(1);
  });
});

describe('Agora client, both modes against the mock started with an App Certificate (tokens minted with agora-token per request)', () => {
  const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';
  let mocks: RunningMocks;
  beforeAll(async () => {
    mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, env: { AGORA_APP_CERTIFICATE: CERTIFICATE }, log: () => undefined });
  });
  afterAll(() => mocks.close());

  const client = (options: Pick<AgoraClassroomClientOptions, 'auth' | 'token' | 'uid'>) => {
    const made = createAgoraClassroomClient({ appId: mocks.credentials.agoraAppId, baseUrl: mocks.agoraUrl, retry: false, ...options } as AgoraClassroomClientOptions);
    made.use(validateAgoraResponses());
    return made;
  };

  it("auth 'authorization' with an education App token function: called before each request, every request accepted", async () => {
    let minted = 0;
    const appToken = () => {
      minted++;
      return EducationTokenBuilder.buildAppToken(mocks.credentials.agoraAppId, CERTIFICATE, 600);
    };
    const server = client({ auth: 'authorization', token: appToken });
    expect((await getRoom(server)).code).toBe(0);
    expect((await getRoom(server, 'study-marathon-2025')).code).toBe(0);
    expect(minted).toBe(2);
  });

  it("auth 'authorization' with a user token and that user's uid is accepted; with another uid it is 401", async () => {
    const userToken = EducationTokenBuilder.buildUserToken(mocks.credentials.agoraAppId, CERTIFICATE, 'teacher_okafor', 600);
    expect((await getRoom(client({ auth: 'authorization', token: userToken, uid: 'teacher_okafor' }))).code).toBe(0);
    expect(await failure(() => getRoom(client({ auth: 'authorization', token: userToken, uid: 'student_1' })))).toBeInstanceOf(AgoraUnauthorizedError);
  });

  it("auth 'headers' with an AccessToken2 RTM token for the uid is accepted; the fixed development token is 401", async () => {
    const rtm = RtmTokenBuilder.buildToken(mocks.credentials.agoraAppId, CERTIFICATE, 'teacher_okafor', 600);
    expect((await getRoom(client({ token: rtm, uid: 'teacher_okafor' }))).code).toBe(0);
    expect(await failure(() => getRoom(client({ token: mocks.credentials.agoraToken, uid: 'teacher_okafor' })))).toBeInstanceOf(AgoraUnauthorizedError);
  });
});
