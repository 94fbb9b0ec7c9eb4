import { appendFileSync, chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/core/store/Store.ts';
import { StateFileError } from '../../src/mock/persistence/StateFileError.ts';
import { StateJournal } from '../../src/mock/persistence/StateJournal.ts';

const opened: StateJournal[] = [];
afterEach(() => opened.splice(0).forEach((j) => j.close()));

const newPath = () => join(mkdtempSync(join(tmpdir(), 'journal-')), 'state.jsonl');
const open = (path: string, options?: Parameters<typeof StateJournal.open>[1]) => {
  const journal = StateJournal.open(path, options);
  opened.push(journal);
  return journal;
};
const link = (i: number) => ({ token: `t${i}`, device: 'd1', created_at: 1_700_000_000 + i });
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const mode = (path: string) => statSync(path).mode & 0o777;

/** Restores what a journal holds for `api` into a fresh store, as the server does at start-up. */
function restored(journal: StateJournal, api: string): Record<string, unknown[]> {
  const saved = journal.load(api);
  if (!saved) throw new Error(`nothing saved for ${api}`);
  const store = new Store();
  store.restore(saved.snapshot, saved.changes);
  const out: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(store.snapshot())) out[name] = rows.map(([key, value]) => [key, value]);
  return out;
}

describe('the state journal (--state-file)', () => {
  it('creates the file with mode 0600 and a header line, and holds nothing on a first start', () => {
    const path = newPath();
    const journal = open(path);
    expect(mode(path)).toBe(0o600);
    expect(JSON.parse(lines(path)[0]!)).toMatchObject({ format: 'classroom-mock-state', version: 3 });
    expect(journal.load('anyclassroom')).toBeUndefined();
  });

  it('appends one line per committed transaction, whose size does not depend on the size of the state', () => {
    const path = newPath();
    const journal = open(path);
    const big = Object.fromEntries([['links', Array.from({ length: 20_000 }, (_, i) => [`t${i}`, link(i)] as const)]]);
    journal.replace('api', { stateVersion: 1, snapshot: big, frozenClockMs: null });
    const small = open(newPath());
    small.replace('api', { stateVersion: 1, snapshot: { links: [] }, frozenClockMs: null });

    const change = { stateVersion: 1, changes: [{ table: 'links', key: 'new', value: link(99_999) }], frozenClockMs: null };
    const [before, smallBefore] = [journal.size, small.size];
    journal.append('api', change);
    small.append('api', change);
    expect(journal.size - before).toBe(small.size - smallBefore);
    expect(journal.size - before).toBeLessThan(200);
    expect(lines(path)).toHaveLength(3); // header, snapshot, one change
  });

  it('gives back after a restart what was written: the snapshot, then puts and deletes in order, and the last frozen clock', () => {
    const path = newPath();
    const first = open(path);
    first.replace('api', { stateVersion: 2, snapshot: { links: [['t1', link(1)], ['t2', link(2)]] }, frozenClockMs: null });
    first.append('api', { stateVersion: 2, changes: [{ table: 'links', key: 't3', value: link(3) }], frozenClockMs: 1_000 });
    first.append('api', { stateVersion: 2, changes: [{ table: 'links', key: 't1', value: undefined }, { table: 'links', key: 't2', value: { ...link(2), gone: true } }], frozenClockMs: 2_000 });
    first.append('other', { stateVersion: 1, changes: [{ table: 'rooms', key: 'r', value: { name: 'r' } }], frozenClockMs: null });
    first.close();

    const second = open(path);
    expect(restored(second, 'api')).toEqual({ links: [['t2', { ...link(2), gone: true }], ['t3', link(3)]] });
    expect(second.load('api')).toMatchObject({ stateVersion: 2, frozenClockMs: 2_000 });
    expect(restored(second, 'other')).toEqual({ rooms: [['r', { name: 'r' }]] });
  });

  it('starts from the latest snapshot of an API after a reset (replace)', () => {
    const path = newPath();
    const first = open(path);
    first.replace('api', { stateVersion: 1, snapshot: { links: [['seed', link(0)]] }, frozenClockMs: null });
    first.append('api', { stateVersion: 1, changes: [{ table: 'links', key: 't1', value: link(1) }], frozenClockMs: null });
    first.replace('api', { stateVersion: 1, snapshot: { links: [['seed', link(0)]] }, frozenClockMs: null });
    first.close();
    expect(restored(open(path), 'api')).toEqual({ links: [['seed', link(0)]] });
  });

  it('compacts itself into one snapshot per API once it has grown enough, keeping the state, the clock and mode 0600', () => {
    const path = newPath();
    const journal = open(path, { compactAfterBytes: 4096 });
    journal.replace('api', { stateVersion: 1, snapshot: { links: [] }, frozenClockMs: null });
    for (let i = 0; i < 500; i++) {
      journal.append('api', { stateVersion: 1, changes: [{ table: 'links', key: `t${i % 50}`, value: link(i) }], frozenClockMs: 42 });
    }
    // 500 appends of about 90 bytes, but only 50 live rows: the file stays near twice their snapshot.
    expect(statSync(path).size).toBeLessThan(20_000);
    expect(lines(path)[1]).toContain('"kind":"snapshot"');
    expect(mode(path)).toBe(0o600);
    journal.close();
    const again = open(path);
    expect(restored(again, 'api').links).toHaveLength(50);
    expect(restored(again, 'api').links![0]).toEqual(['t0', link(450)]);
    expect(again.load('api')).toMatchObject({ frozenClockMs: 42 });
  });

  it('sets an existing journal to mode 0600 when it opens it', () => {
    const path = newPath();
    open(path).close();
    chmodSync(path, 0o644);
    open(path);
    expect(mode(path)).toBe(0o600);
  });

  it('fsyncs every write when asked, and reads back the same', () => {
    const path = newPath();
    const journal = open(path, { fsync: true });
    journal.append('api', { stateVersion: 1, changes: [{ table: 'links', key: 't1', value: link(1) }], frozenClockMs: null });
    journal.close();
    expect(restored(open(path), 'api')).toEqual({ links: [['t1', link(1)]] });
  });

  describe('a last line cut short by a crash (never acknowledged)', () => {
    it('is dropped at the next start, not treated as corruption, and later writes land on a whole line', () => {
      const path = newPath();
      const first = open(path);
      first.append('api', { stateVersion: 1, changes: [{ table: 'links', key: 't1', value: link(1) }], frozenClockMs: null });
      first.close();
      const torn = '{"api":"api","kind":"changes","stateVersion":1,"frozenClockMs":null,"changes":[{"table":"links","key":"t2","val';
      appendFileSync(path, torn);

      const second = open(path);
      expect(second.droppedTornBytes).toBe(Buffer.byteLength(torn));
      expect(second.describe()).toContain(`dropped an unfinished last write of ${Buffer.byteLength(torn)} bytes`);
      expect(restored(second, 'api')).toEqual({ links: [['t1', link(1)]] });
      second.append('api', { stateVersion: 1, changes: [{ table: 'links', key: 't3', value: link(3) }], frozenClockMs: null });
      second.close();
      expect(restored(open(path), 'api')).toEqual({ links: [['t1', link(1)], ['t3', link(3)]] });
    });
  });

  describe('a file it must not use stops the start, with a clear error, and stays as it was', () => {
    const header = '{"format":"classroom-mock-state","version":3,"written":"2026-01-01T00:00:00.000Z"}\n';
    const record = '{"api":"api","kind":"changes","stateVersion":1,"frozenClockMs":null,"changes":[]}\n';
    it.each([
      ['broken JSON', '{"format": "classroom-mock-state", "version": 3, "apis": {', 'it is not valid JSON'],
      ['an empty file', '', 'it is not valid JSON'],
      ['another JSON file', '{"name": "some-package"}\n', 'it is not a classroom-mock-state file'],
      ['a newer version', '{"format":"classroom-mock-state","version":99}\n', 'it has version 99, this mock reads version 3'],
      ['a version 2 file (one JSON document)', '{"format":"classroom-mock-state","version":2,"savedAt":"x","apis":{}}', 'it has version 2, this mock reads version 3'],
      ['a corrupt line before the last', `${header}${record}{"api":"api","kind":"chan\n${record}`, 'line 3 is corrupt: it is not valid JSON'],
      ['a complete last line that is not a record', `${header}${record}{"api":"api","kind":"teleport"}\n`, 'line 3 is corrupt: it is not a journal record'],
      ['changes of another table version', `${header}${record}${record.replace('"stateVersion":1', '"stateVersion":2')}`, 'line 3 holds api changes of table version 2 after tables of version 1'],
    ])('refuses %s', (_case, content, reason) => {
      const path = newPath();
      writeFileSync(path, content, { mode: 0o644 });
      const before = statSync(path);
      expect(() => StateJournal.open(path)).toThrow(StateFileError);
      expect(() => StateJournal.open(path)).toThrow(`cannot use the state file ${path}: ${reason}`);
      expect(readFileSync(path, 'utf8')).toBe(content);
      expect(statSync(path).mode).toBe(before.mode);
      expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
    });
  });
});
