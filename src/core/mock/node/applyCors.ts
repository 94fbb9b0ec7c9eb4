import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const EXPOSED_HEADERS = 'x-mock-response-violations, x-mock-prefer-ignored, x-mock-warnings, retry-after, allow';

/**
 * CORS for browser apps served from another origin (a dev server on another localhost port). Any
 * origin is allowed: the mock holds no real data and binds to 127.0.0.1 by default. Preflights echo
 * the requested headers, so each API's credential headers, `Content-Type` and `Prefer` all pass.
 *
 * Returns true when the request was a preflight and has been answered.
 *
 * @example
 *   if (applyCors(req, res)) return;
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  const requested = req.headers['access-control-request-method'];
  if (req.method !== 'OPTIONS' || !requested) return false;
  res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
  const headers = req.headers['access-control-request-headers'];
  if (headers) res.setHeader('Access-Control-Allow-Headers', headers);
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.setHeader('Content-Length', '0');
  res.end();
  return true;
}
