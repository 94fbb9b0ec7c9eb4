import { describe, expect, it } from 'vitest';
import { persistChanges, type PersistenceTarget } from '../../../../src/core/mock/pipeline/persistChanges.ts';
import type { StatePersistence } from '../../../../src/core/store/StatePersistence.ts';

const change = { table: 'things', key: '3', value: { id: 3 } };

function setUp(append: StatePersistence['append'] = () => undefined) {
  const appended: unknown[] = [];
  const logs: Record<string, unknown>[] = [];
  let undone = 0;
  const persistence: StatePersistence = {
    location: 'memory',
    load: () => undefined,
    append: (api, entry) => {
      append(api, entry);
      appended.push([api, entry]);
    },
    replace: () => undefined,
  };
  const target: PersistenceTarget = { persistence, api: 'things', stateVersion: 4, frozenClockMs: () => 1_000, log: (e) => logs.push(e) };
  const domain = (changes = [change]) => ({ changes, undo: () => void undone++ });
  return { target, domain, appended, logs, undone: () => undone };
}

describe('stage: persist', () => {
  it('appends the changes with the state version and the frozen clock before the answer goes out', () => {
    const t = setUp();
    expect(persistChanges(t.target, 'POST', t.domain())).toBeNull();
    expect(t.appended).toEqual([['things', { stateVersion: 4, changes: [change], frozenClockMs: 1_000 }]]);
  });

  it('undoes what a HEAD changed and saves nothing (HEAD changes nothing)', () => {
    const t = setUp();
    expect(persistChanges(t.target, 'HEAD', t.domain())).toBeNull();
    expect([t.undone(), t.appended.length]).toEqual([1, 0]);
  });

  it('saves nothing when nothing changed or there is no state file', () => {
    const t = setUp();
    persistChanges(t.target, 'GET', t.domain([]));
    persistChanges({ ...t.target, persistence: undefined }, 'POST', t.domain());
    expect(t.appended).toEqual([]);
  });

  it('undoes the change and stops with 503 and Retry-After when the state file cannot be written', () => {
    const t = setUp(() => {
      throw new Error('disk full');
    });
    expect(persistChanges(t.target, 'POST', t.domain())).toEqual({ kind: 'stop', error: { kind: 'ServiceUnavailable' }, headers: { 'Retry-After': '1' } });
    expect(t.undone()).toBe(1);
    expect(t.logs).toEqual([{ level: 'error', msg: 'cannot write the state file; the change was not applied', error: 'disk full' }]);
  });
});
