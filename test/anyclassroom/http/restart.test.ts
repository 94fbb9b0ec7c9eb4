import { afterEach, describe, expect, it } from 'vitest';
import type { SavedState, StatePersistence } from '../../../src/core/store/StatePersistence.ts';
import { NOW_MS, postJson, startAnyClassroom, type AnyClassroomTestMock } from '../fixture.ts';

/** A state file kept in memory, written as JSON text, as a file would be. */
function memoryPersistence(): StatePersistence & { writes: string[] } {
  let saved: string | undefined;
  const writes: string[] = [];
  return {
    location: 'memory',
    writes,
    load: () => (saved === undefined ? undefined : (JSON.parse(saved) as SavedState)),
    append(_, entry) {
      const current = JSON.parse(saved!) as SavedState;
      saved = JSON.stringify({ ...current, changes: [...current.changes, ...entry.changes], frozenClockMs: entry.frozenClockMs });
      writes.push(`append ${entry.changes.map((c) => c.table).join(',')}`);
    },
    replace(_, entry) {
      saved = JSON.stringify({ stateVersion: entry.stateVersion, snapshot: entry.snapshot, changes: [], frozenClockMs: entry.frozenClockMs });
      writes.push('replace');
    },
  };
}

const running: AnyClassroomTestMock[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((t) => t.close()));
});
async function start(stateFile: StatePersistence) {
  const t = await startAnyClassroom({ stateFile });
  running.push(t);
  return t;
}
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as any });

describe('AnyClassroom across a restart with a state file', () => {
  it('keeps the seed and every acknowledged link and invalidation, writing one row per change after the first save', async () => {
    const stateFile = memoryPersistence();
    const first = await start(stateFile);
    const a = await json(await first.api('/devices/lab1-pc-02@ad/temporal', postJson({ until_time: NOW_MS / 1000 + 3600 })));
    const b = await json(await first.api('/devices/lab1-pc-02@ad/temporal', postJson({ until_time: NOW_MS / 1000 + 7200 })));
    expect((await first.api(`/temporal-access/${a.body.data.token}/invalidate`, { method: 'PATCH' })).status).toBe(200);
    // The first write saves every table (the seed was never written); later ones append the one row changed.
    expect(stateFile.writes).toEqual(['replace', 'append links', 'append links']);
    const before = await json(await first.api('/devices/lab1-pc-02@ad/temporal'));
    const detail = await json(await first.api('/devices/lab1-pc-02@ad'));
    await first.close();

    const second = await start(stateFile);
    expect((await json(await second.api('/devices/lab1-pc-02@ad/temporal'))).body.data).toEqual(before.body.data);
    expect((await json(await second.api('/devices/lab1-pc-02@ad'))).body.data).toEqual(detail.body.data);
    expect((await json(await second.api('/devices'))).body.meta.total).toBe(67);
    expect(before.body.data.map((l: { token: string }) => l.token)).toEqual([b.body.data.token, a.body.data.token]);
  });

  it('starts again from the seed after a reset', async () => {
    const stateFile = memoryPersistence();
    const first = await start(stateFile);
    await first.api('/devices/lab1-pc-02@ad/temporal', postJson({ until_time: NOW_MS / 1000 + 3600 }));
    await first.reset();
    await first.close();
    const second = await start(stateFile);
    expect((await json(await second.api('/devices/lab1-pc-02@ad/temporal'))).body.meta.total).toBe(0);
  });
});
