import { readFileSync } from 'node:fs';
import { createAnyClassroomMock, type AnyClassroomMockConfig } from '../../src/anyclassroom/mock/createAnyClassroomMock.ts';
import { loadSeed } from '../../src/anyclassroom/mock/loadSeed.ts';
import { createAnyClassroomSeedChecker, type AnyClassroomSeed } from '../../src/anyclassroom/mock/seedSchema.ts';
import { newAnyClassroomState, type AnyClassroomState } from '../../src/anyclassroom/mock/state.ts';
import type { DomainEnv } from '../../src/core/domain/DomainEnv.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';
import { startTestMock, type TestMock } from '../support/mockHarness.ts';

/** The default data set, read the way `npm start` reads it. */
export const SEED = JSON.parse(readFileSync(new URL('../../mocks/anyclassroom.seed.json', import.meta.url), 'utf8')) as AnyClassroomSeed;

export const TOKEN = 'test-ac-token';
export const APP_KEY = 'base64:dGVzdC1hcHAta2V5LWZvci1hbnljbGFzc3Jvb20tbW9jaw==';
export const LINK_BASE_URL = 'https://app.anyclassroom.test';
export const SIGNING = { appKey: APP_KEY, linkBaseUrl: LINK_BASE_URL };

/** Where every HTTP test stands unless it moves the clock: 2026-06-01T12:00:00Z. */
export const NOW_MS = Date.UTC(2026, 5, 1, 12, 0, 0);
/** Unix seconds of a UTC wall-clock time, `utc('2026-06-01 18:30:15')`. */
export const utc = (text: string): number => Date.parse(`${text.replace(' ', 'T')}Z`) / 1000;

/** The seed device with this alias (tests address devices by their realistic alias). */
export function seedDevice(alias: string) {
  const device = SEED.devices.find((d) => d.anydesk_alias === alias);
  if (!device) throw new Error(`no seed device ${alias}`);
  return device;
}

/** The seed checker of the bundled document (compiled once per test file). */
export const CHECKER = createAnyClassroomSeedChecker(loadDocument('anyclassroom'));

/** A state loaded from `seed` (default: the default data set), signed with `SIGNING`; throws a `SeedError`. */
export function seededState(seed: unknown = SEED): AnyClassroomState {
  const state = newAnyClassroomState();
  loadSeed(state, seed, fixedEnv(NOW_MS), { checker: CHECKER, signing: SIGNING });
  return state;
}

/** A fixed environment for the domain functions: the clock at `nowMs`, ids from `uuids` in turn. */
export function fixedEnv(nowMs: number, uuids: string[] = ['7c1e4d36-2f1a-4b8e-9c3d-5e6f7a8b9c0d']): DomainEnv {
  let next = 0;
  return { nowMs, uuid: () => uuids[next++ % uuids.length]!, randomHex: (n) => 'a'.repeat(n) };
}

export type AnyClassroomTestMock = TestMock<AnyClassroomState> & {
  /** `fetch` on `/api/v1{path}` with the valid token (override headers to change it). */
  api(path: string, init?: RequestInit): Promise<Response>;
  /** Back to the seed data, the clock frozen at `NOW_MS` again. */
  reset(): Promise<void>;
};

/** Starts the AnyClassroom mock on a free port with the default seed and the clock frozen at `NOW_MS`. */
export async function startAnyClassroom(
  options: Parameters<typeof startTestMock<AnyClassroomState>>[2] & { config?: Partial<AnyClassroomMockConfig>; seed?: unknown } = {},
): Promise<AnyClassroomTestMock> {
  const { config, seed, ...rest } = options;
  const t = await startTestMock(createAnyClassroomMock({ token: TOKEN, ...SIGNING, ...config }), seed ?? SEED, rest);
  t.clock.set(NOW_MS);
  return {
    ...t,
    api: (path, init = {}) =>
      fetch(`${t.origin}/api/v1${path}`, { ...init, headers: { 'X-Token-AC': TOKEN, Accept: 'application/json', ...(init.headers as Record<string, string>) } }),
    async reset() {
      const res = await fetch(`${t.origin}/__mock/reset`, { method: 'POST' });
      if (res.status !== 200) throw new Error(`reset answered ${res.status}`);
      t.clock.set(NOW_MS);
    },
  };
}

/** JSON POST helper. */
export const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
