import type { JournalEntryView } from './viewJournalRecord.ts';

/** Milliseconds an `EventSource` waits before it reconnects (and asks for what it missed with `Last-Event-ID`). */
export const STREAM_RETRY_MS = 1000;

/**
 * One journal entry as a server-sent event: `id` (so that a reconnecting `EventSource` sends
 * `Last-Event-ID`), `event: request`, the entry as JSON on one `data` line.
 *
 * @example
 *   journalEvent(view); // 'id: 7\nevent: request\ndata: {"id":7,...}\n\n'
 */
export function journalEvent(view: JournalEntryView): string {
  return `id: ${view.id}\nevent: request\ndata: ${JSON.stringify(view)}\n\n`;
}

/** The event sent when the journal is cleared. */
export const CLEARED_EVENT = 'event: cleared\ndata: {}\n\n';

/**
 * The start of a journal stream: the reconnection delay, then every entry newer than `after`.
 *
 * @example
 *   streamStart([]); // 'retry: 1000\n\n'
 */
export function streamStart(views: readonly JournalEntryView[]): string {
  return `retry: ${STREAM_RETRY_MS}\n\n${views.map(journalEvent).join('')}`;
}
