/**
 * Laravel validation errors: input field -> its messages, in rule order. Rendered as
 * `422 {message, errors}` by `errors.ts`.
 */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/**
 * Every expected failure of the AnyClassroom domain, as a value. `errors.ts` is the one place that
 * turns each into the API's status and body.
 */
export type DomainError =
  | { readonly kind: 'DeviceNotFound' }
  | { readonly kind: 'ClassroomNotFound' }
  | { readonly kind: 'TemporalAccessNotFound' }
  /** The resource belongs to another account than the token's (DECISIONS AC-6). */
  | { readonly kind: 'Forbidden' }
  | { readonly kind: 'ValidationFailed'; readonly errors: FieldErrors }
  /** Invalidation of a link already invalidated (after its mark) or expired (seed, Note 2). */
  | { readonly kind: 'AlreadyInvalidatedOrExpired' };
