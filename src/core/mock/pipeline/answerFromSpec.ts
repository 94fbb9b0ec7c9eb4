import { wantsPrism, type Preferences } from '../../http/prefer.ts';
import type { MockResponse } from '../types.ts';
import type { SpecRequest, SpecResponder } from './SpecResponder.ts';

/** The spec-driven answer, a preference that was ignored (and why), or nothing asked. */
export type SpecOutcome =
  | { readonly kind: 'answered'; readonly response: MockResponse }
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'notAsked' };

const NOT_ASKED: SpecOutcome = { kind: 'notAsked' };

/**
 * Stage 7, `Prefer`: `code=`, `example=` or `dynamic=true` ask for the document's answer (from
 * Prism) instead of the state's. A preference that cannot be honoured is ignored (RFC 7240): the
 * stateful answer follows, and the reason travels in `x-mock-prefer-ignored` (printable ASCII, at
 * most 200 characters, since it becomes a header value).
 *
 * @example
 *   await answerFromSpec(prism, { code: 404 }, request); // { kind: 'answered', response: { status: 404, ... } }
 */
export function answerFromSpec(responder: SpecResponder | undefined, prefer: Preferences, request: Omit<SpecRequest, 'prefer'>): SpecOutcome | Promise<SpecOutcome> {
  // No promise when nothing is asked: the hot path stays synchronous.
  if (!responder || !wantsPrism(prefer)) return NOT_ASKED;
  return responder.respond({ ...request, prefer }).then((answer): SpecOutcome => {
    if (answer.kind === 'answer') return { kind: 'answered', response: answer.response };
    return { kind: 'ignored', reason: answer.reason.replace(/[^\x20-\x7e]/g, ' ').slice(0, 200) };
  });
}
