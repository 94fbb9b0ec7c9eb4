import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RtmRole, RtmTokenBuilder as RtmTokenBuilder006 } from 'agora-access-token';
import { EducationTokenBuilder, RtmTokenBuilder } from 'agora-token';
import { afterEach, describe, expect, it } from 'vitest';
import { AGORA_CLASSROOM_API } from '../../../src/agora-classroom/agoraClassroomApi.ts';
import { AGORA_DEFAULTS, createAgoraClassroomMock, type AgoraState } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import { createAgoraTokenVerifier } from '../../../src/agora-classroom/node/verifyAgoraToken.ts';
import { startMocks } from '../../../src/mock/startMocks.ts';
import { reportViolation, startTestMock, type TestMock } from '../../support/mockHarness.ts';
import { APP_ID, HOUR, pollPath, roomPath } from '../agoraTestKit.ts';
import { EMPTY_APP_SEED } from './emptyAppSeed.ts';

const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';
const OTHER_CERTIFICATE = 'ffffffffffffffffffffffffffffffff';
const OTHER_APP = '970ca35de60c44645bbae8a215061b33';
const HOUR_S = 3600;

const running: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((m) => m.close()));
});

/** The Agora mock with an App Certificate (the registry's way: `createAgoraTokenVerifier` injected), the clock frozen now. */
async function startWithCertificate(): Promise<TestMock<AgoraState>> {
  const tokens = createAgoraTokenVerifier({ appId: APP_ID, appCertificate: CERTIFICATE });
  const t = await startTestMock(createAgoraClassroomMock({ ...AGORA_DEFAULTS, tokens }), EMPTY_APP_SEED);
  t.clock.set(Date.now());
  running.push(t);
  return t;
}

async function startWithoutCertificate(): Promise<TestMock<AgoraState>> {
  const t = await startTestMock(createAgoraClassroomMock(AGORA_DEFAULTS), EMPTY_APP_SEED);
  running.push(t);
  return t;
}

const status = async (t: { origin: string }, headers: Record<string, string>, path = pollPath()) => (await fetch(`${t.origin}${path}`, { headers })).status;
const bearer = (token: string) => ({ authorization: `agora token=${token}` });
const rtmHeaders = (token: string, uid: string) => ({ 'x-agora-token': token, 'x-agora-uid': uid });

describe('Agora mock over HTTP: token verification with --agora-app-certificate (issue 11, AG-12)', () => {
  it('accepts an AccessToken2 RTM token in x-agora-token for the x-agora-uid it was built for', async () => {
    const t = await startWithCertificate();
    const token = RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(await status(t, rtmHeaders(token, 'teacher_1'))).toBe(200);
    expect(await status(t, rtmHeaders(token, 'student_7'))).toBe(401);
  });

  it('accepts a 006 RTM token (agora-access-token) in x-agora-token', async () => {
    const t = await startWithCertificate();
    const token = RtmTokenBuilder006.buildToken(APP_ID, CERTIFICATE, 'teacher_1', RtmRole.Rtm_User, Math.floor(Date.now() / 1000) + HOUR_S);
    expect(await status(t, rtmHeaders(token, 'teacher_1'))).toBe(200);
  });

  it('accepts education App and user tokens in Authorization: agora token=..., on any operation', async () => {
    const t = await startWithCertificate();
    const appToken = EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, HOUR_S);
    const created = await fetch(`${t.origin}${roomPath('token room')}`, {
      method: 'POST',
      headers: { ...bearer(appToken), 'content-type': 'application/json' },
      body: JSON.stringify({ roomName: 'Token room', roomType: 4, roomProperties: { schedule: { startTime: Date.now(), duration: 600, closeDelay: 300 } } }),
    });
    expect(created.status).toBe(200);
    const userToken = EducationTokenBuilder.buildUserToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(await status(t, bearer(userToken), roomPath('token room'))).toBe(200);
  });

  it('answers 401 to a user token sent with an x-agora-uid naming another user', async () => {
    const t = await startWithCertificate();
    const userToken = EducationTokenBuilder.buildUserToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(await status(t, { ...bearer(userToken), 'x-agora-uid': 'student_7' })).toBe(401);
    expect(await status(t, { ...bearer(userToken), 'x-agora-uid': 'teacher_1' })).toBe(200);
  });

  it.each([
    ['signed with another certificate', () => bearer(EducationTokenBuilder.buildAppToken(APP_ID, OTHER_CERTIFICATE, HOUR_S))],
    ['of another App ID', () => bearer(EducationTokenBuilder.buildAppToken(OTHER_APP, CERTIFICATE, HOUR_S))],
    ['the fixed token, in Authorization', () => bearer(AGORA_DEFAULTS.token)],
    ['the fixed token, in x-agora-token', () => rtmHeaders(AGORA_DEFAULTS.token, 'teacher_1')],
    ['garbage', () => bearer('007not-a-token')],
    ['an RTM token without its x-agora-uid', () => ({ 'x-agora-token': RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S) })],
  ])('answers 401 with code 401 to a token %s', async (_label, headers) => {
    const t = await startWithCertificate();
    const answer = await fetch(`${t.origin}${pollPath()}`, { headers: headers() });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toMatchObject({ code: 401 });
  });

  it('answers 401 once the token has expired on the mock clock, and 200 again when the clock is set back', async () => {
    const t = await startWithCertificate();
    const token = EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, HOUR_S);
    expect(await status(t, bearer(token))).toBe(200);
    t.clock.advance(2 * HOUR);
    expect(await status(t, bearer(token))).toBe(401);
    t.clock.advance(-2 * HOUR);
    expect(await status(t, bearer(token))).toBe(200);
  });

  it('still answers 401 to a valid token on another App ID in the path', async () => {
    const t = await startWithCertificate();
    const token = EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, HOUR_S);
    expect(await status(t, bearer(token), pollPath(OTHER_APP))).toBe(401);
  });
});

