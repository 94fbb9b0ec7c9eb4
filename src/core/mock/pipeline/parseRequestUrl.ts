/**
 * The request's absolute URL, or `null` when no route could match it (broken percent-encoding).
 * The Host header builds the URLs answers echo (Laravel's pagination links); a missing or unusable
 * one falls back to `127.0.0.1`.
 *
 * @example
 *   parseRequestUrl('/api/v1/devices?page=2', 'localhost:4010')?.href; // 'http://localhost:4010/api/v1/devices?page=2'
 *   parseRequestUrl('/devices/ab%zz', 'x');                            // null
 */
export function parseRequestUrl(target: string, host: string | undefined): URL | null {
  try {
    const url = withHost(target, host);
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

function withHost(target: string, host: string | undefined): URL {
  try {
    return new URL(target, `http://${host || '127.0.0.1'}`);
  } catch {
    return new URL(target, 'http://127.0.0.1');
  }
}
