import { describe, expect, it } from 'vitest';
import { ByteRing } from '../../src/core/mock/journal/ByteRing.ts';
import type { JournalRecord } from '../../src/core/mock/journal/JournalRecord.ts';
import { packAnswer, packMessages, packRequest, unpackMessages } from '../../src/core/mock/journal/packMessages.ts';
import { RequestJournal } from '../../src/core/mock/journal/RequestJournal.ts';
import { describeVerdict } from '../../src/core/mock/journal/describeVerdict.ts';
import { viewJournalRecord } from '../../src/core/mock/journal/viewJournalRecord.ts';
import { newRequestTrace, type RequestTrace } from '../../src/core/mock/pipeline/RequestTrace.ts';

const record = (id: number, path: string, status: number, trace: Partial<RequestTrace> = {}): JournalRecord => ({
  id,
  receivedAt: 1_700_000_000_000 + id,
  durationMs: 1.234,
  method: 'GET',
  path,
  query: '',
  status,
  warnings: [],
  ...newRequestTrace(),
  ...trace,
  textAt: 0,
  textBytes: 0,
});
const add = (journal: RequestJournal, path: string, status: number) =>
  journal.add(packMessages({}, undefined, {}, `{"path":"${path}"}`), (id, textAt, textBytes) => ({ ...record(id, path, status), textAt, textBytes }));

describe('RequestJournal (the ring behind GET /__mock/requests)', () => {
  it('keeps the last `capacity` records, oldest first, with ids that keep growing', () => {
    const journal = new RequestJournal(3);
    for (let i = 0; i < 5; i++) add(journal, `/p${i}`, 200);
    expect(journal.size).toBe(3);
    expect(journal.list().map((r) => [r.id, r.path])).toEqual([
      [3, '/p2'],
      [4, '/p3'],
      [5, '/p4'],
    ]);
    expect(journal.get(2)).toBeUndefined();
    expect(journal.get(4)?.path).toBe('/p3');
  });

  it('filters by contained path, exact status or class, after an id, and limits to the newest', () => {
    const journal = new RequestJournal(10);
    add(journal, '/devices', 200);
    add(journal, '/devices/1/temporal', 422);
    add(journal, '/classrooms', 404);
    add(journal, '/devices/2', 404);
    expect(journal.list({ path: '/devices' }).map((r) => r.id)).toEqual([1, 2, 4]);
    expect(journal.list({ status: '404' }).map((r) => r.id)).toEqual([3, 4]);
    expect(journal.list({ status: '4xx' }).map((r) => r.id)).toEqual([2, 3, 4]);
    expect(journal.list({ status: '4XX', path: 'devices' }).map((r) => r.id)).toEqual([2, 4]);
    expect(journal.list({ after: 2 }).map((r) => r.id)).toEqual([3, 4]);
    expect(journal.list({ limit: 2 }).map((r) => r.id)).toEqual([3, 4]);
    expect(journal.list({ status: '5xx' })).toEqual([]);
  });

  it('clears, tells its subscribers, and goes on numbering', () => {
    const journal = new RequestJournal(10);
    const seen: unknown[] = [];
    const stop = journal.subscribe((event) => seen.push(event === 'cleared' ? event : event.id));
    add(journal, '/a', 200);
    journal.clear();
    add(journal, '/b', 200);
    stop();
    add(journal, '/c', 200);
    expect(seen).toEqual([1, 'cleared', 2]);
    expect(journal.list().map((r) => r.id)).toEqual([2, 3]);
    expect(journal.lastId).toBe(3);
  });
});

