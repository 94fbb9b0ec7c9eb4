import { deleteProperties } from './properties.ts';
import type { JsonObject, UserRow } from './state.ts';

/** Who changes a widget through the server API: the `server` operator of Agora's quiz example (AG-59). */
export const SERVER_OPERATOR = { userUuid: 'server', userName: 'server', role: 'server' } as const;

/**
 * `data` of a widget event (cmd 1110, AG-59): `action` 1 set or 2 deleted, the widget, what changed
 * (`changeProperties`: the members as set, or each deleted member with the value `null`), the
 * operator, and on a widget user property change the user (`fromUser`). Both go inside `data`, as
 * Agora's tables and its English quiz and poll payloads put them (AG-34). A type, not an interface,
 * so that it is one of the free-form objects an event row's `data` may be.
 */
export type WidgetEventData = {
  readonly action: 1 | 2;
  readonly widgetUuid: string;
  readonly changeProperties: JsonObject;
  readonly operator: typeof SERVER_OPERATOR;
  readonly fromUser?: { readonly userUuid: string; readonly userName: string; readonly role: number };
};

/**
 * A widget event draft for `recordEvents`.
 *
 * @example
 *   widgetEvent(1, 'countdownTimer', { state: 1 }); // { cmd: 1110, data: { action: 1, widgetUuid: 'countdownTimer', changeProperties: { state: 1 }, operator: SERVER_OPERATOR } }
 */
export function widgetEvent(action: 1 | 2, widgetUuid: string, changeProperties: JsonObject, user?: UserRow): { readonly cmd: 1110; readonly data: WidgetEventData } {
  const fromUser = user && { userUuid: user.userUuid, userName: user.userName, role: user.role };
  return { cmd: 1110, data: { action, widgetUuid, changeProperties, operator: SERVER_OPERATOR, ...(fromUser ? { fromUser } : {}) } };
}

/**
 * Deletes `paths` from `target` one after the other under the properties rule (AG-56) and tells what
 * went: each path that named something, with the value `null`, as a deletion reports it in
 * `changeProperties` (AG-59). A path that names nothing (any more) is left out; nothing deleted
 * gives `target` itself and `{}`.
 *
 * @example
 *   deleteEach({ a: { b: 1 }, c: 2 }, ['a.b', 'x']); // { result: { a: {}, c: 2 }, deleted: { 'a.b': null } }
 */
export function deleteEach(target: JsonObject, paths: readonly string[]): { readonly result: JsonObject; readonly deleted: JsonObject } {
  let result = target;
  // Entries, not assignments: a path such as `__proto__` stays a member (own data properties).
  const deleted: [string, null][] = [];
  for (const path of paths) {
    const next = deleteProperties(result, [path]);
    if (next !== result) deleted.push([path, null]);
    result = next;
  }
  return { result, deleted: Object.fromEntries(deleted) };
}
