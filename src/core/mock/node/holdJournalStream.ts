import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLEARED_EVENT, journalEvent } from '../journal/journalEvents.ts';
import type { RequestJournal } from '../journal/RequestJournal.ts';
import { viewJournalRecord } from '../journal/viewJournalRecord.ts';
import type { Reply } from '../pipeline/PlainRequest.ts';
import { serializeResponse } from '../pipeline/serializeResponse.ts';

/** A comment line now and then keeps proxies and idle timeouts from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

/**
 * `GET /__mock/requests/stream` in Node: the engine answers the entries the client has not seen as
 * server-sent events; here the connection stays open and every new entry (and a clear) follows as
 * its own event, until the client goes away. Any other reply is left to the caller (`false`).
 *
 * @example
 *   if (!holdJournalStream(req, res, reply, handler.journal)) writeReply(res, reply);
 */
export function holdJournalStream(req: IncomingMessage, res: ServerResponse, reply: Reply, journal: RequestJournal): boolean {
  if (reply.kind !== 'respond' || reply.response.status !== 200 || reply.response.headers?.['Content-Type'] !== 'text/event-stream') return false;
  const { status, headers, payload } = serializeResponse(reply.response);
  res.writeHead(status, headers);
  res.write(payload);
  const stop = journal.subscribe((event) => {
    // Runs inside the request being journaled: a broken stream must not break that request.
    try {
      res.write(event === 'cleared' ? CLEARED_EVENT : journalEvent(viewJournalRecord(event, journal.messages(event))));
    } catch {
      stop();
    }
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  res.on('close', () => {
    stop();
    clearInterval(heartbeat);
  });
  return true;
}
