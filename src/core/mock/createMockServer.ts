import { createDomainEnv } from '../domain/DomainEnv.ts';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { MockClock } from '../clock.ts';
import { applyCors } from '../http/cors.ts';
import { compileOperations, type CompiledOperation } from '../http/compileOperations.ts';
import { parsePrefer, wantsPrism, type Preferences } from '../http/prefer.ts';
import { DEFAULT_BODY_LIMIT, readBody } from '../http/readBody.ts';
import { serializeJson } from '../http/serializeJson.ts';
import type { SchemaViolation } from '../openapi/createSchemaValidator.ts';
import { createControlApi } from './controlApi.ts';
import { createPrismResponder, PrismPreferenceError } from './prismResponder.ts';
import type { StatePersistence } from '../store/StatePersistence.ts';
import type { StoreChange } from '../store/Store.ts';
import type { ApiMock, MockResponse, MockState, TransportError } from './types.ts';

/** A response that did not match the document: logged, flagged in a header, reported to `onViolation`. */
export interface ResponseViolationReport {
  readonly api: string;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly violations: readonly SchemaViolation[];
}

export interface MockServerOptions<S extends MockState> {
  readonly api: ApiMock<S>;
  /** The seed data set the state starts from (and returns to on reset). */
  readonly seed: unknown;
  readonly clock?: MockClock;
  /** Added to every API request (not to the control API), in milliseconds. */
  readonly latencyMs?: number;
  /** Share of API requests, 0 to 1, answered 503 in the API's own format. */
  readonly errorRate?: number;
  /** Random source for `errorRate` (tests pass a fixed one). */
  readonly random?: () => number;
  readonly bodyLimit?: number;
  /** Largest request head (request line + headers) in bytes; more answers 431 (default 16 KiB). */
  readonly headerLimit?: number;
  /** Time a client has to send a whole request, in ms; slower ones get 408 (default 30 s). */
  readonly requestTimeoutMs?: number;
  /**
   * Keeps the state across restarts: loaded at creation when the file holds this API, and written
   * (atomically) before each change is acknowledged.
   */
  readonly stateFile?: StatePersistence;
  /** Called for every response that violates the document (tests fail on it). */
  readonly onViolation?: (report: ResponseViolationReport) => void;
  /** Structured log lines (violations, bugs). Defaults to JSON lines on stderr. */
  readonly log?: (entry: Record<string, unknown>) => void;
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
}

const JSON_TYPE = 'application/json';

/**
 * The shared HTTP adapter of both stateful mocks: parses, routes, authenticates and validates each
 * request against the API's document, calls the API's pure `handle`, validates the answer against the
 * document and serialises it. The API-specific parts arrive as an `ApiMock`.
 *
 * @example
 *   const mock = createMockServer({ api: anyClassroomMock(), seed });
 *   const origin = await mock.listen(4010, '127.0.0.1');
 */
