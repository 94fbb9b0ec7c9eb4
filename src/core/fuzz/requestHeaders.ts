import fc from 'fast-check';
import { headerValue, hostileString } from './hostileValues.ts';
import { invalidPart, joinParts, validPart, type Part } from './parts.ts';

/** One header line; a request may repeat a name. */
export type HeaderLine = readonly [name: string, value: string];
type Lines = readonly HeaderLine[];

/** Up to `max` bytes of filler for a huge header value (at least 1 KiB, or `max` when smaller). */
const filler = (max: number) => fc.integer({ min: Math.min(1024, max), max }).map((n) => 'a'.repeat(n));

/**
 * The credential headers of an API: one of its alternatives (`FuzzTarget.credentialSets`), each
 * header of it independently valid (mostly), or missing, empty, sent twice (same or different
 * values), wrong, huge (up to `maxHeaderBytes`), prefixed with `Bearer`, or blank. A name in other
 * letter case is valid (header names are case-insensitive). With several alternatives, sometimes
 * two of them at once, one valid and one wrong (`auth:two-modes:<valid header>`): which one decides
 * is the API's rule.
 *
 * @example
 *   credentialHeaders([{ authorization: 'agora token=t' }, { 'x-agora-token': 't', 'x-agora-uid': 'u' }], 8192);
 */
export function credentialHeaders(sets: readonly Readonly<Record<string, string>>[], maxHeaderBytes: number): fc.Arbitrary<Part<Lines>> {
  const alternatives = sets.map((set) => ({ weight: 16, arbitrary: oneCredentialSet(set, maxHeaderBytes) }));
  if (sets.length > 1) alternatives.push({ weight: 1, arbitrary: twoModes(sets) });
  return fc.oneof(...alternatives);
}

/** Two credential alternatives in one request, one of them with a wrong first value, in either order. */
function twoModes(sets: readonly Readonly<Record<string, string>>[]): fc.Arbitrary<Part<Lines>> {
  return fc.tuple(fc.nat({ max: sets.length - 1 }), fc.nat({ max: sets.length - 2 }), fc.boolean()).map(([good, other, goodFirst]) => {
    const bad = other >= good ? other + 1 : other;
    const valid = Object.entries(sets[good]!);
    const wrong = Object.entries(sets[bad]!).map(([name, value], i): HeaderLine => [name, i === 0 ? `${value}-wrong` : value]);
    return { value: goodFirst ? [...valid, ...wrong] : [...wrong, ...valid], mutations: [`auth:two-modes:${valid[0]![0]}`] };
  });
}

function oneCredentialSet(credentials: Readonly<Record<string, string>>, maxHeaderBytes: number): fc.Arbitrary<Part<Lines>> {
  const perHeader = Object.entries(credentials).map(([name, value]) =>
    fc.oneof(
      { weight: 80, arbitrary: validPart(fc.constant<Lines>([[name, value]])) },
      { weight: 4, arbitrary: validPart(fc.constant<Lines>([[name.toUpperCase(), value]])) },
      { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([]), `auth:${name}:missing`) },
      { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([[name, '']]), `auth:${name}:empty`) },
      { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([[name, '   ']]), `auth:${name}:blank`) },
      { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([[name, value], [name, value]]), `auth:${name}:duplicated`) },
      { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([[name, value], [name, 'other']]), `auth:${name}:duplicated-different`) },
      { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([[name, `Bearer ${value}`]]), `auth:${name}:bearer`) },
      { weight: 1, arbitrary: invalidPart(hostileString({ maxLength: 300 }).map((s): Lines => [[name, headerValue(s)]]), `auth:${name}:hostile`) },
      { weight: 1, arbitrary: invalidPart(filler(maxHeaderBytes).map((s): Lines => [[name, `${value}${s}`]]), `auth:${name}:huge`) },
    ),
  );
  return fc.tuple(...perHeader).map((parts) => {
    const joined = joinParts(parts);
    return { value: joined.value.flat(), mutations: joined.mutations };
  });
}

/**
 * The `Content-Type` of a request that has a body: JSON in its accepted spellings, or missing,
 * empty, another media type, sent twice, or huge.
 *
 * @example
 *   fc.sample(contentTypeHeaders(8192), 3);
 */
export function contentTypeHeaders(maxHeaderBytes: number): fc.Arbitrary<Part<Lines>> {
  const one = (value: string): Lines => [['Content-Type', value]];
  return fc.oneof(
    { weight: 14, arbitrary: validPart(fc.constant(one('application/json'))) },
    { weight: 3, arbitrary: validPart(fc.constantFrom(one('application/json; charset=utf-8'), one('Application/JSON'), one('application/vnd.api+json'))) },
    { weight: 1, arbitrary: invalidPart(fc.constant<Lines>([]), 'content-type:missing') },
    {
      weight: 3,
      arbitrary: invalidPart(
        fc.constantFrom('', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=----x', ';;;=', 'application/json; charset=utf-16', 'json', '*/*').map(one),
        'content-type:wrong',
      ),
    },
    {
      weight: 1,
      arbitrary: invalidPart(
        fc.constant<Lines>([
          ['Content-Type', 'text/plain'],
          ['Content-Type', 'application/json'],
        ]),
        'content-type:duplicated',
      ),
    },
    { weight: 1, arbitrary: invalidPart(filler(maxHeaderBytes).map((s) => one(`application/json; x=${s}`)), 'content-type:huge') },
  );
}

/**
 * Headers besides credentials and content type: mostly none, sometimes a huge one, a hundred small
 * ones, odd `Accept`, `Expect: 100-continue`, `Connection: close`, a cross-origin `Origin`, method
 * override, a content encoding the body does not have, `Prefer` values that ask for nothing the mock
 * does (Prism's preferences are left out: they leave the stateful mock).
 *
 * @example
 *   fc.sample(extraHeaders(8192), 3);
 */
export function extraHeaders(maxHeaderBytes: number): fc.Arbitrary<Part<Lines>> {
  return fc.oneof(
    { weight: 24, arbitrary: validPart(fc.constant<Lines>([])) },
    { weight: 1, arbitrary: invalidPart(filler(maxHeaderBytes).map((s): Lines => [['X-Fuzz', s]]), 'header:huge') },
    {
      weight: 1,
      arbitrary: invalidPart(fc.integer({ min: 50, max: 150 }).map((n): Lines => Array.from({ length: n }, (_, i) => [`X-Fuzz-${i}`, String(i)])), 'header:many'),
    },
    { weight: 1, arbitrary: invalidPart(hostileString({ maxLength: 2000 }).map((s): Lines => [['X-Fuzz', headerValue(s)]]), 'header:hostile') },
    {
      weight: 3,
      arbitrary: invalidPart(
        fc.constantFrom<Lines>(
          [['Accept', 'text/html']],
          [['Accept', 'application/xml;q=0.9, */*;q=0']],
          [['Expect', '100-continue']],
          [['Connection', 'close']],
          [['Origin', 'https://evil.example']],
          [['X-HTTP-Method-Override', 'DELETE']],
          [['Content-Encoding', 'gzip']],
          [['Prefer', 'respond-async, wait=1, return=minimal']],
          [['Prefer', 'code=999; delay=abc; dynamic=false']],
          [['X-Forwarded-For', '127.0.0.1, ::1']],
          [['Cookie', '__proto__=1; constructor=2']],
        ),
        'header:odd',
      ),
    },
  );
}
