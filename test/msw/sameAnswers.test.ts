import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseViolationReport } from '../../src/core/mock/createMockServer.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { createAgoraClassroomHandlers, createAnyClassroomHandlers, type MswMock } from '../../src/msw/index.ts';
import { fetchCase, FROZEN_AT, SAME_ANSWER_CASES } from './sameAnswerCases.ts';

describe('one table of requests: the HTTP server and the MSW handlers (setupServer) give the same answers', () => {
  const violations: ResponseViolationReport[] = [];
  let mocks: RunningMocks;
  const handlers: Record<string, MswMock> = {
    anyclassroom: createAnyClassroomHandlers({ onViolation: (v) => violations.push(v) }),
    'agora-classroom': createAgoraClassroomHandlers({ onViolation: (v) => violations.push(v) }),
  };
  const msw = setupServer(...handlers.anyclassroom!.handlers, ...handlers['agora-classroom']!.handlers);

  beforeAll(async () => {
    mocks = await startMocks({ host: '127.0.0.1', ports: { anyclassroom: 0, 'agora-classroom': 0 }, env: {}, onViolation: (v) => violations.push(v), log: () => undefined });
    // The server on 127.0.0.1 passes through; a request to the real hosts that no handler answered fails the test.
    msw.listen({ onUnhandledRequest: (request, print) => (new URL(request.url).hostname === '127.0.0.1' ? undefined : print.error()) });
  });
  afterAll(async () => {
    msw.close();
    await mocks?.close();
  });

  const serverReset = (api: string) => async () => {
    const origin = mocks.api(api).origin;
    await (await fetch(`${origin}/__mock/reset`, { method: 'POST' })).arrayBuffer();
    await (await fetch(`${origin}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ now: FROZEN_AT }) })).arrayBuffer();
  };
  const handlersReset = (api: string) => async () => {
    await handlers[api]!.reset();
    await handlers[api]!.clock.set(FROZEN_AT);
  };

  it.each(SAME_ANSWER_CASES.map((c) => [c.name, c] as const))('%s', async (_, testCase) => {
    const fromServer = await fetchCase(testCase, mocks.api(testCase.api).url, serverReset(testCase.api));
    const fromHandlers = await fetchCase(testCase, handlers[testCase.api]!.baseUrl, handlersReset(testCase.api));
    expect(fromServer.status).toBe(testCase.status);
    expect(fromHandlers).toEqual(fromServer);
  });

  it('answered every case within the documents (no response violation on either side)', () => {
    expect(violations).toEqual([]);
  });
});
