import { describe, expect, it } from 'vitest';
import { createTemporalAccess } from '../../../src/anyclassroom/mock/createTemporalAccess.ts';
import { findDevice } from '../../../src/anyclassroom/mock/findDevice.ts';
import { invalidateTemporalAccess } from '../../../src/anyclassroom/mock/invalidateTemporalAccess.ts';
import { listClassrooms } from '../../../src/anyclassroom/mock/listClassrooms.ts';
import { newAnyClassroomState, ownAccount, type AnyClassroomState } from '../../../src/anyclassroom/mock/state.ts';
import { fixedEnv, NOW_MS, SEED, SIGNING, seedDevice, seededState } from '../fixture.ts';

/** What the queries answer, read through every index. */
function picture(state: AnyClassroomState) {
  const links = (alias: string) => {
    const list = state.linksByDevice.newestFirst(seedDevice(alias).anydesk_id);
    return list.slice(0, list.length);
  };
  const classrooms = listClassrooms(state, {});
  return {
    account: ownAccount(state),
    devices: state.devicesByAccount.get(ownAccount(state)).map((d) => d.alias),
    byAlias: findDevice(state, { device: 'lab2-pc-07@ad' }),
    classrooms: classrooms.kind === 'Ok' ? classrooms.classrooms.slice(0, classrooms.classrooms.length) : [],
    lab1: links('lab1-pc-01@ad'),
    lab2: links('lab1-pc-02@ad'),
    lastId: state.linksByDevice.lastId,
  };
}

describe('the AnyClassroom state', () => {
  it('rebuilds every index from its tables alone (a state file restored at start)', () => {
    const state = seededState();
    const env = fixedEnv(NOW_MS, ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002']);
    const { changes } = state.store.transaction(() => {
      createTemporalAccess(state, { device: 'lab1-pc-02@ad', from_time: undefined, until_time: NOW_MS / 1000 + 600, signing: SIGNING }, env);
      createTemporalAccess(state, { device: 'lab1-pc-01@ad', from_time: undefined, until_time: NOW_MS / 1000 + 600, signing: SIGNING }, env);
      invalidateTemporalAccess(state, { token: 'aaaaaaaa-0000-4000-8000-000000000001', signing: SIGNING }, env);
    });
    expect(changes.map((c) => [c.table, c.key])).toEqual([
      ['links', 'aaaaaaaa-0000-4000-8000-000000000001'],
      ['links', 'aaaaaaaa-0000-4000-8000-000000000002'],
      ['links', 'aaaaaaaa-0000-4000-8000-000000000001'],
    ]);

    const fromSnapshot = newAnyClassroomState();
    fromSnapshot.store.restore(JSON.parse(JSON.stringify(state.store.snapshot())));
    expect(picture(fromSnapshot)).toEqual(picture(state));

    // A seed snapshot and the changes appended after it, as a journal replays them.
    const fromJournal = newAnyClassroomState();
    fromJournal.store.restore(seededState().store.snapshot(), JSON.parse(JSON.stringify(changes)));
    expect(picture(fromJournal)).toEqual(picture(state));
  });

  it('keeps the tables as plain JSON data: one account row, classrooms by id, devices by AnyDesk ID, links by token', () => {
    const snapshot = seededState().store.snapshot();
    expect(Object.keys(snapshot)).toEqual(['account', 'classrooms', 'devices', 'links']);
    expect(snapshot.account).toEqual([['token', { name: SEED.account }]]);
    expect(snapshot.classrooms!.map(([key]) => key)).toEqual(SEED.classrooms.map((c) => String(c.id)));
    expect(snapshot.devices!.map(([key]) => key)).toEqual(SEED.devices.map((d) => d.anydesk_id));
    expect(snapshot.links!.map(([key]) => key)).toEqual(SEED.temporal_accesses.map((t) => t.token));
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('follows a device that changes classroom, and its rollback, in the classroom groups', () => {
    const state = seededState();
    const device = state.devices.get(seedDevice('lab1-pc-03@ad').anydesk_id)!;
    const { undo } = state.store.transaction(() => state.devices.put(device.anydeskId, { ...device, classroomId: 118 }));
    expect([state.devicesByClassroom.get(114).length, state.devicesByClassroom.get(118).map((d) => d.alias)]).toEqual([19, ['lab1-pc-03@ad']]);
    undo();
    expect([state.devicesByClassroom.get(114).length, state.devicesByClassroom.get(118).length]).toEqual([20, 0]);
    expect(state.devicesByClassroom.get(114)).toContain(device);
  });

  it('replaces a device in place in its groups when it changes within them', () => {
    const state = seededState();
    const device = state.devices.get(seedDevice('lab1-pc-03@ad').anydesk_id)!;
    const before = state.devicesByClassroom.get(114).map((d) => d.alias);
    state.devices.put(device.anydeskId, { ...device, status: 'disabled' });
    expect(state.devicesByClassroom.get(114).map((d) => d.alias)).toEqual(before);
    expect(state.devicesByClassroom.get(114)[2]).toMatchObject({ alias: 'lab1-pc-03@ad', status: 'disabled' });
  });
});