describe('Agora mock over HTTP without an App Certificate', () => {
  it('accepts the configured fixed token in either mode (AG-12)', async () => {
    const t = await startWithoutCertificate();
    expect(await status(t, rtmHeaders(AGORA_DEFAULTS.token, 'any-uid'))).toBe(200);
    expect(await status(t, bearer(AGORA_DEFAULTS.token))).toBe(200);
  });

  it('answers 401 to a signed token it has no certificate to check', async () => {
    const t = await startWithoutCertificate();
    expect(await status(t, bearer(EducationTokenBuilder.buildAppToken(APP_ID, CERTIFICATE, HOUR_S)))).toBe(401);
  });
});

describe('the App Certificate in the registry and npm start', () => {
  it('builds a verifying mock from the appCertificate credential, and reports it among the credentials', async () => {
    const { mock, credentials } = await AGORA_CLASSROOM_API.createMock({ appCertificate: CERTIFICATE });
    expect(credentials).toMatchObject({ appId: AGORA_DEFAULTS.appId, appCertificate: CERTIFICATE });
    const token = EducationTokenBuilder.buildAppToken(AGORA_DEFAULTS.appId, CERTIFICATE, HOUR_S);
    expect(mock.authenticate(bearer(token), { appId: AGORA_DEFAULTS.appId }, { nowMs: Date.now() })).toBeNull();
    expect(mock.authenticate(bearer(AGORA_DEFAULTS.token), { appId: AGORA_DEFAULTS.appId }, { nowMs: Date.now() })).toEqual({ kind: 'Unauthorized' });
    expect(AGORA_CLASSROOM_API.describe('http://x', credentials).join('\n')).toContain('AGORA_APP_CERTIFICATE');
  });

  it('reads AGORA_APP_CERTIFICATE from the environment and refuses one that is not 32 hex characters', async () => {
    await expect(startMocks({ host: '127.0.0.1', ports: { anyclassroom: 0, 'agora-classroom': 0 }, env: { AGORA_APP_CERTIFICATE: 'nope' } })).rejects.toThrow(
      'AGORA_APP_CERTIFICATE must be 32 hex characters, got "nope"',
    );
    const mocks = await startMocks({
      host: '127.0.0.1',
      ports: { anyclassroom: 0, 'agora-classroom': 0 },
      env: { AGORA_APP_CERTIFICATE: CERTIFICATE },
      seed: { 'agora-classroom': EMPTY_APP_SEED },
      onViolation: reportViolation,
    });
    running.push(mocks);
    const token = RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(await status({ origin: mocks.agoraUrl }, rtmHeaders(token, 'teacher_1'))).toBe(200);
    expect(await status({ origin: mocks.agoraUrl }, rtmHeaders(AGORA_DEFAULTS.token, 'teacher_1'))).toBe(401);
  });

  it('takes --agora-app-certificate on the command line and says so in the banner', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agora-cert-'));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ 'agora-classroom': EMPTY_APP_SEED }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/mock/cli.ts', '--anyclassroom-port', '0', '--agora-port', '0', '--seed', seedFile, '--agora-app-certificate', CERTIFICATE], {
      cwd: resolve(import.meta.dirname, '../../..'),
      env: { ...process.env, AGORA_APP_CERTIFICATE: '' },
    });
    running.push({ close: async () => void child.kill('SIGKILL') });
    let out = '';
    child.stdout.on('data', (d: Uint8Array) => (out += String(d)));
    child.stderr.on('data', (d: Uint8Array) => (out += String(d)));
    const url = await new Promise<string>((done, fail) => {
      const timer = setInterval(() => {
        const found = /Agora Flexible Classroom v2\s+(http:\/\/\S+)/.exec(out)?.[1];
        if (found && out.includes('Ctrl-C')) {
          clearInterval(timer);
          done(found);
        }
      }, 20);
      child.on('exit', (code) => {
        clearInterval(timer);
        fail(new Error(`exited with ${code}: ${out}`));
      });
    });
    expect(out).toContain('signed with AGORA_APP_CERTIFICATE');
    const token = RtmTokenBuilder.buildToken(APP_ID, CERTIFICATE, 'teacher_1', HOUR_S);
    expect(await status({ origin: url }, rtmHeaders(token, 'teacher_1'))).toBe(200);
    expect(await status({ origin: url }, rtmHeaders(AGORA_DEFAULTS.token, 'teacher_1'))).toBe(401);
  });
});
