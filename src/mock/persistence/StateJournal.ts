import { closeSync, fchmodSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, openSync, renameSync, truncateSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SavedState, StatePersistence } from '../../core/store/StatePersistence.ts';
import type { StoreChange, StoreSnapshot } from '../../core/store/Store.ts';
import { encodeRecord, journalHeaderLine, type JournalRecord } from './journalFormat.ts';
import { readJournal, type ApiImage } from './readJournal.ts';
import { TablesImage } from './TablesImage.ts';

export interface StateJournalOptions {
  /**
   * `fdatasync` after every write, so that an acknowledged change survives a power loss too. Off by
   * default: a write is then in the kernel when it is acknowledged, which survives the mock being
   * killed (`kill -9`) but not the machine losing power.
   */
  readonly fsync?: boolean;
  /** The journal is compacted once it has grown by this many bytes and by its compacted size (default 4 MiB). */
  readonly compactAfterBytes?: number;
}

const DEFAULT_COMPACT_AFTER_BYTES = 4 * 1024 * 1024;

/**
 * `--state-file`: the mocks' state as an append-only journal (JSON Lines), shared by every API of the
 * process. Line 1 is a header (format and version); each further line is one record: an API's whole
 * tables (first start, reset, compaction) or the changes of one committed transaction.
 *
 * - A write costs O(changes), not O(state): one line is appended (`append`) before the answer goes
 *   out; the server undoes the transaction and answers 503 when it throws.
 * - An acknowledged change is in the file: written with one `write` (plus `fdatasync` with
 *   `fsync: true`). A line cut short by a crash was never acknowledged; it is dropped at the next
 *   start, which the banner reports.
 * - Compaction: once the file has grown by as much as its compacted size (and at least
 *   `compactAfterBytes`), it is rewritten as one snapshot per API into a temporary file that is
 *   fsynced and renamed over it, so a crash leaves either the old or the new file whole. Amortised,
 *   that is O(1) per write.
 * - The file is created with mode 0600 (it holds tokens and passwords) and set to 0600 when opened.
 * - A file that is not a journal this version reads (not JSON, another format, another version, a
 *   corrupt line before the last) stops the start with `StateFileError`, untouched.
 *
 * @example
 *   const journal = StateJournal.open('.state/mock.jsonl');
 *   createMockServer({ api, seed, stateFile: journal });
 */
export class StateJournal implements StatePersistence {
  readonly #apis: Map<string, ApiImage>;
  readonly #fsync: boolean;
  readonly #compactAfterBytes: number;
  #fd: number;
  #size: number;
  #compactedSize: number;
  /** Set when a failed write could not be cut back: every later write fails (503) until a restart. */
  #broken: string | null = null;

  private constructor(
    readonly path: string,
    apis: Map<string, ApiImage>,
    fd: number,
    size: number,
    options: StateJournalOptions,
    /** Bytes of an unfinished last line dropped when the file was opened (0 when none). */
    readonly droppedTornBytes: number,
  ) {
    this.#apis = apis;
    this.#fd = fd;
    this.#size = size;
    this.#compactedSize = size;
    this.#fsync = options.fsync ?? false;
    this.#compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
  }

  /**
   * Opens (or creates) the journal at `path`. Throws `StateFileError`, without changing the file,
   * when it is not a journal this version reads.
   */
  static open(path: string, options: StateJournalOptions = {}): StateJournal {
    const contents = readJournal(path);
    if (contents === null) {
      writeWholeFile(path, journalHeaderLine(new Date()));
      const fd = openSync(path, 'a');
      return new StateJournal(path, new Map(), fd, fstatSync(fd).size, options, 0);
    }
    if (contents.tornBytes > 0) truncateSync(path, contents.completeBytes);
    const fd = openSync(path, 'a');
    if ((fstatSync(fd).mode & 0o077) !== 0) fchmodSync(fd, 0o600);
    return new StateJournal(path, contents.apis, fd, contents.completeBytes, options, contents.tornBytes);
  }

  get location(): string {
    return this.path;
  }

  /** Current size of the file in bytes. */
  get size(): number {
    return this.#size;
  }

  /** For the banner: what an acknowledgement means. */
  describe(): string {
    const durability = this.#fsync ? 'fsynced before it is acknowledged' : 'written before it is acknowledged; --state-fsync also survives power loss';
    const dropped = this.droppedTornBytes > 0 ? `; dropped an unfinished last write of ${this.droppedTornBytes} bytes, never acknowledged` : '';
    return `append-only journal, every change ${durability}${dropped}`;
  }

