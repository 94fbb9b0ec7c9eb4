/**
 * Thrown when `--state-file` names a file this mock must not use: not valid JSON, another format,
 * another version (older or newer), or a journal line in the middle that is not a record. Carries
 * the path and the reason; the file is left untouched, and the mock refuses to start rather than
 * overwrite it.
 *
 * @example
 *   try { openStateJournal(path) } catch (e) { if (e instanceof StateFileError) console.error(e.message) }
 */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot use the state file ${path}: ${reason}. Fix or move the file; it has not been changed.`);
  }
}
