import type { JsonObject, UserRow } from './state.ts';

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A user's properties in one widget: the user's `userProperties.widgets.<widgetUuid>` (AG-56, AG-59),
 * `{}` when there are none. Read as nested members, not as a dotted path: a widget ID may hold dots.
 *
 * @example
 *   widgetUserProperties(user, 'popupQuiz'); // { answer: 'B' }
 */
export function widgetUserProperties(user: Pick<UserRow, 'userProperties'>, widgetUuid: string): JsonObject {
  const widgets = user.userProperties.widgets;
  if (!isObject(widgets) || !Object.hasOwn(widgets, widgetUuid)) return {};
  const properties = widgets[widgetUuid];
  return isObject(properties) ? properties : {};
}

/**
 * The user's `userProperties` with their properties in one widget replaced by `properties`.
 *
 * @example
 *   withWidgetUserProperties(user, 'popupQuiz', { answer: 'B' }).widgets; // { popupQuiz: { answer: 'B' }, ... }
 */
export function withWidgetUserProperties(user: Pick<UserRow, 'userProperties'>, widgetUuid: string, properties: JsonObject): JsonObject {
  const widgets = isObject(user.userProperties.widgets) ? user.userProperties.widgets : {};
  return { ...user.userProperties, widgets: { ...widgets, [widgetUuid]: properties } };
}
