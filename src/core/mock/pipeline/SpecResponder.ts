import type { Preferences } from '../../http/prefer.ts';
import type { MockResponse } from '../types.ts';

/** A validated request, handed to the spec-driven responder when the client asked for its answer. */
export interface SpecRequest {
  readonly method: string;
  /** Path in the document's path space (`/devices/123`). */
  readonly path: string;
  /** Read only: the request URL's, which requests to the same target share (`createRequestUrlParser`). */
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly prefer: Preferences;
}

/** The responder's answer, or why it cannot give the one asked for (an undeclared status, an unknown example). */
export type SpecAnswer = { readonly kind: 'answer'; readonly response: MockResponse } | { readonly kind: 'cannotHonour'; readonly reason: string };

/**
 * Answers from the document instead of the state (`Prefer: code=`, `example=`, `dynamic=true`). The
 * Node adapter plugs in Stoplight Prism (`node/createPrismResponder.ts`); the engine only knows this
 * port.
 *
 * @example
 *   const answer = await responder.respond({ method: 'GET', path: '/devices', query, headers, body: undefined, prefer: { code: 404 } });
 */
export interface SpecResponder {
  respond(request: SpecRequest): Promise<SpecAnswer>;
}
