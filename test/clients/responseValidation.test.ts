import { describe, expect, it } from 'vitest';
import { createAgoraClassroomClient } from '../../src/agora-classroom/client/createAgoraClassroomClient.ts';
import { validateAgoraResponses } from '../../src/agora-classroom/client/validateAgoraResponses.ts';
import { createAnyClassroomClient } from '../../src/anyclassroom/client/createAnyClassroomClient.ts';
import { validateAnyClassroomResponses } from '../../src/anyclassroom/client/validateAnyClassroomResponses.ts';
import { ResponseValidationError, type ResponseViolationReport } from '../../src/core/client/ResponseValidationError.ts';
import { fakeFetch, json } from './support/fakeFetch.ts';

const APP_ID = '0123456789abcdef0123456789abcdef';
const page = { data: [], links: [], meta: { total: 0, per_page: 50, current_page: 1, last_page: 1 } };

function anyClassroom(answer: () => Response, onViolation?: (r: ResponseViolationReport) => void) {
  const server = fakeFetch(answer);
  const client = createAnyClassroomClient({ token: 't', fetch: server.fetch, retry: false });
  client.use(validateAnyClassroomResponses(onViolation ? { onViolation } : {}));
  return client;
}

describe('response validation middleware', () => {
  it('lets a response that matches the document through unchanged', async () => {
    const { data } = await anyClassroom(() => json(200, page)).GET('/classrooms');
    expect(data).toEqual(page);
  });

  it('also checks error answers: a declared 404 with the declared body passes', async () => {
    const { error } = await anyClassroom(() => json(404, { message: 'Device not found.' })).GET('/devices/{anydeskId}', { params: { path: { anydeskId: '1' } } });
    expect(error).toEqual({ message: 'Device not found.' });
  });

  it('rejects the call with every violation of a body that breaks the schema', async () => {
    const bad = { data: [{ id: '114', name: 'Lab' }], links: [], meta: { total: 1, per_page: 50, current_page: 1, last_page: 1 } };
    const error = await anyClassroom(() => json(200, bad)).GET('/classrooms').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { report } = error as ResponseValidationError;
    expect(report).toMatchObject({ operationId: 'listClassrooms', method: 'GET', status: 200, body: bad });
    expect(report.violations.map((v) => v.path)).toEqual(expect.arrayContaining(['$.data[0].id', '$.data[0]']));
    expect(report.violations.length).toBeGreaterThan(1);
  });

  it('reports a status the operation does not declare', async () => {
    const reports: ResponseViolationReport[] = [];
    const { error } = await anyClassroom(() => json(429, { message: 'Too Many Attempts.' }), (r) => reports.push(r)).GET('/classrooms');
    expect(error).toEqual({ message: 'Too Many Attempts.' }); // collected, not thrown
    expect(reports[0]?.violations[0]?.message).toBe('status 429 is not declared for listClassrooms');
  });

  it('reports a content type the operation does not declare and a body that is not JSON', async () => {
    const reports: ResponseViolationReport[] = [];
    const html = () => new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    await anyClassroom(html, (r) => reports.push(r)).GET('/classrooms', { parseAs: 'text' });
    expect(reports[0]?.violations[0]?.message).toContain('content type text/html is not declared');

    const broken = () => new Response('{', { status: 200, headers: { 'Content-Type': 'application/json' } });
    await anyClassroom(broken, (r) => reports.push(r)).GET('/classrooms', { parseAs: 'text' });
    expect(reports[1]?.violations[0]?.message).toMatch(/^body is not valid JSON/);
  });

  it('reports a request that matches no operation of the document', async () => {
    const reports: ResponseViolationReport[] = [];
    const client = anyClassroom(() => json(200, {}), (r) => reports.push(r));
    await (client.GET as unknown as (path: string) => Promise<unknown>)('/not-in-the-document');
    expect(reports[0]).toMatchObject({ operationId: undefined, violations: [{ message: 'no operation of the document is GET /not-in-the-document' }] });
  });

  it('finds the Agora operation from the path template, whatever the region prefix', async () => {
    const server = fakeFetch(() => json(409, { code: 30409101, msg: 'Class has been ended!', ts: 1 }));
    const client = createAgoraClassroomClient({ appId: APP_ID, token: 't', uid: 'u', region: 'na', fetch: server.fetch });
    const reports: ResponseViolationReport[] = [];
    client.use(validateAgoraResponses({ onViolation: (r) => reports.push(r) }));
    await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: APP_ID, roomUuid: 'r', state: 1 } } });
    expect(reports).toEqual([]);

    const wrongCode = fakeFetch(() => json(409, { code: 30409410, msg: 'x', ts: 1 }));
    const second = createAgoraClassroomClient({ appId: APP_ID, token: 't', uid: 'u', fetch: wrongCode.fetch });
    second.use(validateAgoraResponses({ onViolation: (r) => reports.push(r) }));
    await second.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params: { path: { appId: APP_ID, roomUuid: 'r', state: 1 } } });
    expect(reports[0]).toMatchObject({ operationId: 'setClassroomState', status: 409 });
    expect(reports[0]?.violations.some((v) => v.path === '$.code')).toBe(true);
  });
});
