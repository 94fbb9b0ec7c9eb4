import { serializeJson } from '../../http/serializeJson.ts';
import { formatWarningsHeader } from '../pipeline/collectWarnings.ts';
import { contentTypeOf } from '../pipeline/serializeResponse.ts';
import { describeVerdict, type Verdict } from './describeVerdict.ts';
import type { JournalRecord } from './JournalRecord.ts';

/** Bodies longer than this many characters are cut in the journal's view (`truncated: true`). */
export const JOURNAL_BODY_LIMIT = 16 * 1024;

/** Header names whose values are credentials: shown as their length only. */
const SECRET_HEADER = /authorization|token|secret|password|cookie|api-?key/i;

/** A body as the journal shows it: text, possibly cut. */
export interface JournalBody {
  readonly text: string;
  readonly truncated: boolean;
}

/** One journal entry as `GET /__mock/requests` answers it (the `JournalEntry` schema of the mock-control document). */
export interface JournalEntryView {
  readonly id: number;
  readonly time: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly operationId: string | null;
  readonly status: number;
  readonly durationMs: number;
  readonly verdict: Verdict;
  readonly requestProblems: readonly string[];
  readonly responseProblems: readonly string[];
  readonly warnings: string | null;
  readonly prefer: { readonly header: string; readonly outcome: 'answered' | 'ignored' | 'delay-only' | 'not-used'; readonly reason?: string } | null;
  readonly faults: readonly string[];
  readonly request: { readonly headers: Readonly<Record<string, string>>; readonly body: JournalBody | null };
  readonly response: { readonly headers: Readonly<Record<string, string>>; readonly body: JournalBody | null };
}

/**
 * A journal record as JSON for the control API and the console: times as ISO strings, every
 * validation problem in words, credential headers replaced by their length (the journal is read
 * over HTTP and shown on screen; a token has no business there), and bodies as text cut at
 * `JOURNAL_BODY_LIMIT` characters.
 *
 * @example
 *   viewJournalRecord(record).verdict; // { kind: 'ok', reason: 'served' }
 */
export function viewJournalRecord(record: JournalRecord): JournalEntryView {
  const { trace, response } = record;
  const preferHeader = record.requestHeaders.prefer;
  const responseHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) responseHeaders[name] = String(value);
  const contentType = contentTypeOf(response);
  if (contentType && !Object.keys(responseHeaders).some((n) => n.toLowerCase() === 'content-type')) responseHeaders['Content-Type'] = contentType;
  return {
    id: record.id,
    time: new Date(record.receivedAt).toISOString(),
    method: record.method,
    path: record.path,
    query: record.query,
    operationId: trace.operationId ?? null,
    status: response.status,
    durationMs: Math.round(record.durationMs * 100) / 100,
    verdict: describeVerdict(record),
    requestProblems: trace.requestViolations.map((v) => `${v.in} ${v.in === 'body' ? v.path : v.name}: ${v.message}`),
    responseProblems: trace.responseViolations.map((v) => `${v.path}: ${v.message}`),
    warnings: formatWarningsHeader(record.warnings) ?? null,
    prefer: preferHeader
      ? { header: preferHeader, outcome: trace.prefer?.outcome ?? (trace.faults.some((f) => f.startsWith('Prefer')) ? 'delay-only' : 'not-used'), ...(trace.prefer?.reason ? { reason: trace.prefer.reason } : {}) }
      : null,
    faults: trace.faults,
    request: { headers: redact(record.requestHeaders), body: trace.requestBody === undefined ? null : cut(trace.requestBody) },
    response: { headers: responseHeaders, body: response.body === undefined ? null : cut(typeof response.body === 'string' ? response.body : serializeJson(response.body)) },
  };
}

function redact(headers: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = SECRET_HEADER.test(name) ? `(hidden: ${value.length} characters)` : value;
  }
  return out;
}

function cut(text: string): JournalBody {
  return text.length > JOURNAL_BODY_LIMIT ? { text: text.slice(0, JOURNAL_BODY_LIMIT), truncated: true } : { text, truncated: false };
}
