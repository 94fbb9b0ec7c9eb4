import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLaravelTimestamp } from '../../../src/anyclassroom/mock/laravelTimestamp.ts';
import { newAnyClassroomState, type AnyClassroomState, type LinkRow } from '../../../src/anyclassroom/mock/state.ts';

const DEVICES = ['111111111', '222222222'];
const stamp = (second: number) => toLaravelTimestamp(Date.UTC(2026, 5, 1) + second * 1000);

function link(id: number, anydeskId: string, second: number): LinkRow {
  const createdAt = stamp(second);
  const token = `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;
  return { token, id, anydeskId, fromTime: 1, untilTime: 2, signature: '\xff'.repeat(32), createdAt };
}

/** The order the API promises, computed the slow way: all of a device's links sorted, newest first. */
function sortedNewestFirst(state: AnyClassroomState, anydeskId: string): string[] {
  return [...state.links.values()]
    .filter((l) => l.anydeskId === anydeskId)
    .sort((a, b) => (a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1))
    .map((l) => l.token);
}
const indexed = (state: AnyClassroomState, anydeskId: string): string[] => {
  const list = state.linksByDevice.newestFirst(anydeskId);
  return list.slice(0, list.length).map((l) => l.token);
};

describe('linksByDevice', () => {
  it('lists a device links newest first, a created_at tie by id (the later-created first)', () => {
    const state = newAnyClassroomState();
    for (const row of [link(1, DEVICES[0]!, 10), link(2, DEVICES[0]!, 30), link(3, DEVICES[0]!, 20), link(4, DEVICES[0]!, 30), link(5, DEVICES[1]!, 5)]) state.links.put(row.token, row);
    expect(indexed(state, DEVICES[0]!)).toEqual([4, 2, 3, 1].map((id) => link(id, DEVICES[0]!, 0).token));
    expect(state.linksByDevice.newestFirst(DEVICES[1]!).length).toBe(1);
    expect(state.linksByDevice.newestFirst('333333333').length).toBe(0);
    expect(state.linksByDevice.lastId).toBe(5);
  });

  it('cuts pages from the newest end, clipping at both ends', () => {
    const state = newAnyClassroomState();
    for (let id = 1; id <= 7; id++) state.links.put(link(id, DEVICES[0]!, id).token, link(id, DEVICES[0]!, id));
    const ids = (start: number, end: number) => state.linksByDevice.newestFirst(DEVICES[0]!).slice(start, end).map((l) => l.id);
    expect(ids(0, 3)).toEqual([7, 6, 5]);
    expect(ids(6, 9)).toEqual([1]);
    expect(ids(9, 12)).toEqual([]);
    expect(ids(-2, 1)).toEqual([7]);
  });

  it('keeps a link at its place when it is replaced (an invalidation), and drops it when a creation is rolled back', () => {
    const state = newAnyClassroomState();
    for (let id = 1; id <= 3; id++) state.links.put(link(id, DEVICES[0]!, id).token, link(id, DEVICES[0]!, id));
    const second = state.links.get(link(2, DEVICES[0]!, 2).token)!;
    const { undo } = state.store.transaction(() => {
      state.links.put(second.token, { ...second, invalidated: true, updatedAt: stamp(99) });
      state.links.put(link(4, DEVICES[0]!, 4).token, link(4, DEVICES[0]!, 4));
    });
    expect(state.linksByDevice.newestFirst(DEVICES[0]!).slice(0, 4).map((l) => [l.id, l.invalidated === true])).toEqual([[4, false], [3, false], [2, true], [1, false]]);
    undo();
    expect(state.linksByDevice.newestFirst(DEVICES[0]!).slice(0, 4).map((l) => [l.id, l.invalidated === true])).toEqual([[3, false], [2, false], [1, false]]);
  });

  it('agrees with a full sort under any mix of creations (the clock going back and forth), invalidations, rollbacks and a restore', () => {
    type Step = { readonly kind: 'create'; readonly device: number; readonly second: number } | { readonly kind: 'invalidate'; readonly pick: number } | { readonly kind: 'rollback' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('create' as const), device: fc.integer({ min: 0, max: 1 }), second: fc.integer({ min: 0, max: 20 }) }),
      fc.record({ kind: fc.constant('invalidate' as const), pick: fc.nat() }),
      fc.constant({ kind: 'rollback' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const state = newAnyClassroomState();
        const committed: { table: string; key: string; value: unknown }[] = [];
        for (const s of steps) {
          const { changes, undo } = state.store.transaction(() => {
            if (s.kind === 'create') {
              const row = link(state.linksByDevice.lastId + 1, DEVICES[s.device]!, s.second);
              state.links.put(row.token, row);
            } else if (s.kind === 'invalidate' && state.links.size > 0) {
              const rows = [...state.links.values()];
              const row = rows[s.pick % rows.length]!;
              state.links.put(row.token, { ...row, invalidated: true, updatedAt: stamp(50) });
            }
          });
          if (s.kind === 'rollback' || (s.kind === 'create' && s.second % 7 === 0)) undo();
          else committed.push(...changes);
        }
        const restored = newAnyClassroomState();
        restored.store.restore({}, committed);
        for (const device of DEVICES) {
          expect(indexed(state, device)).toEqual(sortedNewestFirst(state, device));
          expect(indexed(restored, device)).toEqual(indexed(state, device));
        }
      }),
      { numRuns: 300 },
    );
  });
});
