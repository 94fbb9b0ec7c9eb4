/** The part of an openapi-fetch result `unwrapResult` reads. */
export interface FetchResultLike<Data> {
  readonly data?: Data;
  readonly error?: unknown;
  readonly response: Response;
}

/** Builds an API's typed error from a failed answer. */
export type ErrorMapper = (response: Response, body: unknown) => Error;

/**
 * Returns the data of a successful openapi-fetch result, or throws the error `toError` builds
 * from a failed one (status outside 2xx). Each API wraps it with its own mapper (`unwrapAgora`,
 * `unwrapAnyClassroom`); this is the shared part.
 *
 * @example
 *   const page = unwrapResult(await client.GET('/devices'), toAnyClassroomError);
 */
export function unwrapResult<Data>(result: FetchResultLike<Data>, toError: ErrorMapper): Exclude<Data, undefined> {
  if (!result.response.ok) throw toError(result.response, result.error);
  return result.data as Exclude<Data, undefined>;
}