export function createMockServer<S extends MockState>(options: MockServerOptions<S>): MockServer<S> {
  const { api } = options;
  const clock = options.clock ?? new MockClock();
  const routes = compileOperations(api.document, api.name);
  const control = createControlApi(clock);
  const prism = createPrismResponder(api.name as 'anyclassroom' | 'agora-classroom');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const random = options.random ?? Math.random;
  const log = options.log ?? ((entry) => process.stderr.write(`${JSON.stringify(entry)}\n`));
  const headerLimit = options.headerLimit ?? 16 * 1024;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const env = () => createDomainEnv(clock.nowMs());
  const saved = options.stateFile?.load(api.name);
  if (saved && saved.stateVersion !== api.stateVersion) {
    throw new Error(`the state file ${options.stateFile?.location} holds ${api.name} tables of version ${saved.stateVersion}; this mock reads version ${api.stateVersion}. Move the file away to start from the seed.`);
  }
  const seededState = (): S => {
    const fresh = api.newState();
    api.loadSeed(fresh, options.seed, env());
    return fresh;
  };
  let state: S;
  if (saved) {
    state = api.newState();
    state.store.restore(saved.snapshot, saved.changes);
  } else {
    state = seededState();
  }
  if (saved?.frozenClockMs != null) clock.set(saved.frozenClockMs);

  const frozenClockMs = () => (clock.reading().frozen ? clock.nowMs() : null);
  // Whether the state file holds this API's tables yet. Until it does, appending changes alone would
  // lose the seeded rows (they were never written), so the first write saves the whole picture.
  let saveAll = saved === undefined;
  /** Appends a transaction's changes (and a frozen clock) to the state file, if there is one. Throws if it fails. */
  const persist = (changes: readonly StoreChange[]) => {
    if (!options.stateFile) return;
    if (saveAll) {
      options.stateFile.replace(api.name, { stateVersion: api.stateVersion, snapshot: state.store.snapshot(), frozenClockMs: frozenClockMs() });
      saveAll = false;
    } else {
      options.stateFile.append(api.name, { stateVersion: api.stateVersion, changes, frozenClockMs: frozenClockMs() });
    }
  };

  const send = (res: ServerResponse, response: MockResponse, extraHeaders?: Record<string, string>) => {
    const payload = response.body === undefined ? '' : serializeJson(response.body);
    const headers: Record<string, string | number> = { ...response.headers, ...extraHeaders, 'Content-Length': Buffer.byteLength(payload) };
    if (response.body !== undefined) headers['Content-Type'] = response.headers?.['Content-Type'] ?? JSON_TYPE;
    res.writeHead(response.status, headers);
    res.end(payload);
  };

  /** Validates an answer of an operation, reports violations, and sends it. */
  const sendChecked = (res: ServerResponse, req: IncomingMessage, op: CompiledOperation, response: MockResponse) => {
    const contentType = response.body === undefined ? undefined : (response.headers?.['Content-Type'] ?? JSON_TYPE);
    const violations = op.validateResponse(response.status, contentType, response.body);
    if (violations.length === 0) return send(res, response);
    const report: ResponseViolationReport = { api: api.name, operationId: op.operationId, method: req.method ?? '', url: req.url ?? '', status: response.status, violations };
    // Logs carry the route template, never the URL or bodies: those may hold tokens and passwords.
    log({ level: 'warn', msg: 'response violates the OpenAPI document', api: api.name, operationId: op.operationId, route: `${op.method} ${op.pathTemplate}`, status: response.status, violations: violations.map((v) => `${v.path}: ${v.message}`) });
    options.onViolation?.(report);
    send(res, response, { 'x-mock-response-violations': String(violations.length) });
  };

  const fail = (res: ServerResponse, error: TransportError, op?: CompiledOperation, req?: IncomingMessage) => {
    const response = api.renderError(error, env());
    if (op && req) sendChecked(res, req, op, response);
    else send(res, response);
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? 'GET';
    const apiPath = api.toApiPath(url.pathname);
    if (apiPath === null) return fail(res, { kind: 'RouteNotFound', method, path: url.pathname });
    const routed = routes.route(method, apiPath);
    if (routed.kind === 'notFound') return fail(res, { kind: 'RouteNotFound', method, path: url.pathname });
    if (routed.kind === 'methodNotAllowed') return fail(res, { kind: 'MethodNotAllowed', method, path: url.pathname, allowed: routed.allowed });
    const { operation: op, params } = routed.match;

    // Only operations that take a body read one (and may answer 413); Node discards any other body
    // once the response is sent.
    let bodyText = '';
    if (op.acceptsBody) {
      const body = await readBody(req, bodyLimit);
      if (body.kind === 'aborted') return;
      if (body.kind === 'tooLarge') {
        res.setHeader('Connection', 'close');
        return fail(res, { kind: 'PayloadTooLarge', limit: bodyLimit }, op, req);
      }
      bodyText = body.text;
    }

    const prefer: Preferences = parsePrefer(header(req, 'prefer'));
    const delay = (options.latencyMs ?? 0) + (prefer.delayMs ?? 0);
    if (delay > 0) await sleep(delay);
    if (options.errorRate && random() < options.errorRate) {
      res.setHeader('Retry-After', '1');
      return fail(res, { kind: 'ServiceUnavailable' }, op, req);
    }

    const headers = req.headers as Record<string, string | undefined>;
    const unauthorized = api.authenticate(headers, params);
    if (unauthorized) return fail(res, unauthorized, op, req);

    let parsed: unknown;
    if (op.acceptsBody && bodyText.length > 0) {
      const type = (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== JSON_TYPE && !type.endsWith('+json')) return fail(res, { kind: 'UnsupportedMediaType', contentType: type }, op, req);
      try {
        parsed = JSON.parse(bodyText, rejectNonFinite);
      } catch (error) {
        return fail(res, { kind: 'MalformedJson', detail: (error as Error).message }, op, req);
      }
    } else if (op.acceptsBody) {
      // Laravel and Agora read an absent body as empty input: the validation names what is missing.
      parsed = {};
    }

    const pathValues: Record<string, unknown> = params;
    const query: Record<string, unknown> = {};
    // A repeated query parameter keeps its first value.
    if (url.search.length > 1) for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
    const violations = op.validateRequest(pathValues, query, parsed);
    if (violations.length > 0) return fail(res, { kind: 'InvalidRequest', violations }, op, req);

    let preferIgnored: string | undefined;
    if (wantsPrism(prefer)) {
      try {
        return sendChecked(res, req, op, await prism.respond({ method, path: apiPath, query: url.searchParams, headers, body: parsed, prefer }));
      } catch (error) {
        if (!(error instanceof PrismPreferenceError)) throw error;
        // RFC 7240: a preference that cannot be honoured is ignored; the stateful answer follows,
        // and a header says why Prism could not give the one asked for.
        preferIgnored = error.message.replace(/[^\x20-\x7e]/g, ' ').slice(0, 200);
      }
    }

    const request = { operationId: op.operationId, path: pathValues, query, headers, body: parsed, url, apiPath };
    const { result: response, changes, undo } = state.store.transaction(() => api.handle(state, request, env()));
    // HEAD is GET without a body and changes nothing (RFC 9110): a HEAD on the polling endpoint must
    // not consume the events.
    if (method === 'HEAD') undo();
    else if (changes.length > 0) {
      try {
        persist(changes);
      } catch (error) {
        // Not saved means not done: the change is undone and the client told to retry.
        undo();
        log({ level: 'error', msg: 'cannot write the state file; the change was not applied', error: (error as Error).message });
        res.setHeader('Retry-After', '1');
        return fail(res, { kind: 'ServiceUnavailable' }, op, req);
      }
    }
    sendChecked(res, req, op, preferIgnored ? { ...response, headers: { ...response.headers, 'x-mock-prefer-ignored': preferIgnored } } : response);
  }

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
      let url: URL;
      try {
        // The Host header builds the URLs the answers echo (Laravel's pagination links); without a
        // usable one the mock's own address stands in.
        url = parseRequestUrl(req.url ?? '/', req.headers.host);
        decodeURIComponent(url.pathname);
      } catch {
        // Broken percent-encoding: not a request any route could match.
        return fail(res, { kind: 'MalformedRequest' });
      }
      const work = url.pathname.startsWith('/__mock/')
        ? control.handle(req, url, () => {
            state = seededState();
            options.stateFile?.replace(api.name, { stateVersion: api.stateVersion, snapshot: state.store.snapshot(), frozenClockMs: frozenClockMs() });
            saveAll = false;
          }).then((answer) => {
            // A clock change is saved too (a reset saved itself, clock included, above).
            if (answer.status === 200 && req.method === 'POST' && !url.pathname.endsWith('/reset')) persist([]);
            return answer;
          })
        : handleApi(req, res, url);
      Promise.resolve(work)
        .then((answer) => {
          if (answer && !res.headersSent) send(res, answer);
        })
        .catch((error: unknown) => {
          log({ level: 'error', msg: 'mock bug: unhandled error', error: error instanceof Error ? error.stack : String(error), method: req.method });
          if (!res.headersSent) send(res, api.renderError({ kind: 'InternalError' }, env()));
        });
    },
  );

  // Requests Node's parser refuses before they reach the handler (headers over the limit, a client
  // too slow, bytes that are not HTTP) still get an answer in the API's own format.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const transport: TransportError =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? { kind: 'HeadersTooLarge', limit: headerLimit }
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? { kind: 'RequestTimeout', timeoutMs: requestTimeoutMs }
          : { kind: 'MalformedRequest' };
    const response = api.renderError(transport, env());
    // A HEAD request gets the status and headers only (RFC 9110 9.3.2).
    const isHead = (error as NodeJS.ErrnoException & { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
    const payload = serializeJson(response.body);
    socket.end(
      `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n${isHead ? '' : payload}`,
    );
  });

  return {
    server,
    clock,
    state: () => state,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          routes.warmUpInBackground();
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

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The request's absolute URL; a Host header that is not a valid authority falls back to 127.0.0.1. */
function parseRequestUrl(target: string, host: string | undefined): URL {
  try {
    return new URL(target, `http://${host || '127.0.0.1'}`);
  } catch {
    return new URL(target, 'http://127.0.0.1');
  }
}

/**
 * JSON.parse reviver: a number too large for a double (`1e400`) parses to Infinity, which ajv's
 * `integer` accepts and `JSON.stringify` writes back as null; such a body is malformed input.
 */
function rejectNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('a number is out of range (not a finite double)');
  return value;
}