  load(api: string): SavedState | undefined {
    const image = this.#apis.get(api);
    return image && { stateVersion: image.stateVersion, snapshot: image.tables.toSnapshot(), changes: [], frozenClockMs: image.frozenClockMs };
  }

  append(api: string, entry: { readonly stateVersion: number; readonly changes: readonly StoreChange[]; readonly frozenClockMs: number | null }): void {
    this.#write({ api, kind: 'changes', stateVersion: entry.stateVersion, frozenClockMs: entry.frozenClockMs, changes: entry.changes });
    const image = this.#apis.get(api);
    if (image) {
      image.tables.apply(entry.changes);
      image.stateVersion = entry.stateVersion;
      image.frozenClockMs = entry.frozenClockMs;
    } else {
      const tables = new TablesImage();
      tables.apply(entry.changes);
      this.#apis.set(api, { stateVersion: entry.stateVersion, frozenClockMs: entry.frozenClockMs, tables });
    }
    this.#compactWhenGrown();
  }

  replace(api: string, entry: { readonly stateVersion: number; readonly snapshot: StoreSnapshot; readonly frozenClockMs: number | null }): void {
    this.#write({ api, kind: 'snapshot', stateVersion: entry.stateVersion, frozenClockMs: entry.frozenClockMs, tables: entry.snapshot });
    this.#apis.set(api, { stateVersion: entry.stateVersion, frozenClockMs: entry.frozenClockMs, tables: TablesImage.from(entry.snapshot) });
    this.#compactWhenGrown();
  }

  /**
   * Rewrites the file as one snapshot per API (temporary file, fsync, rename, fsync of the folder).
   * Throws if that fails; the old file is then still whole and in use.
   */
  compact(): void {
    if (this.#broken) throw new Error(this.#broken);
    let text = journalHeaderLine(new Date());
    for (const [api, image] of this.#apis) {
      text += encodeRecord({ api, kind: 'snapshot', stateVersion: image.stateVersion, frozenClockMs: image.frozenClockMs, tables: image.tables.toSnapshot() });
    }
    writeWholeFile(this.path, text);
    // The old descriptor now points at the replaced file: writes must go to the new one.
    closeSync(this.#fd);
    try {
      this.#fd = openSync(this.path, 'a');
    } catch (error) {
      this.#broken = `cannot reopen the state file ${this.path} after compacting it (${(error as Error).message}); restart the mock`;
      throw error;
    }
    this.#size = Buffer.byteLength(text);
    this.#compactedSize = this.#size;
  }

  /** Closes the file (the process is stopping). */
  close(): void {
    if (this.#fd >= 0) closeSync(this.#fd);
    this.#fd = -1;
  }

  /** Appends one record as one line; on failure, cuts the file back so no partial line stays. */
  #write(record: JournalRecord): void {
    if (this.#broken) throw new Error(this.#broken);
    const bytes = Buffer.from(encodeRecord(record));
    try {
      writeAll(this.#fd, bytes);
      if (this.#fsync) fdatasyncSync(this.#fd);
    } catch (error) {
      try {
        ftruncateSync(this.#fd, this.#size);
      } catch (cutError) {
        this.#broken = `cannot write the state file ${this.path}, nor cut a failed write back (${(cutError as Error).message}); restart the mock`;
      }
      throw error;
    }
    this.#size += bytes.length;
  }

  #compactWhenGrown(): void {
    const grown = this.#size - this.#compactedSize;
    if (grown < Math.max(this.#compactAfterBytes, this.#compactedSize)) return;
    try {
      this.compact();
    } catch {
      // The change is written and the old file is whole; try again after as much growth again.
      this.#compactedSize = this.#size;
    }
  }
}

/**
 * Creates or replaces `path` atomically with `text`: a temporary file in the same folder (mode
 * 0600), fsync, rename over `path`, fsync of the folder (so the rename itself survives power loss).
 */
function writeWholeFile(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeAll(fd, Buffer.from(text));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone, or never created
    }
    throw error;
  }
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Some platforms cannot fsync a folder; the rename is still atomic.
  }
}

/** `writeSync` until every byte is written (it may write fewer than asked). */
function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}
