import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFuzzReport, fuzzRunPassed } from '../../src/core/fuzz/formatFuzzReport.ts';
import { mutationKind } from '../../src/core/fuzz/mutationKind.ts';
import { credentialHeaders } from '../../src/core/fuzz/requestHeaders.ts';
import type { ApiFigures, FuzzReport } from '../../src/core/fuzz/runFuzz.ts';

const figures = (over: Partial<ApiFigures> = {}): ApiFigures => ({
  api: 'things',
  sent: 10,
  statuses: { '200': 6, '401': 4 },
  operations: {},
  serverErrors: 0,
  dropped: 0,
  violations: 0,
  notJson: 0,
  wrongStatus: 0,
  offDocument: 0,
  byMutation: { valid: { sent: 6, failing: 0 }, 'auth:missing': { sent: 4, failing: 0 } },
  open: {},
  disagreements: {},
  slowestMs: 3,
  ...over,
});
const report = (api: ApiFigures, failureCount = 0): FuzzReport => ({
  seed: 7,
  requests: api.sent,
  durationMs: 100,
  requestsPerSecond: 100,
  apis: [api],
  failures: [],
  failureCount,
  health: [{ api: api.api, status: 200, ok: true }],
  pollutedPrototypes: [],
});
const side = { violationReports: { things: 0 }, errorLogs: 0 };

describe('the fuzz report', () => {
  it('counts requests and wrong answers per kind of mutation, and passes only without a wrong answer', () => {
    const passing = report(figures());
    const text = formatFuzzReport(passing, side).join('\n');
    expect(text).toMatch(/valid\s+6\/0/);
    expect(text).toMatch(/auth:missing\s+4\/0/);
    expect(text).toContain('PASS');
    expect(fuzzRunPassed(passing, side)).toBe(true);
  });

  it('groups the wrong answers, says which readings were left open, and fails', () => {
    const wrong = figures({
      wrongStatus: 2,
      byMutation: { valid: { sent: 6, failing: 0 }, 'auth:missing': { sent: 4, failing: 2 } },
      open: { 'a header sent twice': 3 },
      disagreements: { 'listThings wrong-status: expected 401 (credentials refused), got 200': { count: 2, example: 'GET /v1/things' } },
    });
    const text = formatFuzzReport(report(wrong, 2), side).join('\n');
    expect(text).toMatch(/status not deserved\s+2/);
    expect(text).toMatch(/auth:missing\s+4\/2/);
    expect(text).toContain('things: a header sent twice ×3');
    expect(text).toContain('2 × listThings wrong-status: expected 401 (credentials refused), got 200');
    expect(text).toContain('FAIL');
    expect(fuzzRunPassed(report(wrong, 2), side)).toBe(false);
  });

  it.each([
    ['auth:x-agora-token:missing', 'auth:missing'],
    ['query:per_page:hostile', 'query:hostile'],
    ['auth:two-modes:authorization', 'auth:two-modes'],
    ['body:member', 'body:member'],
    ['route', 'route'],
  ])('counts %s as %s', (label, kind) => {
    expect(mutationKind(label)).toBe(kind);
  });
});

describe('credential headers with two alternatives (Agora, AG-12)', () => {
  const sets: Record<string, string>[] = [{ authorization: 'agora token=t' }, { 'x-agora-token': 't', 'x-agora-uid': 'u' }];
  const samples = fc.sample(credentialHeaders(sets, 64), { numRuns: 400, seed: 3 });

  it('sends each alternative, valid, most of the time', () => {
    const valid = samples.filter((s) => s.mutations.length === 0).map((s) => s.value.map(([n]) => n.toLowerCase()).sort().join(','));
    expect(new Set(valid)).toEqual(new Set(['authorization', 'x-agora-token,x-agora-uid']));
  });

  it('sometimes sends both, exactly one of them wrong, labelled with the valid one', () => {
    const both = samples.filter((s) => s.mutations.some((m) => m.startsWith('auth:two-modes:')));
    expect(both.length).toBeGreaterThan(0);
    for (const s of both) {
      const wrong = s.value.filter(([, v]) => v.endsWith('-wrong'));
      expect(wrong).toHaveLength(1);
      expect(s.mutations[0]).not.toBe(`auth:two-modes:${wrong[0]![0]}`);
    }
  });
});
