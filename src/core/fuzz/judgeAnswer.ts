import type { FuzzAnswer, FuzzRequest } from './types.ts';

/** A property of the fuzz run that one answer broke. */
export interface FuzzProblem {
  readonly kind: 'dropped' | 'server-error' | 'document-violation' | 'not-json';
  readonly detail: string;
}

/**
 * The per-request properties of a fuzz run: every request gets an HTTP answer (no reset, no hang),
 * none is a 5xx (no error rate is configured, so a 5xx is a bug), no answer is flagged by the
 * mock's own response validation (`x-mock-response-violations`, set next to `onViolation`), and a
 * body labelled JSON parses. Returns every property broken, `[]` when all hold.
 *
 * @example
 *   judgeAnswer(request, await sendRawRequest(origin, request, agent)); // []
 */
export function judgeAnswer(request: FuzzRequest, answer: FuzzAnswer): FuzzProblem[] {
  if (answer.kind === 'dropped') return [{ kind: 'dropped', detail: answer.error }];
  const problems: FuzzProblem[] = [];
  if (answer.status >= 500 || answer.status < 100) problems.push({ kind: 'server-error', detail: `status ${answer.status}: ${answer.body.slice(0, 300)}` });
  const flagged = answer.headers['x-mock-response-violations'];
  if (flagged !== undefined) problems.push({ kind: 'document-violation', detail: `${String(flagged)} violation(s) in the ${answer.status} answer of ${request.operationId ?? 'an unrouted request'}` });
  const type = String(answer.headers['content-type'] ?? '');
  if (request.method !== 'HEAD' && answer.body.length > 0 && /json/i.test(type)) {
    try {
      JSON.parse(answer.body);
    } catch {
      problems.push({ kind: 'not-json', detail: `content type ${type} but the body does not parse: ${answer.body.slice(0, 200)}` });
    }
  }
  return problems;
}