describe('an entry\'s verdict and view', () => {
  it.each([
    [{ responseViolations: [{ path: '$.data', message: 'must be array' }] }, 200, 'off-spec'],
    [{ stoppedBy: 'ServiceUnavailable' as const, faults: ['error rate 1: 503'] }, 503, 'faulted'],
    [{ stoppedBy: 'Unauthorized' as const }, 401, 'refused'],
    [{ stoppedBy: 'InvalidRequest' as const, requestViolations: [{ in: 'query' as const, name: 'per_page', path: '$', keyword: 'maximum', message: 'must be <= 100', params: {} }] }, 422, 'refused'],
    [{ prefer: { outcome: 'answered' as const } }, 404, 'from-document'],
    [{}, 409, 'domain-error'],
    [{}, 201, 'ok'],
  ])('%j answered %i is %s', (trace, status, kind) => {
    expect(describeVerdict(record(1, '/x', status, trace as Partial<RequestTrace>)).kind).toBe(kind);
  });

  it('names the invalid parameter in the reason and the problems', () => {
    const view = viewJournalRecord(
      record(1, '/devices', 422, { stoppedBy: 'InvalidRequest', requestViolations: [{ in: 'query', name: 'per_page', path: '$', keyword: 'maximum', message: 'must be <= 100', params: {} }] }),
      undefined,
    );
    expect(view.verdict.reason).toBe('the request breaks the document: query per_page: must be <= 100');
    expect(view.requestProblems).toEqual(['query per_page: must be <= 100']);
  });

  it('hides credentials, cuts long bodies at 16 KiB, and writes times as ISO strings', () => {
    const packed = packMessages(
      { authorization: 'agora token=secret', 'x-agora-token': 'abc', 'content-type': 'application/json', absent: undefined },
      'x'.repeat(20_000),
      { 'Content-Type': 'application/json', 'Content-Length': 11 },
      '{"ok":"é€😀"}',
    );
    expect(packed).not.toContain('secret');
    const view = viewJournalRecord(record(1, '/x', 200), unpackMessages(packed));
    expect(view.request.headers).toEqual({ authorization: '(hidden: 18 characters)', 'x-agora-token': '(hidden: 3 characters)', 'content-type': 'application/json' });
    expect(view.request.body).toEqual({ text: 'x'.repeat(16 * 1024), truncated: true });
    expect(view.response).toEqual({ headers: { 'Content-Type': 'application/json', 'Content-Length': '11' }, body: { text: '{"ok":"é€😀"}', truncated: false } });
    expect(view.messagesKept).toBe(true);
    expect(view.time).toBe(new Date(1_700_000_000_001).toISOString());
    expect(view.durationMs).toBe(1.23);
  });

  it('tells no body from an empty one', () => {
    const { request, response } = unpackMessages(packMessages({}, '', {}, undefined));
    expect(request.body).toEqual({ text: '', truncated: false });
    expect(response.body).toBeNull();
  });
});

describe('the journal keeps the newest messages in a fixed block of bytes', () => {
  it('reads a text back until newer texts have wrapped over it', () => {
    const ring = new ByteRing(64);
    const first = ring.write('a'.repeat(10));
    const second = ring.write('ü'.repeat(5));
    expect(ring.read(first)).toBe('a'.repeat(10));
    expect(ring.read(second)).toBe('ü'.repeat(5));
    const third = ring.write('b'.repeat(20));
    expect(ring.read(third)).toBe('b'.repeat(20));
    expect(ring.read(first)).toBeUndefined();
    ring.clear();
    expect(ring.read(third)).toBeUndefined();
  });

  it('writes a text given in parts as one (multi-byte characters across the seams, empty parts included)', () => {
    const ring = new ByteRing(64);
    ring.write('x'.repeat(40));
    const joined = ring.write('ab€', '', '€cd', 'ü');
    expect(ring.read(joined)).toBe('ab€€cdü');
    expect(joined.bytes).toBe(12);
  });

  it('packs a request and an answer in two halves that the journal writes as parts and reads back as one text', () => {
    const answer = packAnswer({ 'Content-Type': 'application/json' }, '{"ü":1}');
    const journal = new RequestJournal(10);
    const entry = journal.add([packRequest({ accept: '*/*' }, '{"a":1}', answer), answer.head, answer.body], (id, textAt, textBytes) => ({ ...record(id, '/p', 200), textAt, textBytes }));
    expect(journal.messages(entry)).toEqual({
      request: { headers: { accept: '*/*' }, body: { text: '{"a":1}', truncated: false } },
      response: { headers: { 'Content-Type': 'application/json' }, body: { text: '{"ü":1}', truncated: false } },
    });
  });

  it('drops the messages of old entries but keeps the entries themselves', () => {
    const journal = new RequestJournal(100, 512);
    for (let i = 0; i < 50; i++) add(journal, `/p${i}`, 200);
    const records = journal.list();
    expect(records).toHaveLength(50);
    expect(journal.messages(records[0]!)).toBeUndefined();
    expect(journal.messages(records[49]!)?.response.body?.text).toBe('{"path":"/p49"}');
    expect(viewJournalRecord(records[0]!, undefined)).toMatchObject({ path: '/p0', messagesKept: false, request: { headers: {}, body: null } });
  });
});
