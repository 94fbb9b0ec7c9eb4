import { formatWarningsHeader } from '../pipeline/collectWarnings.ts';
import { describeVerdict, type Verdict } from './describeVerdict.ts';
import type { JournalRecord } from './JournalRecord.ts';
import type { JournalMessage } from './packMessages.ts';

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
  /** Whether the request's and the answer's headers and bodies are still kept (the newest texts, 1 MiB, are: see `RequestJournal.add`). */
  readonly messagesKept: boolean;
  readonly request: JournalMessage;
  readonly response: JournalMessage;
}

const GONE: JournalMessage = { headers: {}, body: null };

/**
 * A journal record as JSON for the control API and the console: times as ISO strings, every
 * validation problem in words, and the request and the answer as the journal kept them (credential
 * headers as their length, bodies cut at 16 KiB; empty once newer messages have overwritten them).
 *
 * @example
 *   viewJournalRecord(record, journal.messages(record)).verdict; // { kind: 'ok', reason: 'served' }
 */
export function viewJournalRecord(record: JournalRecord, messages: { readonly request: JournalMessage; readonly response: JournalMessage } | undefined): JournalEntryView {
  const preferHeader = messages?.request.headers.prefer;
  return {
    id: record.id,
    time: new Date(record.receivedAt).toISOString(),
    method: record.method,
    path: record.path,
    query: record.query,
    operationId: record.operationId ?? null,
    status: record.status,
    durationMs: Math.round(record.durationMs * 100) / 100,
    verdict: describeVerdict(record),
    requestProblems: record.requestViolations.map((v) => `${v.in} ${v.in === 'body' ? v.path : v.name}: ${v.message}`),
    responseProblems: record.responseViolations.map((v) => `${v.path}: ${v.message}`),
    warnings: formatWarningsHeader(record.warnings) ?? null,
    prefer: preferHeader
      ? { header: preferHeader, outcome: record.prefer?.outcome ?? (record.faults.some((f) => f.startsWith('Prefer')) ? 'delay-only' : 'not-used'), ...(record.prefer?.reason ? { reason: record.prefer.reason } : {}) }
      : null,
    faults: record.faults,
    messagesKept: messages !== undefined,
    request: messages?.request ?? GONE,
    response: messages?.response ?? GONE,
  };
}
