import type { IncomingMessage } from 'node:http';
import { MAX_CLOCK_MS, type MockClock } from '../clock.ts';
import { compileOperations } from '../http/compileOperations.ts';
import { DEFAULT_BODY_LIMIT, readBody } from '../http/readBody.ts';
import { loadDocument } from '../openapi/loadDocument.ts';
import type { MockResponse } from './types.ts';

/** Compiled once per process: both mocks serve the same control API. */
let controlRoutes: ReturnType<typeof compileOperations> | undefined;

/**
 * The `/__mock/` control API served next to each mocked API (document:
 * `openapi/mock-control/openapi.yaml`): reset to the seed data, read and drive the clock. Requests and
 * answers are validated against its own document like any other.
 *
 * @example
 *   const control = createControlApi(clock);
 *   const answer = await control.handle(req, url, () => resetState());
 */
export function createControlApi(clock: MockClock) {
  controlRoutes ??= compileOperations(loadDocument('mock-control'), 'mock-control');
  const routes = controlRoutes;
  const error = (status: number, message: string, details?: string[]): MockResponse => ({
    status,
    body: details ? { error: message, details } : { error: message },
  });

  return {
    async handle(req: IncomingMessage, url: URL, resetState: () => void): Promise<MockResponse> {
      const routed = routes.route(req.method ?? 'GET', url.pathname);
      if (routed.kind === 'notFound') return error(404, `No control endpoint ${url.pathname}.`);
      if (routed.kind === 'methodNotAllowed') {
        return { ...error(405, `Method ${req.method ?? ''} not allowed on ${url.pathname}.`), headers: { Allow: routed.allowed.join(', ') } };
      }
      const op = routed.match.operation;
      // As on the APIs: only an operation that takes a body reads one; it must be JSON.
      let body: unknown;
      if (op.acceptsBody) {
        const raw = await readBody(req, DEFAULT_BODY_LIMIT);
        if (raw.kind === 'tooLarge') return { ...error(413, 'Request body too large.'), headers: { Connection: 'close' } };
        if (raw.kind === 'aborted') return error(400, 'The request body was not received in full.');
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (raw.text.length > 0 && type !== 'application/json') return error(415, 'Send the body as application/json.');
        try {
          body = JSON.parse(raw.text || 'null');
        } catch {
          return error(400, 'Malformed JSON body.');
        }
      }
      const violations = op.validateRequest({}, {}, body);
      if (violations.length > 0) {
        return error(400, 'Send exactly one of "now" or "advance".', violations.map((v) => `${v.path}: ${v.message}`));
      }
      let answer: MockResponse;
      switch (op.operationId) {
        case 'resetMock':
          clock.reset();
          resetState();
          answer = { status: 200, body: { reset: true, clock: clock.reading() } };
          break;
        case 'getMockClock':
          answer = { status: 200, body: clock.reading() };
          break;
        case 'setMockClock': {
          const command = body as { now?: number; advance?: number };
          const target = command.now !== undefined ? Math.round(command.now * 1000) : clock.nowMs() + Math.round((command.advance ?? 0) * 1000);
          // Past 9999-12-31 no timestamp the documents declare can be written.
          if (target > MAX_CLOCK_MS) return error(400, `The clock cannot go past ${new Date(MAX_CLOCK_MS).toISOString()}.`);
          clock.set(target);
          answer = { status: 200, body: clock.reading() };
          break;
        }
        default:
          throw new Error(`control operation ${op.operationId} has no handler`);
      }
      const problems = op.validateResponse(answer.status, 'application/json', answer.body);
      if (problems.length > 0) throw new Error(`control answer violates its document: ${JSON.stringify(problems)}`);
      return answer;
    },
  };
}
