import { unwrapResult, type FetchResultLike } from '../../core/client/unwrapResult.ts';
import { toAnyClassroomError } from './toAnyClassroomError.ts';
import type { AnyClassroomOperationId } from './validationFields.ts';

/**
 * The data of a successful AnyClassroom call, or a throw of its typed error (`AnyClassroomError`
 * and subclasses: not found, forbidden, validation with typed fields, ...). Pass the operation id
 * to tag a 422 so that `isValidationErrorOf(error, operationId)` can narrow its fields.
 *
 * Throws: the error `toAnyClassroomError` maps the status and body to; it carries `status`, `code`
 * and `body`.
 *
 * @example
 *   const { data: link } = unwrapAnyClassroom(
 *     await client.POST('/devices/{anydeskId}/temporal', { params: { path: { anydeskId } }, body: { until_time } }),
 *     'createTemporalAccess',
 *   );
 */
export function unwrapAnyClassroom<Data>(result: FetchResultLike<Data>, operationId?: AnyClassroomOperationId): Exclude<Data, undefined> {
  return unwrapResult(result, (response, body) => toAnyClassroomError(response, body, operationId));
}
