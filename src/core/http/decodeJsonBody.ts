/** A body read as JSON: its value, or why it is not one. */
export type DecodedBody =
  | { readonly kind: 'json'; readonly value: unknown }
  /** The Content-Type is not JSON; `mediaType` is its essence (lower case, no parameters; `''` when absent). */
  | { readonly kind: 'notJson'; readonly mediaType: string }
  | { readonly kind: 'malformed'; readonly detail: string };

/**
 * The media type of a Content-Type header without its parameters, in lower case (`''` when absent).
 *
 * @example
 *   mediaTypeOf('Application/JSON; charset=utf-8'); // 'application/json'
 */
export function mediaTypeOf(contentType: string | undefined): string {
  if (!contentType) return '';
  const semicolon = contentType.indexOf(';');
  return (semicolon < 0 ? contentType : contentType.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * Whether a media type is JSON: `application/json` or any `+json` structured syntax (RFC 6839), such
 * as `application/problem+json`.
 *
 * @example
 *   isJsonMediaType('application/problem+json'); // true
 */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/**
 * The one JSON body rule of the project, for requests the mock reads (its APIs and its control API)
 * and answers the contract kit and the client's response validation read:
 * - an empty body is `empty` (each caller says what an absent body means to it);
 * - otherwise the Content-Type must be JSON (`isJsonMediaType`);
 * - and the text must parse, with no number beyond a double (`1e400` would parse to Infinity, which
 *   ajv's `integer` accepts and `JSON.stringify` writes back as null).
 *
 * @example
 *   decodeJsonBody('{"a":1}', 'application/json');        // { kind: 'json', value: { a: 1 } }
 *   decodeJsonBody('', 'text/plain', {});                  // { kind: 'json', value: {} }
 *   decodeJsonBody('a=1', 'application/x-www-form-urlencoded'); // { kind: 'notJson', mediaType: 'application/x-www-form-urlencoded' }
 */
export function decodeJsonBody(text: string, contentType: string | undefined, empty: unknown = undefined): DecodedBody {
  if (text.length === 0) return { kind: 'json', value: empty };
  const mediaType = mediaTypeOf(contentType);
  if (!isJsonMediaType(mediaType)) return { kind: 'notJson', mediaType };
  try {
    return { kind: 'json', value: JSON.parse(text, rejectNonFinite) };
  } catch (error) {
    return { kind: 'malformed', detail: (error as Error).message };
  }
}

/** JSON.parse reviver: a number too large for a double is malformed input, not Infinity. */
function rejectNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('a number is out of range (not a finite double)');
  return value;
}
