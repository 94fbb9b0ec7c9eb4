import type { CompiledOperation } from '../../http/compileOperations.ts';
import type { RequestWarning } from '../../http/operation/RequestWarning.ts';

export type { RequestWarning } from '../../http/operation/RequestWarning.ts';

/** The response header that names what the request sent and the API ignored (DECISIONS MK-2, MK-3). */
export const WARNINGS_HEADER = 'x-mock-warnings';

/** At most this many items in the header; further ones are counted in a last `truncated <n>` item. */
const MAX_HEADER_ITEMS = 20;
/** A pointer or name longer than this (once encoded) is cut, and `...` marks the cut. */
const MAX_ITEM_LENGTH = 200;

const NONE: readonly RequestWarning[] = [];

/**
 * Stage 6b, warnings: after the body is decoded, what the request sends that the operation's
 * document does not describe (undeclared query parameters, unlisted body members). The API accepts
 * and ignores them, as the real servers do; the developer sees them in `x-mock-warnings`, on every
 * answer from here on (a validation error included). A request without a query or body costs nothing.
 *
 * @example
 *   collectWarnings(operation, new URL('http://h/x?nextID=1'), undefined); // [{ kind: 'unknown-query', name: 'nextID' }]
 */
export function collectWarnings(operation: Pick<CompiledOperation, 'requestWarnings'>, url: URL, body: unknown): readonly RequestWarning[] {
  if (url.search.length <= 1 && (typeof body !== 'object' || body === null)) return NONE;
  return operation.requestWarnings(url.searchParams, body);
}

/**
 * The `x-mock-warnings` value for a request's warnings, `undefined` when there are none: items
 * `unknown-field <pointer>` and `unknown-query <name>` joined by `, `, in the order found, with `%`,
 * `,` and every character outside visible ASCII percent-encoded (UTF-8), so the value is short,
 * bounded (20 items of at most 200 characters, then `truncated <n>`) and safe as a header.
 *
 * @example
 *   formatWarningsHeader([{ kind: 'unknown-field', pointer: '/roomProperties/schedule/closedelay' }, { kind: 'unknown-query', name: 'nextID' }]);
 *   // 'unknown-field /roomProperties/schedule/closedelay, unknown-query nextID'
 */
export function formatWarningsHeader(warnings: readonly RequestWarning[]): string | undefined {
  if (warnings.length === 0) return undefined;
  const items = warnings.slice(0, MAX_HEADER_ITEMS).map((w) => `${w.kind} ${clip(encodeItem(w.kind === 'unknown-field' ? w.pointer : w.name))}`);
  if (warnings.length > MAX_HEADER_ITEMS) items.push(`truncated ${warnings.length - MAX_HEADER_ITEMS}`);
  return items.join(', ');
}

const encoder = new TextEncoder();

/** `%`, `,` and anything outside `!`..`~` as `%XX` of its UTF-8 bytes (a lone surrogate as U+FFFD's). */
function encodeItem(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code > 0x20 && code < 0x7f && char !== '%' && char !== ',') out += char;
    else for (const byte of encoder.encode(char)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function clip(text: string): string {
  if (text.length <= MAX_ITEM_LENGTH) return text;
  // Never cut inside a %XX escape.
  const cut = text.slice(0, MAX_ITEM_LENGTH).replace(/%[0-9A-F]?$/, '');
  return `${cut}...`;
}
