import type { FuzzOracle } from './oracle/createOracle.ts';
import type { Expectation } from './oracle/Expectation.ts';
import type { FuzzAnswer, FuzzRequest } from './types.ts';

/** A property of the fuzz run that one answer broke. */
export interface FuzzProblem {
  readonly kind: 'dropped' | 'server-error' | 'document-violation' | 'not-json' | 'wrong-status' | 'off-document';
  readonly detail: string;
}

/** The problems of one answer, and what the oracle expected (absent without an oracle or an answer). */
export interface Judgement {
  readonly problems: FuzzProblem[];
  readonly expectation?: Expectation;
}

/**
 * The per-request properties of a fuzz run. The transport's: every request gets an HTTP answer (no
 * reset, no hang), none is a 5xx (no error rate is configured, so a 5xx is a bug), none is flagged
 * by the mock's own response validation (`x-mock-response-violations`), and a body labelled JSON
 * parses. The oracle's (`createOracle`): the status is one the request deserved (401 for refused
 * credentials, the API's 400 or 422 for a refused value, 404, 405, 413, 431, else a declared
 * success or domain error), and the answer satisfies the document by Prism's validator. Returns
 * every property broken, `[]` when all hold.
 *
 * @example
 *   judgeAnswer(request, await sendRawRequest(origin, request, agent), oracle).problems; // []
 */
export function judgeAnswer(request: FuzzRequest, answer: FuzzAnswer, oracle?: FuzzOracle): Judgement {
  if (answer.kind === 'dropped') return { problems: [{ kind: 'dropped', detail: answer.error }] };
  const problems: FuzzProblem[] = [];
  const serverError = answer.status >= 500 || answer.status < 100;
  if (serverError) problems.push({ kind: 'server-error', detail: `status ${answer.status}: ${answer.body.slice(0, 300)}` });
  const flagged = answer.headers['x-mock-response-violations'];
  if (flagged !== undefined) problems.push({ kind: 'document-violation', detail: `${String(flagged)} violation(s) in the ${answer.status} answer of ${request.operationId ?? 'an unrouted request'}` });
  const type = String(answer.headers['content-type'] ?? '');
  let parses = true;
  if (request.method !== 'HEAD' && answer.body.length > 0 && /json/i.test(type)) {
    try {
      JSON.parse(answer.body);
    } catch {
      parses = false;
      problems.push({ kind: 'not-json', detail: `content type ${type} but the body does not parse: ${answer.body.slice(0, 200)}` });
    }
  }
  if (!oracle || serverError || !parses) return { problems };
  const verdict = oracle.judge(request, answer);
  return { problems: [...problems, ...verdict.problems], expectation: verdict.expectation };
}
