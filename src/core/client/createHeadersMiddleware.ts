import type { Middleware } from 'openapi-fetch';

/** A credential given as a value or as a function that returns the current one (for tokens that expire). */
export type Credential = string | number | (() => string | number | Promise<string | number>);

/**
 * openapi-fetch middleware that puts the headers every request of a JSON API needs:
 * - the API's authentication headers (values or functions, read on every request so a token
 *   provider can renew them);
 * - `Accept: application/json` (a Laravel API answers errors as HTML or redirects without it);
 * - `Content-Type: application/json` on a request that has a body.
 *
 * A header the call already sets (through openapi-fetch's `headers` option) is left alone, so
 * one call can, for instance, act as another uid. An auth value that resolves to an empty string
 * throws a `TypeError` before anything is sent: it is a bug, not a server answer.
 *
 * @example
 *   client.use(createHeadersMiddleware({ 'X-Token-AC': () => vault.currentToken() }));
 */
export function createHeadersMiddleware(auth: Readonly<Record<string, Credential>>): Middleware {
  return {
    async onRequest({ request }) {
      for (const [name, credential] of Object.entries(auth)) {
        if (request.headers.has(name)) continue;
        const value = String(typeof credential === 'function' ? await credential() : credential);
        if (value === '') throw new TypeError(`The ${name} header would be empty: pass a non-empty value.`);
        request.headers.set(name, value);
      }
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
      if (request.body !== null && !request.headers.has('Content-Type')) request.headers.set('Content-Type', 'application/json');
      return request;
    },
  };
}
