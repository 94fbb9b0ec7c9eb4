import { readFileSync } from 'node:fs';
import { headerProblem, parseRecord } from './journalFormat.ts';
import { StateFileError } from './StateFileError.ts';
import { TablesImage } from './TablesImage.ts';

/** One API's state as the journal holds it after replaying every record. */
export interface ApiImage {
  stateVersion: number;
  frozenClockMs: number | null;
  readonly tables: TablesImage;
}

/** A journal read and replayed. */
export interface JournalContents {
  readonly apis: Map<string, ApiImage>;
  /** Bytes up to the end of the last complete line (what stays). */
  readonly completeBytes: number;
  /**
   * Bytes after the last newline: a record whose write was cut short (a crash or power loss in the
   * middle of a write). It was never acknowledged, so it is dropped, not treated as corruption.
   */
  readonly tornBytes: number;
}

/**
 * Reads and replays a journal written by `StateJournal`: the header line, then every record in
 * order (a snapshot replaces an API's tables, changes apply to them; the last clock wins). Returns
 * `null` when the file does not exist. Throws `StateFileError` (and changes nothing) when the file
 * is not a journal this version reads or a complete line is not a record.
 *
 * @example
 *   const contents = readJournal('.state/mock.jsonl'); // null on a first start
 *   contents?.apis.get('anyclassroom')?.tables.toSnapshot();
 */
export function readJournal(path: string): JournalContents | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StateFileError(path, `it cannot be read (${(error as Error).message})`);
  }
  const end = bytes.lastIndexOf(0x0a) + 1;
  if (end === 0) {
    // No complete line: the header is written whole (temporary file, then rename), so this file
    // was never a journal; say what it is instead.
    throw new StateFileError(path, headerProblem(bytes.toString('utf8')) ?? 'its first line is unfinished');
  }
  const lines = bytes.subarray(0, end).toString('utf8').split('\n');
  lines.pop(); // after the last newline
  const problem = headerProblem(lines[0]!);
  if (problem) throw new StateFileError(path, problem);

  const apis = new Map<string, ApiImage>();
  for (let i = 1; i < lines.length; i++) {
    const record = parseRecord(lines[i]!);
    if (typeof record === 'string') throw new StateFileError(path, `line ${i + 1} is corrupt: ${record}`);
    let api = apis.get(record.api);
    if (record.kind === 'snapshot') {
      apis.set(record.api, { stateVersion: record.stateVersion, frozenClockMs: record.frozenClockMs, tables: TablesImage.from(record.tables) });
      continue;
    }
    if (!api) apis.set(record.api, (api = { stateVersion: record.stateVersion, frozenClockMs: null, tables: new TablesImage() }));
    if (record.stateVersion !== api.stateVersion) {
      throw new StateFileError(path, `line ${i + 1} holds ${record.api} changes of table version ${record.stateVersion} after tables of version ${api.stateVersion}`);
    }
    api.tables.apply(record.changes);
    api.frozenClockMs = record.frozenClockMs;
  }
  return { apis, completeBytes: end, tornBytes: bytes.length - end };
}
