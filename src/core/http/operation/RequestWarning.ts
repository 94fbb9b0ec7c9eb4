/**
 * Something in a request the document does not describe but the API accepts and ignores, as the
 * real servers do (DECISIONS MK-2): a body member no schema of the operation lists, or a query
 * parameter the operation does not declare. The mock reports them in `x-mock-warnings`.
 */
export type RequestWarning =
  /** `pointer`: the member's JSON pointer in the body (RFC 6901), e.g. `/roomProperties/schedule/closedelay`. */
  | { readonly kind: 'unknown-field'; readonly pointer: string }
  /** `name`: the query parameter's name, decoded. */
  | { readonly kind: 'unknown-query'; readonly name: string };
