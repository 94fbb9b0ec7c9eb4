import type { operations } from '../../../generated/anyclassroom.ts';
import { AnyClassroomValidationError } from './errors.ts';

/** An AnyClassroom operation id (`listDevices`, `createTemporalAccess`, ...). */
export type AnyClassroomOperationId = keyof operations;

type QueryOf<Op> = Op extends { parameters: { query?: infer Q } } ? ([NonNullable<Q>] extends [never] ? never : keyof NonNullable<Q>) : never;
type BodyOf<Op> = Op extends { requestBody?: { content: { 'application/json': infer B } } } ? ([B] extends [never] ? never : keyof B) : never;

/**
 * The request fields an operation's 422 can name: its query parameters and the properties of its
 * JSON body, read from the generated types (so a field added to the document appears here).
 *
 * @example
 *   type F = ValidationFieldsOf<'createTemporalAccess'>; // 'from_time' | 'until_time'
 *   type G = ValidationFieldsOf<'listDevices'>;          // 'page' | 'per_page'
 */
export type ValidationFieldsOf<Id extends AnyClassroomOperationId> = (QueryOf<operations[Id]> | BodyOf<operations[Id]>) & string;

/**
 * Whether `error` is the 422 validation failure of operation `operationId` (as tagged by
 * `unwrapAnyClassroom(result, operationId)` or an iterator), narrowing its `fields` to that
 * operation's request fields.
 *
 * @example
 *   catch (e) {
 *     if (isValidationErrorOf(e, 'createTemporalAccess')) show(e.fields.from_time ?? []);
 *   }
 */
export function isValidationErrorOf<Id extends AnyClassroomOperationId>(
  error: unknown,
  operationId: Id,
): error is AnyClassroomValidationError<ValidationFieldsOf<Id>> {
  return error instanceof AnyClassroomValidationError && error.operationId === operationId;
}
