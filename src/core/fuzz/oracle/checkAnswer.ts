import type { FuzzAnswer, FuzzRequest } from '../types.ts';
import { describeExpectation, type AnsweredBy, type Expectation, type ExpectedOutcome } from './Expectation.ts';
import { prismOutputProblems, type PrismOperation } from './prismValidation.ts';

/** An answer the oracle does not accept: a status the request did not deserve, or a body or header off the document. */
export interface OracleProblem {
  readonly kind: 'wrong-status' | 'off-document';
  readonly detail: string;
}

/** Prism's operations of one document, and the one that holds its error format for answers outside every operation. */
export interface DocumentValidators {
  readonly operations: ReadonlyMap<string, PrismOperation>;
  readonly outside: PrismOperation;
}

/**
 * Judges an answer against what the request deserved: its status must be one of the expected
 * outcomes', and for one of those outcomes the answer must satisfy the document with Prism's
 * validator (the operation's declared response for that status, or the API's error schema for an
 * answer outside every operation), a 405 listing in `Allow` exactly the methods the path serves. A
 * HEAD answer has no body to check.
 *
 * @example
 *   checkAnswer({ api, control }, request, expectation, answer); // [] or [{ kind: 'wrong-status', detail: 'expected 401 (credentials refused), got 200' }]
 */
export function checkAnswer(
  validators: Readonly<Record<AnsweredBy['document'], DocumentValidators>>,
  request: Pick<FuzzRequest, 'method'>,
  expectation: Expectation,
  answer: Extract<FuzzAnswer, { kind: 'answer' }>,
): OracleProblem[] {
  const candidates = expectation.outcomes.filter((o) => o.statuses.includes(answer.status));
  if (candidates.length === 0) return [{ kind: 'wrong-status', detail: `expected ${describeExpectation(expectation)}, got ${answer.status}: ${answer.body.slice(0, 200)}` }];
  const headers = flatHeaders(answer.headers);
  let first: OracleProblem[] | undefined;
  for (const outcome of candidates) {
    const found: OracleProblem[] = [];
    if (outcome.allow) {
      const allowed = (headers.allow ?? '').split(',').map((m) => m.trim().toUpperCase()).filter(Boolean);
      if (allowed.length !== outcome.allow.length || !outcome.allow.every((m) => allowed.includes(m))) {
        found.push({ kind: 'off-document', detail: `405 Allow "${headers.allow ?? ''}" is not the path's methods ${outcome.allow.join(', ')}` });
      }
    }
    found.push(...warningProblems(outcome.warnings, headers['x-mock-warnings']));
    if (request.method !== 'HEAD') {
      const { document, operationId } = outcome.answeredBy;
      const validator = validators[document];
      const op = operationId === null ? validator.outside : validator.operations.get(operationId);
      if (op) {
        const body = parseBody(answer.body);
        const where = operationId ?? `${document} outside every operation`;
        for (const p of prismOutputProblems(op, answer.status, headers, body)) found.push({ kind: 'off-document', detail: `${answer.status} of ${where}: ${p.message}` });
      }
    }
    if (found.length === 0) return [];
    first ??= found;
  }
  return first ?? [];
}

/** An item of `x-mock-warnings`: visible ASCII, no comma (MK-2). */
const WARNING_ITEM = /^(?:unknown-field|unknown-query) [!-+\--~]{1,203}$|^truncated \d+$/;

/**
 * `x-mock-warnings` against MK-2: absent before the body is decoded; else well-formed (items of
 * visible ASCII, at most 20 and a `truncated` count) and, unless truncated or cut, naming exactly
 * the undeclared query parameters, in the order sent.
 */
function warningProblems(expected: ExpectedOutcome['warnings'], header: string | undefined): OracleProblem[] {
  if (expected === 'unchecked') return [];
  if (expected === undefined) return header === undefined ? [] : [{ kind: 'off-document', detail: `x-mock-warnings "${header.slice(0, 200)}" on an answer given before the body was decoded` }];
  const items = header === undefined ? [] : header.split(', ');
  const malformed = items.filter((item) => !WARNING_ITEM.test(item));
  if (malformed.length > 0 || items.length > 21) return [{ kind: 'off-document', detail: `x-mock-warnings is not a bounded list of items (MK-2): ${JSON.stringify(malformed.slice(0, 3))}` }];
  if (items.some((item) => item.startsWith('truncated ') || item.endsWith('...'))) return [];
  const named = items.filter((item) => item.startsWith('unknown-query ')).map((item) => decodeItem(item.slice('unknown-query '.length)));
  const want = expected.unknownQuery;
  if (named.length === want.length && named.every((name, i) => name === want[i])) return [];
  return [{ kind: 'off-document', detail: `x-mock-warnings names the query parameters ${JSON.stringify(named).slice(0, 200)}, not the undeclared ${JSON.stringify(want).slice(0, 200)}` }];
}

function decodeItem(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function flatHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function parseBody(text: string): unknown {
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
