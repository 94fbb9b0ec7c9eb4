import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGORA_DEFAULTS } from '../../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import { controlPath, startAgora } from '../agoraTestKit.ts';

/** One request example of the seed or of Agora's references (`test/fixtures/vendor-requests/agora-classroom.json`). */
interface VendorRequest {
  readonly source: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly note?: string;
}

const FIXTURE: readonly VendorRequest[] = JSON.parse(readFileSync(new URL('../../fixtures/vendor-requests/agora-classroom.json', import.meta.url), 'utf8'));

/** The user Agora's user examples name; it must have joined `test_class` first (the fixture's note). */
const EXAMPLE_USER = '681d9aca4924e9a84ad301e8cca438a71';

/** The fixture's placeholders, filled with the mock's credentials. */
function fill(text: string, credentials: { token: string; appId: string }): string {
  const filled = text.replaceAll('{yourappId}', credentials.appId).replaceAll('{educationToken}', credentials.token).replaceAll('{rtmToken}', credentials.token).replaceAll('{uid}', 'vendor-example-uid');
  // A placeholder this test does not know would reach the mock as text: the fixture changed.
  expect(filled, 'an unknown placeholder in the fixture').not.toMatch(/\{[A-Za-z]+\}/);
  return filled;
}

function requestOf(entry: VendorRequest, credentials: { token: string; appId: string }) {
  let path = entry.path;
  for (const [name, value] of Object.entries(entry.pathParams)) path = path.replace(`{${name}}`, encodeURIComponent(name === 'appId' ? fill(value, credentials) : value));
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(entry.headers)) headers[name.toLowerCase()] = fill(value, credentials);
  return { path: entry.query === undefined ? path : `${path}?${entry.query}`, headers };
}

describe.each([
  ['the default credentials', AGORA_DEFAULTS],
  ['a team\'s own App ID and token (AG-46)', { token: 'team-token-9f2', appId: '0123456789ABCDEF0123456789ABCDEF' }],
])('every request example of the seed and of Agora\'s references, replayed against the mock with %s', (_label, credentials) => {
  it('is accepted with a documented success, in the fixture\'s order', async () => {
    const t = await startAgora({ config: credentials });
    const answers: string[] = [];
    let joined = false;
    for (const entry of FIXTURE) {
      if (!joined && Object.values(entry.pathParams).includes(EXAMPLE_USER)) {
        expect((await t.control('POST', controlPath('test_class', '/users'), { userUuid: EXAMPLE_USER, userName: 'jasoncai', role: 1 })).status).toBe(200);
        joined = true;
      }
      const { path, headers } = requestOf(entry, credentials);
      const answer = await t.call(entry.method, path, { headers: { 'x-agora-token': undefined, 'x-agora-uid': undefined, ...headers }, ...(entry.body === undefined ? {} : { body: entry.body }) });
      answers.push(`${entry.source} ${entry.operationId} ${answer.status} ${answer.body?.code}`);
    }
    expect(answers.filter((line) => !line.endsWith(' 200 0'))).toEqual([]);
    expect(answers.length).toBe(FIXTURE.length);
  });
});
