import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeJson } from '../../../src/core/http/serializeJson.ts';

/** Freezes some objects of a JSON value (as the domains freeze immutable views). */
const deepFreezeSome = (value: unknown, pick: () => boolean): unknown => {
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? value.map((v) => deepFreezeSome(v, pick)) : {};
  if (!Array.isArray(value)) for (const [k, v] of Object.entries(value)) (copy as Record<string, unknown>)[k] = deepFreezeSome(v, pick);
  return pick() ? Object.freeze(copy) : copy;
};

describe('serializeJson', () => {
  it('gives exactly JSON.stringify for any JSON value, frozen parts or not, first and second time', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.infiniteStream(fc.boolean()), (json, bools) => {
        const it = bools[Symbol.iterator]();
        const value = deepFreezeSome(json, () => it.next().value as boolean);
        expect(serializeJson(value)).toBe(JSON.stringify(value));
        expect(serializeJson(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined members and writes undefined array items as null, like JSON.stringify', () => {
    const device = Object.freeze({ id: 1 });
    const value = { a: undefined, b: [device, undefined], c: () => 1, d: [undefined, device] };
    expect(serializeJson(value)).toBe(JSON.stringify(value));
  });

  it('reuses the remembered text of a frozen view', () => {
    const device = Object.freeze({ anydesk_id: '123456789', has_2fa: true });
    expect(serializeJson({ data: [device] })).toBe('{"data":[{"anydesk_id":"123456789","has_2fa":true}]}');
    expect(serializeJson({ data: [device, device] })).toBe('{"data":[{"anydesk_id":"123456789","has_2fa":true},{"anydesk_id":"123456789","has_2fa":true}]}');
  });
});
