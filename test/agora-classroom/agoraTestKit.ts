import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { CAPTURED_AT } from '../../scripts/make-agora-seed.ts';
import { AGORA_DEFAULTS, createAgoraClassroomMock, type AgoraState } from '../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import type { MockServerOptions } from '../../src/core/mock/createMockServer.ts';
import { startTestMock, type TestMock } from '../support/mockHarness.ts';

export { CAPTURED_AT };
export const APP_ID = AGORA_DEFAULTS.appId;
export const TOKEN = AGORA_DEFAULTS.token;
export const AUTH = { 'x-agora-token': TOKEN, 'x-agora-uid': 'teacher_1' } as const;
export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** The committed default seed (`mocks/agora-classroom.seed.json`). */
export const SEED: unknown = JSON.parse(readFileSync(new URL('../../mocks/agora-classroom.seed.json', import.meta.url), 'utf8'));

/** `/edu/apps/{appId}/v2/rooms/{roomUuid}{suffix}` with the room id percent-encoded. */
export const roomPath = (roomUuid: string, suffix = '', appId: string = APP_ID) =>
  `/edu/apps/${appId}/v2/rooms/${encodeURIComponent(roomUuid)}${suffix}`;
export const pollPath = (appId: string = APP_ID) => `/edu/polling/apps/${appId}/v2/rooms/sequences`;

export interface Answer {
  readonly status: number;
  // Test code reads answers freely; their shape is checked by the harness against the document.
  readonly body: any;
  readonly headers: Headers;
}

export interface AgoraTestMock extends TestMock<AgoraState> {
  /** Calls the mock with the default credentials (override or drop them with `headers`). */
  call(method: string, path: string, init?: { body?: unknown; rawBody?: string; headers?: Record<string, string | undefined> }): Promise<Answer>;
  /** Calls the control API (`/__mock/...`), which takes no credentials. */
  control(method: string, path: string, body?: unknown): Promise<Answer>;
}

const running: AgoraTestMock[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((t) => t.close()));
});

/**
 * Starts the Agora mock on a free port with the default seed (or `seed`), the clock frozen at the
 * seed's `capturedAt`, and closes it after the test.
 *
 * @example
 *   const t = await startAgora();
 *   const { status, body } = await t.call('GET', roomPath('physics-101'));
 */
export async function startAgora(
  options: Partial<Omit<MockServerOptions<AgoraState>, 'api' | 'seed'>> & { seed?: unknown; config?: { token: string; appId: string }; realClock?: boolean } = {},
): Promise<AgoraTestMock> {
  const { seed, config, realClock, ...rest } = options;
  const t = await startTestMock(createAgoraClassroomMock(config ?? AGORA_DEFAULTS), seed ?? SEED, rest);
  if (!realClock) t.clock.set(CAPTURED_AT);
  const call: AgoraTestMock['call'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries({ ...AUTH, ...init.headers })) if (v !== undefined) headers[k] = v;
    let body: string | undefined = init.rawBody;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${t.origin}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  const control: AgoraTestMock['control'] = (method, path, body) => call(method, path, { headers: { 'x-agora-token': undefined, 'x-agora-uid': undefined }, ...(body === undefined ? {} : { body }) });
  const mock = { ...t, call, control };
  running.push(mock);
  return mock;
}

/** `/__mock/rooms/{roomUuid}{suffix}` with the room id percent-encoded. */
export const controlPath = (roomUuid: string, suffix = '') => `/__mock/rooms/${encodeURIComponent(roomUuid)}${suffix}`;

/** A valid create-classroom body. */
export const newRoomBody = (overrides: Record<string, unknown> = {}) => ({
  roomName: 'Physics 101',
  roomType: 4,
  roomProperties: { schedule: { startTime: CAPTURED_AT + HOUR, duration: 600, closeDelay: 300 } },
  roleConfig: { '2': { limit: 50 } },
  ...overrides,
});
