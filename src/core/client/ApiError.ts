/**
 * Base of every error the clients' helpers throw for an HTTP answer that is not a success. Each API
 * derives its own classes from it (`AgoraError`, `AnyClassroomError`) and maps each documented
 * failure to one named subclass, so callers can branch with `instanceof` or on `code`.
 *
 * Thrown by: the `unwrap*` functions and every iterator or poller, when the server answers with a
 * status outside 2xx (after any retries the client is configured for). openapi-fetch's own calls
 * never throw it: they return `{ error, response }`.
 *
 * Carries: `status` (the HTTP status), `code` (the API's business code, or the failure's name
 * where the API has none), `body` (the parsed JSON error body, or the raw text when it is not
 * JSON), `url` (the request URL when the response knows it) and `headers` (the response headers).
 *
 * @example
 *   try {
 *     unwrapAgora(await client.PUT('/edu/apps/{appId}/v2/rooms/{roomUuid}/states/{state}', { params }));
 *   } catch (error) {
 *     if (error instanceof ApiError) console.log(error.status, error.code, error.body);
 *   }
 */
export class ApiError<Code extends string | number = string | number, Body = unknown> extends Error {
  override readonly name: string = 'ApiError';
  readonly status: number;
  readonly code: Code;
  readonly body: Body;
  readonly url: string | undefined;
  readonly headers: Headers;

  constructor(init: ApiErrorInit<Code, Body>) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.body = init.body;
    this.url = init.url || undefined;
    this.headers = init.headers ?? new Headers();
  }
}

/** What an `ApiError` is built from. */
export interface ApiErrorInit<Code extends string | number, Body> {
  readonly message: string;
  readonly status: number;
  readonly code: Code;
  readonly body: Body;
  readonly url?: string | undefined;
  readonly headers?: Headers | undefined;
}
