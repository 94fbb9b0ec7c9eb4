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

/** How many parsed request URLs a parser keeps (it drops them all when full). */
export const KEPT_REQUEST_URLS = 512;

/**
 * `parseRequestUrl` that keeps the URLs of recent targets: a repeated request (the same target and
 * Host header) gets the URL parsed the first time, which is most of a remembered read's routing
 * cost. Stages only read the URL; a kept one is handed out again only while its `href` is still
 * what it was parsed to, so a stage that changed one would get a fresh URL next time. Broken
 * targets (`null`) are not kept.
 *
 * @example
 *   const parse = createRequestUrlParser();
 *   parse('/api/v1/devices', 'localhost:4010') === parse('/api/v1/devices', 'localhost:4010'); // true
 */
export function createRequestUrlParser(): (target: string, host: string | undefined) => URL | null {
  const kept = new Map<string, { readonly url: URL; readonly href: string }>();
  return (target, host) => {
    // A header value holds no line break; a missing and an empty Host both fall back to 127.0.0.1.
    const key = `${host ?? ''}\n${target}`;
    const found = kept.get(key);
    if (found !== undefined && found.url.href === found.href) return found.url;
    const url = parseRequestUrl(target, host);
    if (url === null) return null;
    if (kept.size >= KEPT_REQUEST_URLS) kept.clear();
    kept.set(key, { url, href: url.href });
    return url;
  };
}
