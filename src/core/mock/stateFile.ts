import type { StoreChange, StoreSnapshot } from '../store/Store.ts';
import type { SavedState, StatePersistence } from '../store/StatePersistence.ts';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';

/** Marks a file as this project's state file, so that no other JSON file is mistaken for one. */
const FORMAT = 'classroom-mock-state';
const VERSION = 2;

/** What is kept per API: its tables (with their format version) and, if frozen, its clock (Unix ms). */
export interface PersistedApi {
  readonly stateVersion: number;
  readonly tables: StoreSnapshot;
  readonly frozenClockMs: number | null;
}

/**
 * Thrown by `readStateFile` when the file exists but is not a state file this version can read:
 * broken JSON, another format, another version. Carries the path and the reason; the file is left
 * untouched, and the mock refuses to start rather than overwrite it.
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

/**
 * Reads a state file written by `StateFile.save`. Returns `null` when the file does not exist yet (a
 * first start), the saved APIs otherwise.
 *
 * @example
 *   const saved = readStateFile('.state/mock.json'); // null | { anyclassroom?: {...}, ... }
 */
export function readStateFile(path: string): Record<string, PersistedApi> | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new StateFileError(path, `it is not valid JSON (${(error as Error).message})`);
  }
  const file = parsed as { format?: unknown; version?: unknown; apis?: unknown };
  if (typeof parsed !== 'object' || parsed === null || file.format !== FORMAT) throw new StateFileError(path, `it is not a ${FORMAT} file`);
  if (file.version !== VERSION) throw new StateFileError(path, `it has version ${String(file.version)}, this mock reads version ${VERSION}`);
  if (typeof file.apis !== 'object' || file.apis === null) throw new StateFileError(path, '"apis" is missing');
  for (const [name, entry] of Object.entries(file.apis as Record<string, unknown>)) {
    const e = entry as Partial<PersistedApi> | null;
    if (
      typeof e !== 'object' ||
      e === null ||
      typeof e.stateVersion !== 'number' ||
      typeof e.tables !== 'object' ||
      e.tables === null ||
      !(e.frozenClockMs === null || typeof e.frozenClockMs === 'number')
    ) {
      throw new StateFileError(path, `"apis.${name}" is not a saved API`);
    }
  }
  return file.apis as Record<string, PersistedApi>;
}

/**
 * The state file of a running mock process, shared by both APIs: each change is written before the
 * change is acknowledged, atomically (a temporary file in the same folder, fsync, then rename over
 * the old one), so a kill at any moment leaves either the previous or the new complete file.
 *
 * @example
 *   const file = new StateFile('.state/mock.json', readStateFile('.state/mock.json') ?? {});
 *   file.save('anyclassroom', { state, frozenClockMs: null });
 */
export class StateFile implements StatePersistence {
  readonly #apis: Record<string, PersistedApi>;
  readonly #temporary: string;

  constructor(
    readonly path: string,
    initial: Record<string, PersistedApi>,
  ) {
    this.#apis = { ...initial };
    this.#temporary = `${path}.${process.pid}.tmp`;
  }

  get location(): string {
    return this.path;
  }

  load(api: string): SavedState | undefined {
    const saved = this.#apis[api];
    return saved && { stateVersion: saved.stateVersion, snapshot: saved.tables, changes: [], frozenClockMs: saved.frozenClockMs };
  }

  /**
   * Writes the whole file with the API's tables after the changes (transitional: the cost grows with
   * the state; `#tables` keeps the current picture).
   */
  append(api: string, entry: { readonly stateVersion: number; readonly changes: readonly StoreChange[]; readonly frozenClockMs: number | null }): void {
    const tables = new Map<string, Map<string, unknown>>();
    for (const [name, rows] of Object.entries(this.#apis[api]?.tables ?? {})) tables.set(name, new Map(rows));
    for (const change of entry.changes) {
      let rows = tables.get(change.table);
      if (!rows) tables.set(change.table, (rows = new Map()));
      if (change.value === undefined) rows.delete(change.key);
      else rows.set(change.key, change.value);
    }
    const snapshot: Record<string, [string, unknown][]> = {};
    for (const [name, rows] of tables) snapshot[name] = [...rows];
    this.save(api, { stateVersion: entry.stateVersion, tables: snapshot, frozenClockMs: entry.frozenClockMs });
  }

  replace(api: string, entry: { readonly stateVersion: number; readonly snapshot: StoreSnapshot; readonly frozenClockMs: number | null }): void {
    this.save(api, { stateVersion: entry.stateVersion, tables: entry.snapshot, frozenClockMs: entry.frozenClockMs });
  }

  /** Records one API's new state and writes the whole file; throws if the write fails. */
  save(api: string, entry: PersistedApi): void {
    const previous = this.#apis[api];
    this.#apis[api] = entry;
    try {
      const text = JSON.stringify({ format: FORMAT, version: VERSION, savedAt: new Date().toISOString(), apis: this.#apis });
      const fd = openSync(this.#temporary, 'w', 0o600);
      try {
        writeSync(fd, text);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(this.#temporary, this.path);
    } catch (error) {
      if (previous === undefined) delete this.#apis[api];
      else this.#apis[api] = previous;
      throw error;
    }
  }
}
