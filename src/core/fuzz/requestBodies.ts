import fc from 'fast-check';
import { hostileJsonText, hostileString, malformedJsonText } from './hostileValues.ts';
import { invalidPart, validPart, type Part } from './parts.ts';

/** Bodies over this size exercise the 1 MiB cap (413); a little over it, so that the run stays fast. */
const OVER_LIMIT_BYTES = 1024 * 1024 + 100 * 1024;

/** Stands in for a raw JSON text while a value is serialised; replaced afterwards. */
const PLACEHOLDER = '\u0000fuzz-member\u0000';

/**
 * Bodies of an operation that takes JSON: mostly valid ones (from `validBodies`), else a valid body
 * with one member (at any depth, existing or new, `__proto__` included) replaced by hostile JSON,
 * hostile JSON instead of the body, the body wrapped in an array, malformed JSON, no body, an empty
 * body, or a body over the size cap.
 *
 * @example
 *   requestBodies(schemaValues(doc, bodySchema, hints));
 */
export function requestBodies(validBodies: fc.Arbitrary<unknown>): fc.Arbitrary<Part<string | undefined>> {
  return fc.oneof(
    { weight: 12, arbitrary: validPart(validBodies.map((value) => JSON.stringify(value))) },
    { weight: 4, arbitrary: invalidPart(fc.tuple(validBodies, fc.nat(), memberKeys(), hostileJsonText()).map(([value, at, key, text]) => withMember(value, at, key, text)), 'body:member') },
    { weight: 2, arbitrary: invalidPart(hostileJsonText(), 'body:hostile-json') },
    { weight: 1, arbitrary: invalidPart(validBodies.map((value) => JSON.stringify([value])), 'body:array-for-object') },
    { weight: 1, arbitrary: invalidPart(malformedJsonText(), 'body:malformed') },
    { weight: 1, arbitrary: invalidPart(fc.constantFrom(undefined, ''), 'body:absent') },
    { weight: 1, arbitrary: invalidPart(fc.constant(null).map(() => `{"a":"${'x'.repeat(OVER_LIMIT_BYTES)}"}`), 'body:over-limit') },
  );
}

/** A body sent to an operation that takes none: mostly nothing, sometimes hostile or malformed JSON. */
export function unexpectedBodies(): fc.Arbitrary<Part<string | undefined>> {
  return fc.oneof(
    { weight: 18, arbitrary: validPart(fc.constant(undefined)) },
    { weight: 1, arbitrary: invalidPart(hostileJsonText({ maxStringLength: 20_000 }), 'body:unexpected') },
    { weight: 1, arbitrary: invalidPart(malformedJsonText(), 'body:unexpected-malformed') },
  );
}

function memberKeys(): fc.Arbitrary<string | null> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) }, // replace an existing member
    { weight: 2, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype') },
    { weight: 1, arbitrary: hostileString({ maxLength: 200 }) },
  );
}

/**
 * `value` as JSON with one member of one of its objects (the `at`-th, counting depth-first) set to
 * the raw JSON `text`: an existing member when `key` is `null`, else `key` (an own property even
 * when it is `__proto__`). A value with no object is replaced by `text` whole.
 */
function withMember(value: unknown, at: number, key: string | null, text: string): string {
  const copy = structuredClone(value);
  const objects: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    if (!Array.isArray(node)) objects.push(node as Record<string, unknown>);
    for (const child of Object.values(node)) walk(child);
  };
  walk(copy);
  const target = objects[at % Math.max(objects.length, 1)];
  if (!target) return text;
  const existing = Object.keys(target);
  const name = key ?? existing[at % Math.max(existing.length, 1)] ?? 'a';
  Object.defineProperty(target, name, { value: PLACEHOLDER, enumerable: true, configurable: true, writable: true });
  return JSON.stringify(copy).replace(JSON.stringify(PLACEHOLDER), () => text);
}
