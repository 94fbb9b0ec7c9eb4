import { fuzzPassed, type FuzzReport } from './runFuzz.ts';

/** Figures a fuzz run reports besides its own: what the mocks told through `onViolation` and their logs. */
export interface FuzzSideFigures {
  /** `onViolation` reports per API (the mock's own response validation). */
  readonly violationReports: Readonly<Record<string, number>>;
  /** Error lines the mocks logged (`mock bug: unhandled error`). */
  readonly errorLogs: number;
}

/** The verdict of `npm run fuzz`: every property held, by the run's figures and by the mocks' own. */
export const fuzzRunPassed = (report: FuzzReport, side: FuzzSideFigures): boolean =>
  fuzzPassed(report) && side.errorLogs === 0 && Object.values(side.violationReports).every((n) => n === 0);

/**
 * The text `npm run fuzz` prints: one column per API with requests sent, 5xx, dropped
 * connections, document violations, answers the oracle refused (status, document), then requests
 * and wrong answers per kind of mutation, the readings left open, the wrong answers grouped,
 * status codes, throughput, the post-run health check and the verdict; with `byOperation`, status
 * codes per operation too.
 *
 * @example
 *   console.log(formatFuzzReport(report, { violationReports: { anyclassroom: 0 }, errorLogs: 0 }).join('\n'));
 */
export function formatFuzzReport(report: FuzzReport, side: FuzzSideFigures, options: { byOperation?: boolean } = {}): string[] {
  const names = report.apis.map((a) => a.api);
  const width = Math.max(...names.map((n) => n.length), 8) + 2;
  const row = (label: string, values: (string | number)[]) => `  ${label.padEnd(24)}${values.map((v) => String(v).padStart(width)).join('')}`;
  const statuses = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}×${n}`)
      .join('  ');
  const lines = [
    `Fuzzed ${names.length === 1 ? 'one mock' : `${names.length} mocks`} (${names.join(', ')}) with ${report.requests} requests generated from their OpenAPI documents (seed ${report.seed}).`,
    '',
    row('', names),
    row('requests sent', report.apis.map((a) => a.sent)),
    row('5xx answers', report.apis.map((a) => a.serverErrors)),
    row('dropped connections', report.apis.map((a) => a.dropped)),
    row('document violations', report.apis.map((a) => `${a.violations}/${side.violationReports[a.api] ?? 0}`)),
    row('JSON bodies not parsing', report.apis.map((a) => a.notJson)),
    row('status not deserved', report.apis.map((a) => a.wrongStatus)),
    row('off the document (Prism)', report.apis.map((a) => a.offDocument)),
    row('slowest answer (ms)', report.apis.map((a) => Math.round(a.slowestMs))),
    '  (document violations: answers flagged x-mock-response-violations / onViolation reports;',
    '   status not deserved: the oracle\'s verdict from the documents and decisions; off the document:',
    '   the answer checked by Prism\'s validator against the operation, or the API\'s error schema)',
    '',
    'Requests per kind of mutation (sent / with a wrong answer):',
    ...mutationRows(report, names, width),
    '',
    'Status codes:',
    ...report.apis.map((a) => `  ${a.api.padEnd(width)}${statuses(a.statuses)}`),
  ];
  const open = report.apis.flatMap((a) => Object.entries(a.open).map(([point, n]) => `  ${a.api}: ${point} ×${n}`));
  if (open.length > 0) lines.push('', 'Readings the sources leave open (every reading\'s answer accepted):', ...open);
  for (const a of report.apis) {
    const groups = Object.entries(a.disagreements).sort(([, x], [, y]) => y.count - x.count);
    if (groups.length === 0) continue;
    lines.push('', `Wrong answers of ${a.api}, grouped:`);
    for (const [group, { count, example }] of groups) lines.push(`  ${String(count).padStart(5)} × ${group}`, `          e.g. ${example.slice(0, 400)}`);
  }
  if (options.byOperation) {
    for (const a of report.apis) {
      lines.push('', `Status codes per operation, ${a.api}:`);
      for (const [op, counts] of Object.entries(a.operations).sort(([x], [y]) => x.localeCompare(y))) lines.push(`  ${op.padEnd(28)}${statuses(counts)}`);
    }
  }
  lines.push(
    '',
    `Throughput: ${Math.round(report.requestsPerSecond)} requests/s (${(report.durationMs / 1000).toFixed(1)} s).`,
    `Mock bugs logged: ${side.errorLogs}. Prototype pollution: ${report.pollutedPrototypes.length === 0 ? 'none' : report.pollutedPrototypes.join(', ')}.`,
    `Health check after the run: ${report.health.map((h) => `${h.api} ${h.status} ${h.ok ? 'ok' : 'FAILED'}`).join(', ')}.`,
  );
  if (report.failureCount > 0) {
    lines.push('', `${report.failureCount} failing request(s); the first ${report.failures.length}:`);
    for (const f of report.failures) {
      lines.push(`  - ${f.request}`, ...f.problems.map((p) => `      ${p.kind}: ${p.detail}`));
      if (f.expected) lines.push(`      expected: ${f.expected}`);
    }
  }
  lines.push(
    '',
    fuzzRunPassed(report, side)
      ? 'PASS: every answer is the one its request deserved and on the document; no 5xx, no dropped connection, every mock healthy afterwards.'
      : `FAIL: see above. Replay with --seed ${report.seed}.`,
  );
  return lines;
}

/** One row per kind of mutation: `sent/failing` per API. */
function mutationRows(report: FuzzReport, names: readonly string[], width: number): string[] {
  const kinds = [...new Set(report.apis.flatMap((a) => Object.keys(a.byMutation)))].sort((a, b) => (a === 'valid' ? -1 : b === 'valid' ? 1 : a.localeCompare(b)));
  return kinds.map((kind) => {
    const cells = names.map((api) => {
      const m = report.apis.find((a) => a.api === api)?.byMutation[kind];
      return m ? `${m.sent}/${m.failing}` : '-';
    });
    return `  ${kind.padEnd(30)}${cells.map((c) => c.padStart(width)).join('')}`;
  });
}
