import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockClock } from '../clock.ts';
import { compileOperations, type CompiledOperations } from '../http/compileOperations.ts';
import { loadDocument } from '../openapi/loadDocument.ts';
import { createMockHandler, type MockHandler, type MockHandlerOptions } from './createMockHandler.ts';
import { answerClientError } from './node/answerClientError.ts';
import { applyCors } from './node/applyCors.ts';
import { createPrismResponder } from './node/createPrismResponder.ts';
import { holdJournalStream } from './node/holdJournalStream.ts';
import { readNodeBody } from './node/readNodeBody.ts';
import type { PlainRequest, Reply } from './pipeline/PlainRequest.ts';
import { serializeResponse } from './pipeline/serializeResponse.ts';
import type { MockState } from './types.ts';

export type { ResponseViolationReport } from './pipeline/checkResponse.ts';

export interface MockServerOptions<S extends MockState> extends Omit<MockHandlerOptions<S>, 'log' | 'control' | 'spec'> {
  /** Largest request head (request line + headers) in bytes; more answers 431 (default 16 KiB). */
  readonly headerLimit?: number | undefined;
  /** Time a client has to send a whole request, in ms; slower ones get 408 (default 30 s). */
  readonly requestTimeoutMs?: number | undefined;
  /** Structured log lines (violations, bugs). Defaults to JSON lines on stderr. */
  readonly log?: ((entry: Record<string, unknown>) => void) | undefined;
}

export interface MockServer<S extends MockState> {
  readonly server: Server;
  /** Starts listening; resolves with the base origin, e.g. `http://127.0.0.1:4010`. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops listening and resolves once every connection is closed (in-flight ones get `graceMs`, default 2 s). */
  close(graceMs?: number): Promise<void>;
  /** The current state (read-only use: tests and persistence). */
  state(): S;
  readonly clock: MockClock;
  /** The engine behind the listener (its journal, faults, and `prepareState` for scenario switches). */
  readonly handler: MockHandler<S>;
}

/** Compiled once per process: every mock serves the same control API. */
let controlRoutes: CompiledOperations | undefined;

/**
 * The node:http adapter of the mock engine (`createMockHandler`): turns each request into a plain
 * one, writes the reply, answers CORS preflights and what Node's parser refuses (`clientError`), and
 * owns the listener's lifecycle. Prism answers `Prefer: code/example/dynamic`; the control API is
 * served under `/__mock/`.
 *
 * @example
 *   const mock = createMockServer({ api: createSomeApiMock(config), seed });
 *   const origin = await mock.listen(4010, '127.0.0.1');
 */
export function createMockServer<S extends MockState>(options: MockServerOptions<S>): MockServer<S> {
  const headerLimit = options.headerLimit ?? 16 * 1024;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const log = options.log ?? ((entry) => process.stderr.write(`${JSON.stringify(entry)}\n`));
  controlRoutes ??= compileOperations(loadDocument('mock-control'), 'mock-control');
  const handler = createMockHandler<S>({
    ...options,
    log,
    control: controlRoutes,
    spec: createPrismResponder(options.api.name),
  });

  const server = createServer(
    {
      maxHeaderSize: headerLimit,
      requestTimeout: requestTimeoutMs,
      // HTTP/1.1 requires Host, but a missing one is answered like any other request (in the API's
      // format) rather than with Node's bare 400.
      requireHostHeader: false,
      headersTimeout: Math.min(requestTimeoutMs, 10_000),
      // Node checks the timeouts on this period (default 30 s, so a slow client could hold a socket
      // for up to twice the timeout).
      connectionsCheckingInterval: Math.max(100, Math.min(requestTimeoutMs / 4, 5_000)),
    },
    (req, res) => {
      if (applyCors(req, res)) return;
      const send = (reply: Reply) => holdJournalStream(req, res, reply, handler.journal) || writeReply(res, reply);
      const writeFailed = (error: unknown) => {
        // The handler answers its own failures; this is writing the answer failing.
        log({ level: 'error', msg: 'mock bug: unhandled error', error: error instanceof Error ? error.stack : String(error), method: req.method });
        if (!res.headersSent) writeReply(res, { kind: 'respond', response: handler.renderError({ kind: 'InternalError' }), closeConnection: false });
      };
      // A read is answered in the same tick it arrived in (no promise); a request that waits, when it settles.
      const reply = handler.handleNow(toPlainRequest(req));
      if (reply instanceof Promise) reply.then(send).catch(writeFailed);
      else
        try {
          send(reply);
        } catch (error) {
          writeFailed(error);
        }
    },
  );
  server.on('clientError', answerClientError((error) => handler.renderError(error), { headerLimit, requestTimeoutMs }));

  return {
    server,
    handler,
    clock: handler.clock,
    state: () => handler.state(),
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          handler.routes.warmUpInBackground();
          const address = server.address() as AddressInfo;
          resolve(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
        });
      });
    },
    close(graceMs = 2_000) {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests still in flight (a slow upload, a long `Prefer: delay`) get `graceMs` to finish;
        // then their connections are closed, so a stop never hangs on a client.
        setTimeout(() => server.closeAllConnections(), graceMs).unref();
      });
    },
  };
}

/** Node's request as the engine's plain request (Node already lower-cases names and joins repeated headers). */
function toPlainRequest(req: IncomingMessage): PlainRequest {
  return {
    method: req.method ?? 'GET',
    target: req.url ?? '/',
    headers: req.headers as Record<string, string | undefined>,
    readBody: (limit) => readNodeBody(req, limit),
  };
}

function writeReply(res: ServerResponse, reply: Reply): void {
  // A client that went away gets nothing; an answer already started (never, today) is not restarted.
  if (reply.kind === 'clientGone' || res.headersSent) return;
  const { status, headers, payload, bytes } = reply.serialized ?? serializeResponse(reply.response);
  // The head as a flat list of names and values: the serialised headers are shared by a remembered
  // answer's requests, and a copy with Content-Length added would get a hidden class of its own for
  // every request.
  const head: (string | number)[] = [];
  for (const name in headers) head.push(name, headers[name]!);
  // A remembered answer's bytes go out as they are (no string to join with the head and encode again).
  head.push('Content-Length', bytes ? bytes.length : Buffer.byteLength(payload));
  if (reply.closeConnection) head.push('Connection', 'close');
  res.writeHead(status, head);
  res.end(bytes ?? payload);
}
