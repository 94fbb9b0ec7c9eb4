import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { serializeJson } from '../../http/serializeJson.ts';
import type { MockResponse, TransportError } from '../types.ts';

/** The server's limits, to name them in the answers. */
export interface ClientErrorLimits {
  readonly headerLimit: number;
  readonly requestTimeoutMs: number;
}

/**
 * A node:http `clientError` listener: requests Node's parser refuses before they reach the handler
 * (headers over the limit, a client too slow, bytes that are not HTTP) still get an answer in the
 * API's own format, written raw on the socket, and the connection is closed. A reset socket, or one
 * already answering, is just destroyed.
 *
 * @example
 *   server.on('clientError', answerClientError((error) => handler.renderError(error), { headerLimit, requestTimeoutMs }));
 */
export function answerClientError(render: (error: TransportError) => MockResponse, limits: ClientErrorLimits) {
  return (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket: Duplex): void => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const transport: TransportError =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? { kind: 'HeadersTooLarge', limit: limits.headerLimit }
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? { kind: 'RequestTimeout', timeoutMs: limits.requestTimeoutMs }
          : { kind: 'MalformedRequest' };
    const response = render(transport);
    // A HEAD request gets the status and headers only (RFC 9110 9.3.2).
    const isHead = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    const payload = serializeJson(response.body);
    socket.end(
      `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${isHead ? '' : payload}`,
    );
  };
}
