/**
 * Laravel validation errors: input field -> its messages, in rule order. Rendered as
 * `422 {message, errors}` by `renderError.ts`.
 */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/**
 * Every expected failure of the AnyClassroom domain, as a value. `renderError.ts` is the one place
 * that turns each into the API's status and body.
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

/**
 * What a command or query returns: `{ kind: 'Ok', ...result }` or one of the domain's errors.
 *
 * @example
 *   const outcome: Outcome<{ readonly sessionExpiresAt: number }> = { kind: 'Ok', sessionExpiresAt: 1780336230 };
 *   if (outcome.kind !== 'Ok') return renderDomainError(outcome);
 */
export type Outcome<T> = ({ readonly kind: 'Ok' } & T) | DomainError;
