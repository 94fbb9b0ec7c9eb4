import { streamStart } from '../journal/journalEvents.ts';
import type { RequestJournal } from '../journal/RequestJournal.ts';
import { viewJournalRecord } from '../journal/viewJournalRecord.ts';
import type { MockResponse } from '../types.ts';
import type { ControlCall } from './ControlContext.ts';

/**
 * `GET /__mock/requests` (the journal, filtered by `path`, `status`, `after`, `limit`) and
 * `DELETE /__mock/requests` (clear). The query is validated against the document before this runs.
 *
 * @example
 *   journalOperation(journal, { operationId: 'listMockRequests', query: { status: '4xx' }, path: {}, body: undefined });
 */
export function journalOperation(journal: RequestJournal, call: ControlCall): MockResponse | undefined {
  switch (call.operationId) {
    case 'listMockRequests': {
      const q = call.query as { path?: string; status?: string; after?: number; limit?: number };
      const records = journal.list({ path: q.path, status: q.status, after: q.after, limit: q.limit });
      return { status: 200, body: { capacity: journal.capacity, kept: journal.size, lastId: journal.lastId, entries: records.map((record) => viewJournalRecord(record, journal.messages(record))) } };
    }
    case 'streamMockRequests': {
      // The entries newer than `after` (or the `Last-Event-ID` a reconnecting EventSource sends) as
      // server-sent events. An adapter that can hold a connection open (the Node one) goes on
      // sending each new entry; any other ends here and the client reconnects after `retry`.
      const q = call.query as { after?: number };
      const lastEventId = Number(call.lastEventId);
      const after = q.after ?? (Number.isSafeInteger(lastEventId) && lastEventId >= 0 ? lastEventId : journal.lastId);
      const records = journal.list({ after });
      return {
        status: 200,
        body: streamStart(records.map((record) => viewJournalRecord(record, journal.messages(record)))),
        headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' },
      };
    }
    case 'clearMockRequests': {
      const cleared = journal.size;
      journal.clear();
      return { status: 200, body: { cleared, lastId: journal.lastId } };
    }
    default:
      return undefined;
  }
}
