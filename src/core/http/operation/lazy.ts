/**
 * Memoises a computation that may legitimately return `null`: validators compile on first use, so a
 * server listens at once and compiles the rest in the background.
 *
 * @example
 *   const validate = lazy(() => ajv.compile(schema));
 *   validate()(value);
 */
export function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
