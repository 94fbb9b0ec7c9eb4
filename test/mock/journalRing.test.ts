import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteRing } from '../../src/core/mock/journal/ByteRing.ts';
import type { JournalRecord } from '../../src/core/mock/journal/JournalRecord.ts';
import { packAnswer, packMessages, packRequest, unpackMessages, type PackedAnswer } from '../../src/core/mock/journal/packMessages.ts';
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
  answerAt: 0,
  answerBytes: 0,
});
const addAnswer = (journal: RequestJournal, path: string, answer: PackedAnswer, shared: boolean, requestBody?: string) =>
  journal.add(packRequest({}, requestBody, answer), answer, shared, (id, text) => ({ ...record(id, path, 200), ...text }));
const add = (journal: RequestJournal, path: string, status: number) => {
  const answer = packAnswer({}, `{"path":"${path}"}`);
  return journal.add(packRequest({}, undefined, answer), answer, false, (id, text) => ({ ...record(id, path, status), ...text }));
};

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

  it('packs a request and an answer in two halves that the journal writes apart and reads back as one text', () => {
    const answer = packAnswer({ 'Content-Type': 'application/json' }, '{"ü":1}');
    const journal = new RequestJournal(10);
    const entry = journal.add(packRequest({ accept: '*/*' }, '{"a":1}', answer), answer, false, (id, text) => ({ ...record(id, '/p', 200), ...text }));
    expect(journal.messages(entry)).toEqual({
      request: { headers: { accept: '*/*' }, body: { text: '{"a":1}', truncated: false } },
      response: { headers: { 'Content-Type': 'application/json' }, body: { text: '{"ü":1}', truncated: false } },
    });
    expect(entry.answerAt).toBe(entry.textAt + entry.textBytes);
  });

  it('writes a shared answer once while the ring holds it: its records point at the same text', () => {
    const answer = packAnswer({ 'Content-Type': 'application/json' }, JSON.stringify({ data: 'x'.repeat(1000) }));
    // 4 KiB hold four copies of a 1 KB answer, not fifty.
    const journal = new RequestJournal(100, 4096);
    const records = Array.from({ length: 50 }, (_, i) => addAnswer(journal, `/p${i}`, answer, true, `{"n":${i}}`));
    expect(new Set(records.map((r) => r.answerAt)).size).toBe(1);
    for (const [i, r] of records.entries()) {
      const messages = journal.messages(r);
      expect(messages?.request.body?.text).toBe(`{"n":${i}}`);
      expect(messages?.response.body?.text).toBe(answer.body);
    }
  });

  it('writes an answer that is not shared for each record, so that a small ring keeps only the newest', () => {
    const answer = packAnswer({}, JSON.stringify({ data: 'x'.repeat(1000) }));
    const journal = new RequestJournal(100, 4096);
    const records = Array.from({ length: 50 }, (_, i) => addAnswer(journal, `/p${i}`, answer, false));
    expect(new Set(records.map((r) => r.answerAt)).size).toBe(50);
    expect(journal.messages(records[0]!)).toBeUndefined();
    expect(journal.messages(records[49]!)?.response.body?.text).toBe(answer.body);
  });

  it('writes a shared answer again once it is in the older half of the ring, though the ring still holds it', () => {
    const shared = packAnswer({}, JSON.stringify({ data: 's'.repeat(200) }));
    const journal = new RequestJournal(100, 8192);
    const first = addAnswer(journal, '/shared', shared, true);
    // ~3 KB of other entries: the shared text is still in the newer half.
    for (let i = 0; i < 3; i++) add(journal, `/other${i}`.padEnd(1000, 'o'), 200);
    expect(addAnswer(journal, '/shared', shared, true).answerAt).toBe(first.answerAt);
    // ~2 KB more: now older than half the ring (4 KiB), though not yet overwritten.
    for (let i = 3; i < 5; i++) add(journal, `/other${i}`.padEnd(1000, 'o'), 200);
    expect(journal.messages(first)?.response.body?.text).toBe(shared.body);
    const again = addAnswer(journal, '/shared', shared, true);
    expect(again.answerAt).toBeGreaterThan(first.answerAt);
    expect(journal.messages(again)?.response.body?.text).toBe(shared.body);
  });

  it('reads back an answer half that starts with U+FEFF (no headers), the character kept', () => {
    const answer = packAnswer({}, '\uFEFF{"a":1}');
    const journal = new RequestJournal(10);
    const entry = journal.add(packRequest({}, undefined, answer), answer, false, (id, text) => ({ ...record(id, '/p', 200), ...text }));
    expect(journal.messages(entry)?.response.body?.text).toBe('\uFEFF{"a":1}');
  });

  it('writes a shared answer again once newer texts or a clear have overwritten it; the records that pointed at the old text lose it', () => {
    const shared = packAnswer({}, JSON.stringify({ data: 's'.repeat(1000) }));
    const journal = new RequestJournal(100, 4096);
    const first = addAnswer(journal, '/shared', shared, true);
    for (let i = 0; i < 5; i++) add(journal, `/other${i}`.padEnd(600, 'o'), 200);
    expect(journal.messages(first)).toBeUndefined();
    const second = addAnswer(journal, '/shared', shared, true);
    expect(second.answerAt).toBeGreaterThan(first.answerAt);
    expect(journal.messages(second)?.response.body?.text).toBe(shared.body);
    journal.clear();
    const third = addAnswer(journal, '/shared', shared, true);
    expect(third.answerAt).toBeGreaterThan(second.answerAt);
    expect(journal.messages(second)).toBeUndefined();
    expect(journal.messages(third)?.response.body?.text).toBe(shared.body);
  });

  it('reads back every record just added, whatever its own request overwrote of a shared answer (property)', () => {
    // Small rings and texts up to the ring's limit (a quarter of its size in UTF-16 units), some of
    // them multi-byte, so that a request's half often wraps over the shared answer's text.
    const answers = [150, 350].map((n, i) => packAnswer({ 'x-answer': String(i) }, JSON.stringify({ data: (i === 0 ? 'a' : '€').repeat(n) })));
    const step = fc.record({ answer: fc.nat(answers.length), shared: fc.boolean(), request: fc.nat(300), char: fc.constantFrom('r', 'ü', '€') });
    fc.assert(
      fc.property(fc.integer({ min: 4096, max: 8192 }), fc.array(step, { minLength: 1, maxLength: 80 }), (size, steps) => {
        const journal = new RequestJournal(100, size);
        for (const [i, { answer: which, shared, request, char }] of steps.entries()) {
          // The last index is an answer made for this record alone.
          const answer = answers[which] ?? packAnswer({}, `{"n":${i}}`);
          const body = char.repeat(request);
          const entry = addAnswer(journal, `/p${i}`, answer, shared, body);
          const messages = journal.messages(entry);
          expect(messages?.request.body?.text).toBe(body);
          expect(messages?.response).toEqual(unpackMessages(packMessages({}, undefined, parseHead(answer.head), answer.body)).response);
        }
      }),
      { numRuns: 300 },
    );
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

/** `packAnswer`'s header lines back as headers. */
function parseHead(head: string): Record<string, string> {
  return Object.fromEntries(head.split('\n').filter(Boolean).map((line) => line.split(': ') as [string, string]));
}
