import type { JournalRecord } from './JournalRecord.ts';

/** The kinds of verdict, from best to worst news. */
export type VerdictKind = 'ok' | 'from-document' | 'domain-error' | 'refused' | 'faulted' | 'off-spec';

/** Why a request got the answer it got, in one word and one sentence. */
export interface Verdict {
  readonly kind: VerdictKind;
  readonly reason: string;
}

const REFUSALS: Readonly<Record<string, string>> = {
  RouteNotFound: 'no operation of the document has this path',
  MethodNotAllowed: 'the path exists, but not with this method',
  Unauthorized: 'credentials missing or not the ones the mock accepts',
  InvalidRequest: 'the request breaks the document',
  MalformedJson: 'the body is not valid JSON',
  UnsupportedMediaType: 'the body is not sent as application/json',
  PayloadTooLarge: 'the body is over the size limit',
  InternalError: 'a bug in the mock (see its log)',
  MalformedRequest: 'the request line or target cannot be read',
};

/**
 * The verdict on one journal record: the answer broke the document (`off-spec`, a mock bug), a
 * fault answered (`faulted`), a stage of the request path refused the request (`refused`, with the
 * stage's reason and, for an invalid request, the first problems), the API's rules said no
 * (`domain-error`), `Prefer` answered from the document (`from-document`), or `ok`.
 *
 * @example
 *   describeVerdict(record); // { kind: 'refused', reason: 'the request breaks the document: body $.until_time: must be integer' }
 */
export function describeVerdict(record: JournalRecord): Verdict {
  const trace = record;
  if (trace.responseViolations.length > 0) {
    const first = trace.responseViolations.slice(0, 3).map((v) => `${v.path}: ${v.message}`).join('; ');
    return { kind: 'off-spec', reason: `the answer breaks the document (${trace.responseViolations.length} problem${trace.responseViolations.length === 1 ? '' : 's'}): ${first}` };
  }
  if (trace.stoppedBy === 'ServiceUnavailable') return { kind: 'faulted', reason: trace.faults.length > 0 ? trace.faults.join(', ') : 'the mock could not save the change (state file)' };
  if (trace.stoppedBy) {
    let reason = REFUSALS[trace.stoppedBy] ?? trace.stoppedBy;
    if (trace.requestViolations.length > 0) {
      reason += `: ${trace.requestViolations.slice(0, 3).map((v) => `${v.in} ${v.in === 'body' ? v.path : v.name}${v.in !== 'body' && v.path !== '$' ? v.path.slice(1) : ''}: ${v.message}`).join('; ')}`;
      if (trace.requestViolations.length > 3) reason += ` (and ${trace.requestViolations.length - 3} more)`;
    }
    return { kind: 'refused', reason };
  }
  if (trace.prefer?.outcome === 'answered') return { kind: 'from-document', reason: 'Prefer asked for the document\'s answer' };
  if (record.status >= 400) {
    const before = trace.requestViolations.length > 0 ? ' (the request also breaks the document, but the API checks this first)' : '';
    return { kind: 'domain-error', reason: `the API's rules answered ${record.status}${before}` };
  }
  return { kind: 'ok', reason: trace.faults.length > 0 ? `served (${trace.faults.join(', ')})` : 'served' };
}
