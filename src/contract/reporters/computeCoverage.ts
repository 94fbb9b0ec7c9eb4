import type { CompiledOperation } from '../../core/http/compileOperations.ts';
import type { CoverageReport, Observation, OperationCoverage, Share } from '../types.ts';

/**
 * Coverage of a document by the answers a run saw: an operation counts once it answered at all, a
 * documented response once an answer selected it (`responseFor`: exact status first, then `NXX`,
 * then `default`, as OpenAPI does).
 *
 * @example
 *   computeCoverage('anyclassroom', routes.operations, [{ operationId: 'listDevices', status: 200 }]);
 *   // { operations: { exercised: 1, total: 7, share: 0.142... }, responses: { exercised: 1, total: 47, ... }, ... }
 */
export function computeCoverage(api: string, operations: readonly CompiledOperation[], observations: readonly Pick<Observation, 'operationId' | 'status'>[]): CoverageReport {
  const byOperation = operations.map((op): OperationCoverage => {
    const seen = observations.filter((o) => o.operationId === op.operationId);
    const used = new Set<string>();
    const undeclared = new Set<number>();
    for (const { status } of seen) {
      const key = op.responseFor(status)?.key;
      if (key) used.add(key);
      else undeclared.add(status);
    }
    return {
      operationId: op.operationId,
      method: op.method,
      path: op.pathTemplate,
      exercised: seen.length > 0,
      responses: op.responses.map(({ key }) => ({ status: key, exercised: used.has(key) })),
      undeclared: [...undeclared].sort(),
    };
  });
  const share = (exercised: number, total: number): Share => ({ exercised, total, share: total === 0 ? 1 : exercised / total });
  const responses = byOperation.flatMap((o) => o.responses);
  return {
    api,
    operations: share(byOperation.filter((o) => o.exercised).length, byOperation.length),
    responses: share(responses.filter((r) => r.exercised).length, responses.length),
    byOperation,
  };
}

/**
 * The one-line coverage figure the console and the README quote.
 *
 * @example
 *   formatCoverage(report); // 'coverage: operations 7/7 (100%), documented responses 28/47 (60%)'
 */
export function formatCoverage(report: CoverageReport): string {
  const pct = (s: Share) => `${s.exercised}/${s.total} (${Math.round(s.share * 100)}%)`;
  return `coverage: operations ${pct(report.operations)}, documented responses ${pct(report.responses)}`;
}
