import type { StoreChange, StoreSnapshot } from '../../core/store/Store.ts';

/** Marks a file as this project's state file, so that no other JSON file is mistaken for one. */
export const JOURNAL_FORMAT = 'classroom-mock-state';
/** 3: the append-only journal (2 was one JSON document rewritten on every change). */
export const JOURNAL_VERSION = 3;

/** The first line of a journal. */
export interface JournalHeader {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  /** When this file was written (created or compacted), ISO 8601; for people only. */
  readonly written: string;
}

/**
 * One line after the header: an API's whole tables (written on a first start, on a reset and by
 * compaction), or the changes of one committed transaction. Both carry the API's table format
 * version and its clock (Unix ms when frozen, else `null`) at the time of the write.
 */
export type JournalRecord =
  | {
      readonly api: string;
      readonly kind: 'snapshot';
      readonly stateVersion: number;
      readonly frozenClockMs: number | null;
      readonly tables: StoreSnapshot;
    }
  | {
      readonly api: string;
      readonly kind: 'changes';
      readonly stateVersion: number;
      readonly frozenClockMs: number | null;
      /** A change without `value` deletes the row (JSON has no `undefined`). */
      readonly changes: readonly StoreChange[];
    };

/**
 * The header line, with its newline.
 *
 * @example
 *   journalHeaderLine(new Date()); // '{"format":"classroom-mock-state","version":3,"written":"2026-…"}\n'
 */
export function journalHeaderLine(now: Date): string {
  const header: JournalHeader = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, written: now.toISOString() };
  return `${JSON.stringify(header)}\n`;
}

/**
 * A record as one line, with its newline: the unit that is written (and so acknowledged, or torn)
 * as a whole.
 *
 * @example
 *   encodeRecord({ api: 'a', kind: 'changes', stateVersion: 1, frozenClockMs: null, changes: [{ table: 't', key: 'k', value: undefined }] });
 *   // '{"api":"a","kind":"changes","stateVersion":1,"frozenClockMs":null,"changes":[{"table":"t","key":"k"}]}\n'
 */
export function encodeRecord(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Why the first line is not the header of a journal this version reads, or `null` when it is. A
 * whole file without a newline is read as its first line (a version 2 state file is one such line).
 *
 * @example
 *   headerProblem('{"name":"some-package"}'); // 'it is not a classroom-mock-state file'
 */
export function headerProblem(line: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message})`;
  }
  const header = parsed as Partial<JournalHeader> | null;
  if (typeof header !== 'object' || header === null || header.format !== JOURNAL_FORMAT) return `it is not a ${JOURNAL_FORMAT} file`;
  if (header.version !== JOURNAL_VERSION) return `it has version ${String(header.version)}, this mock reads version ${JOURNAL_VERSION}`;
  return null;
}

/**
 * Reads one complete record line; a string says why it is not a record.
 *
 * @example
 *   parseRecord('{"api":"a","kind":"changes","stateVersion":1,"frozenClockMs":null,"changes":[]}'); // { api: 'a', ... }
 *   parseRecord('{"api":1}'); // 'it is not a journal record'
 */
export function parseRecord(line: string): JournalRecord | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return `it is not valid JSON (${(error as Error).message})`;
  }
  const r = parsed as Record<string, unknown> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.api !== 'string' ||
    typeof r.stateVersion !== 'number' ||
    !(r.frozenClockMs === null || typeof r.frozenClockMs === 'number')
  ) {
    return 'it is not a journal record';
  }
  if (r.kind === 'snapshot' && isSnapshot(r.tables)) return r as JournalRecord;
  if (r.kind === 'changes' && Array.isArray(r.changes) && r.changes.every(isChange)) return r as JournalRecord;
  return `it is not a journal record (kind ${JSON.stringify(r.kind)} with a malformed body)`;
}

function isSnapshot(value: unknown): value is StoreSnapshot {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((rows) => Array.isArray(rows) && rows.every((row) => Array.isArray(row) && row.length === 2 && typeof row[0] === 'string'));
}

function isChange(value: unknown): value is StoreChange {
  const c = value as Partial<StoreChange> | null;
  return typeof c === 'object' && c !== null && typeof c.table === 'string' && typeof c.key === 'string';
}
