/** Serialised form of frozen (immutable) values, computed once per value. */
const fragments = new WeakMap<object, string>();

const isFrozenObject = (value: unknown): value is object => typeof value === 'object' && value !== null && Object.isFrozen(value);

/** `JSON.stringify` of one value, remembered when the value is frozen. */
function fragment(value: unknown): string | undefined {
  if (!isFrozenObject(value)) return JSON.stringify(value);
  let text = fragments.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    fragments.set(value, text);
  }
  return text;
}

function serializeArray(items: readonly unknown[]): string {
  // Lists of immutable views (a page of devices) join remembered fragments; anything else is native.
  if (items.length === 0 || !isFrozenObject(items[0])) return JSON.stringify(items);
  let out = '[';
  for (let i = 0; i < items.length; i++) out += `${i > 0 ? ',' : ''}${fragment(items[i]) ?? 'null'}`;
  return `${out}]`;
}

/**
 * `JSON.stringify` for response bodies, byte for byte, that remembers the text of frozen objects.
 * The domains build their answers from immutable state, and views of records that do not change
 * (a device, a link) are frozen and reused across requests, so a page of twenty devices costs twenty
 * lookups instead of twenty serialisations. Only the top level and the arrays directly under it are
 * walked here; everything else is native `JSON.stringify`.
 *
 * A frozen object must be deeply immutable (`Object.freeze` is shallow): its text is remembered for
 * as long as it lives.
 *
 * @example
 *   const device = Object.freeze({ anydesk_id: '123456789' });
 *   serializeJson({ data: [device], meta: { total: 1 } }); // '{"data":[{"anydesk_id":"123456789"}],"meta":{"total":1}}'
 */
export function serializeJson(value: unknown): string {
  if (Array.isArray(value)) return serializeArray(value);
  if (typeof value !== 'object' || value === null || isFrozenObject(value)) return fragment(value) ?? 'null';
  let out = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    const text = Array.isArray(member) ? serializeArray(member) : fragment(member);
    if (text === undefined) continue; // undefined and functions are left out, as JSON.stringify does
    out += `${first ? '' : ','}${JSON.stringify(key)}:${text}`;
    first = false;
  }
  return `${out}}`;
}
