import type { OpenApiDocument } from '../../core/openapi/types.ts';

/** A string rule of the document (pattern and length), as the authenticator and the factory take it. */
export interface StringRule {
  readonly pattern: RegExp;
  readonly min: number;
  readonly max: number;
}

/**
 * A string schema of the document's components (`AppId`, `RoomUuid`) as a rule, so the factory and
 * the authenticator cannot disagree with the request validation. The factory reads it from the
 * document it loaded; no domain module reads the document itself.
 *
 * @example
 *   const appIdRule = readStringRule(document, 'AppId');
 *   appIdRule.max; // 32
 */
export function readStringRule(document: OpenApiDocument, name: 'RoomUuid' | 'AppId'): StringRule {
  const schema = document.components?.schemas?.[name] as { pattern?: string; minLength?: number; maxLength?: number } | undefined;
  if (!schema?.pattern) throw new Error(`the Agora document has no string schema ${name}`);
  return { pattern: new RegExp(schema.pattern), min: schema.minLength ?? 0, max: schema.maxLength ?? Infinity };
}

/**
 * Whether a value obeys a rule (pattern and length).
 *
 * @example
 *   obeys(appIdRule, 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48'); // true
 */
export const obeys = (rule: StringRule, value: string): boolean => value.length >= rule.min && value.length <= rule.max && rule.pattern.test(value);
