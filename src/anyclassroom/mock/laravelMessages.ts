/**
 * Laravel 10+'s English validation messages (`lang/en/validation.php`) for the rules this API's
 * inputs use. `:attribute` is the field name with underscores as spaces (`per_page` -> "per page").
 *
 * @example
 *   laravelMessages.max('per_page', 100); // 'The per page field must not be greater than 100.'
 */
export const laravelMessages = {
  required: (field: string) => `The ${attribute(field)} field is required.`,
  integer: (field: string) => `The ${attribute(field)} field must be an integer.`,
  min: (field: string, min: number) => `The ${attribute(field)} field must be at least ${min}.`,
  max: (field: string, max: number) => `The ${attribute(field)} field must not be greater than ${max}.`,
  /** `lt:other`: names the other field's value, as Laravel does. */
  lt: (field: string, value: number) => `The ${attribute(field)} field must be less than ${value}.`,
  gt: (field: string, value: number) => `The ${attribute(field)} field must be greater than ${value}.`,
  invalid: (field: string) => `The selected ${attribute(field)} is invalid.`,
};

const attribute = (field: string): string => field.replace(/_/g, ' ');

/**
 * Laravel's 422 `message`: the first error, plus " (and N more error)" / " (and N more errors)" when
 * there are more (Laravel 9+).
 *
 * @example
 *   summaryMessage({ per_page: ['The per page field must be at least 1.'], page: ['The page field must be an integer.'] });
 *   // 'The per page field must be at least 1. (and 1 more error)'
 */
export function summaryMessage(errors: Readonly<Record<string, readonly string[]>>): string {
  const all = Object.values(errors).flat();
  const more = all.length - 1;
  if (more <= 0) return all[0] ?? 'The given data was invalid.';
  return `${all[0]} (and ${more} more ${more === 1 ? 'error' : 'errors'})`;
}
