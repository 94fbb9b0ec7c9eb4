import { loadDocument } from '../../core/openapi/loadDocument.ts';

interface StringSchema {
  readonly pattern: string;
  readonly minLength: number;
  readonly maxLength: number;
}

/** A string rule of the document, as the seed checker and the authenticator take it. */
export interface StringRule {
  readonly pattern: RegExp;
  readonly min: number;
  readonly max: number;
}

function ruleOf(name: 'RoomUuid' | 'AppId'): StringRule {
  const schema = loadDocument('agora-classroom').components?.schemas?.[name] as StringSchema | undefined;
  if (!schema?.pattern) throw new Error(`the Agora document has no string schema ${name}`);
  return { pattern: new RegExp(schema.pattern), min: schema.minLength, max: schema.maxLength };
}

/**
 * The document's rules for a classroom id and an App ID (`components.schemas.RoomUuid`, `AppId`),
 * read from the bundled document rather than copied, so the seed checker, the authenticator and the
 * request validation cannot disagree.
 *
 * @example
 *   ROOM_UUID.pattern.test('math class 7B'); // true
 *   APP_ID.max;                              // 32
 */
export const ROOM_UUID: StringRule = ruleOf('RoomUuid');
export const APP_ID: StringRule = ruleOf('AppId');

/** Whether a value obeys a rule (pattern and length). */
export const obeys = (rule: StringRule, value: string): boolean => value.length >= rule.min && value.length <= rule.max && rule.pattern.test(value);
