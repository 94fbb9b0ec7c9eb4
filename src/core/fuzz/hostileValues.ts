import fc from 'fast-check';

/**
 * Values a careful server must survive, as fast-check arbitraries. Each comes in the form its
 * carrier needs: JS strings for JSON bodies, percent-encoded text for paths and queries, Latin-1
 * bytes for header values (what `node:http` lets a client put on the wire).
 */

/** Short strings known to break parsers, lookups and coercions. */
const SPECIAL_STRINGS = [
  '',
  ' ',
  '\t',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  '\u0000',
  'NUL\u0000byte',
  '\uD800',
  '\uDFFF',
  'lone \uDC00 low',
  '\u202Eevil\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  'مرحبا',
  '👩‍👩‍👧‍👦',
  '😀',
  'e\u0301',
  '\u200B',
  '\uFEFF',
  '１２３',
  '١٢٣',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  'true',
  '[]',
  '{}',
  '-0',
  '+1',
  '01',
  ' 1',
  '1 ',
  '0x10',
  '1e308',
  '1e309',
  '18446744073709551616',
  '9'.repeat(400),
  "' OR '1'='1' --",
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '%s%s%n',
  '\r\nX-Injected: 1',
  'a/b',
  '@',
  '#',
  '?',
];

/** Repeated to build very long strings: ASCII, accents, RTL override, emoji, NUL, lone surrogates, traversal. */
const LONG_UNITS = ['a', 'é', '\u202E', '😀', '👩‍👩‍👧‍👦', '\u0000', '\uD800', '\uDFFF', '../', '%2e%2e%2f', '__proto__', '"\\', 'ي'];

/**
 * A string of `min` to `max` UTF-16 units made of one repeated unit (a pair may be cut in half at
 * the end: one more lone surrogate).
 *
 * @example
 *   fc.sample(longString(10_000, 100_000), 1)[0].length; // between 10,000 and 100,000
 */
export function longString(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...LONG_UNITS), fc.integer({ min, max }))
    .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
}

/**
 * Hostile strings: the special cases above, random Unicode (any code point, any grapheme) and very
 * long strings up to `maxLength` units (10-100 KB suit bodies; paths and headers need less, the
 * server caps the header block).
 *
 * @example
 *   fc.sample(hostileString({ maxLength: 100_000 }), 5);
 */
export function hostileString(options: { maxLength: number }): fc.Arbitrary<string> {
  const longMin = Math.min(10_000, Math.floor(options.maxLength / 4));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: longString(longMin, options.maxLength) },
  );
}

/**
 * Numbers as JSON text, including what `JSON.stringify` cannot write: `-0`, 2**64, values past the
 * double range (`1e309` parses to Infinity), the smallest subnormal, and random doubles and integers.
 *
 * @example
 *   JSON.parse(`{"until_time": ${fc.sample(hostileNumberText(), 1)[0]}}`);
 */
export function hostileNumberText(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '1e308',
        '-1e308',
        '1e309',
        '-1e309',
        '-0',
        '0',
        '-1',
        '0.5',
        '1.0',
        '4.9e-324',
        '18446744073709551616',
        '9007199254740993',
        '-9223372036854775808',
        '2147483648',
        '1E400',
        '0e0',
      ),
    },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)) },
    { weight: 1, arbitrary: fc.maxSafeInteger().map(String) },
  );
}

/** JSON texts whose objects carry keys that pollute prototypes when merged carelessly. */
const PROTOTYPE_KEYS_JSON = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":null}',
  '{"__proto__":[]}',
  '{"__proto__":{"toString":"x","valueOf":1}}',
];

/**
 * Deeply nested JSON arrays or objects, up to `maxDepth` levels (each level is 2 to 6 bytes).
 *
 * @example
 *   deeplyNestedJson(5000); // '[[[[...]]]]' or '{"a":{"a":...1...}}'
 */
export function deeplyNestedJson(maxDepth: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), fc.integer({ min: 1, max: maxDepth }))
    .map(([arrays, depth]) => (arrays ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`));
}

/**
 * Valid JSON texts of every hostile kind: wrong types, long and odd strings, huge numbers,
 * prototype keys, arrays where objects belong, deep nesting.
 *
 * @example
 *   fc.sample(hostileJsonText(), 3); // e.g. ['1e309', '{"__proto__":{"polluted":"yes"}}', '"\\ud800"']
 */
export function hostileJsonText(options: { maxStringLength: number } = { maxStringLength: 100_000 }): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: hostileString({ maxLength: options.maxStringLength }).map((s) => JSON.stringify(s)) },
    { weight: 3, arbitrary: hostileNumberText() },
    { weight: 1, arbitrary: fc.constantFrom('true', 'false', 'null') },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS_JSON) },
  );
  const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'a'), hostileString({ maxLength: 200 }));
  return fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 2, arbitrary: fc.array(leaf, { maxLength: 4 }).map((items) => `[${items.join(',')}]`) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(key, leaf), { maxLength: 4 })
        .map((members) => `{${members.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
    },
    { weight: 1, arbitrary: deeplyNestedJson(20_000) },
  );
}

/** Texts a JSON parser must refuse (or that only a lax one would take). */
export function malformedJsonText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '{',
      '}',
      '{"until_time":',
      '{"a" 1}',
      "{'a':1}",
      'NaN',
      'undefined',
      '[1,]',
      '{"a":1,}',
      '\uFEFF{}',
      '{"a":"\\x00"}',
      '{"a":"\u0000"}',
      '01',
      '--1',
      '1e',
      '"unterminated',
      ")]}'\n{}",
      '{"a":1}{"b":2}',
      '{"a":"\\ud800"',
      'roomName=a&roomType=4',
      '<?xml version="1.0"?><a/>',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((text) => !isJson(text)),
  );
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Raw path segments sent as they are: traversal, encoded traversal, malformed or overlong escapes. */
export function hostileRawSegment(): fc.Arbitrary<string> {
  return fc.constantFrom(
    '..',
    '.',
    '../..',
    '%2e%2e',
    '%2e%2e%2f',
    '%2E%2E%2F%2E%2E%2F',
    '..%2f..%2f..%2fetc%2fpasswd',
    '%2F',
    '%5c..%5c',
    '%00',
    '%ZZ',
    '%',
    '%E0%A4%A',
    '%ED%A0%80',
    '%C0%AE%C0%AE',
    '%FF%FE',
    '%252e%252e',
    '',
    '..;',
    ';jsessionid=1',
    '%20',
    '+',
    '%3F',
    '%23',
    '*',
  );
}

/**
 * `encodeURIComponent` that does not throw on lone surrogates: they are written as the three bytes
 * of their (invalid) UTF-8 form, so the server gets a malformed escape to deal with.
 *
 * @example
 *   percentEncode('a b\uD800'); // 'a%20b%ED%A0%80'
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/**
 * A header value carrying `text` as raw UTF-8 bytes (Latin-1 string, what `node:http` puts on the
 * wire as is). Control characters, which no client can send in a header, are dropped.
 *
 * @example
 *   headerValue('😀'); // '\xf0\x9f\x98\x80'
 */
export function headerValue(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1').replace(/[^\t\x20-\x7e\x80-\xff]/g, '');
}
