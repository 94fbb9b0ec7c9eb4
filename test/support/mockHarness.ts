import { afterEach, expect } from 'vitest';
import { MockClock } from '../../src/core/clock.ts';
import { createMockServer, type MockServer, type MockServerOptions, type ResponseViolationReport } from '../../src/core/mock/createMockServer.ts';
import type { ApiMock, MockState } from '../../src/core/mock/types.ts';

/**
 * Every response a mock gives in the test suite is validated against its document; a violation
 * recorded here fails the test that caused it (checked after each test).
 */
const violations: ResponseViolationReport[] = [];

afterEach(() => {
  const found = violations.splice(0);
  expect(found, 'mock responses that violate the OpenAPI document').toEqual([]);
});

/** Wire this as `onViolation` of any mock a test starts itself (e.g. through `startMocks`). */
export const reportViolation = (report: ResponseViolationReport): void => {
  violations.push(report);
};

export interface TestMock<S extends MockState> {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly mock: MockServer<S>;
  readonly clock: MockClock;
  close(): Promise<void>;
}

/**
 * Starts one API's stateful mock on a free local port, with response validation wired to fail the
 * running test on any violation. Log lines are kept in `logs` instead of stderr.
 *
 * @example
 *   const t = await startTestMock(createAnyClassroomMock({ token: 't' }), seed);
 *   const res = await fetch(`${t.origin}/api/v1/devices`, { headers: { 'X-Token-AC': 't' } });
 */
export async function startTestMock<S extends MockState>(
  api: ApiMock<S>,
  seed: unknown,
  options: Partial<Omit<MockServerOptions<S>, 'api' | 'seed'>> & { logs?: Record<string, unknown>[] } = {},
): Promise<TestMock<S>> {
  const clock = options.clock ?? new MockClock();
  const mock = createMockServer<S>({
    ...options,
    api,
    seed,
    clock,
    onViolation: reportViolation,
    log: (entry) => options.logs?.push(entry),
  });
  const origin = await mock.listen(0, '127.0.0.1');
  return { origin, mock, clock, close: () => mock.close() };
}
