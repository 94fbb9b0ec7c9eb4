import { describe, expect, it } from 'vitest';
import { findDevice } from '../../src/anyclassroom/mock/findDevice.ts';
import { getDevice } from '../../src/anyclassroom/mock/getDevice.ts';
import { listClassroomDevices } from '../../src/anyclassroom/mock/listClassroomDevices.ts';
import { listClassrooms } from '../../src/anyclassroom/mock/listClassrooms.ts';
import { listDevices } from '../../src/anyclassroom/mock/listDevices.ts';
import { loadSeed } from '../../src/anyclassroom/mock/loadSeed.ts';
import { temporalAccessesOf } from '../../src/anyclassroom/mock/temporalAccessesOf.ts';
import { SEED, SIGNING, seedDevice } from './fixture.ts';

const state = loadSeed(SEED, SIGNING);

describe('findDevice', () => {
  it('finds a device by AnyDesk ID or by exact alias', () => {
    const { anydesk_id } = seedDevice('lab2-pc-07@ad');
    expect(findDevice(state, anydesk_id)).toMatchObject({ kind: 'Found', device: { anydesk_alias: 'lab2-pc-07@ad' } });
    expect(findDevice(state, 'lab2-pc-07@ad')).toMatchObject({ kind: 'Found', device: { anydesk_id } });
  });

  it.each(['LAB2-PC-07@ad', 'lab2-pc-07', ' lab2-pc-07@ad', '123'])('does not find %j (exact match only)', (key) => {
    expect(findDevice(state, key)).toEqual({ kind: 'DeviceNotFound' });
  });

  it('answers Forbidden for a device of another account', () => {
    expect(findDevice(state, 'rs-spare-01@ad')).toEqual({ kind: 'Forbidden' });
  });
});

describe('temporalAccessesOf', () => {
  it('orders a device links newest first, a created_at tie by insertion (later first)', () => {
    const links = temporalAccessesOf(state, seedDevice('lab1-pc-01@ad').anydesk_id);
    const seedOrder = SEED.temporal_accesses.filter((t) => t.anydesk_id === seedDevice('lab1-pc-01@ad').anydesk_id).map((t) => t.token);
    expect(links.map((t) => t.token)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => seedOrder[i]));
  });
});

describe('getDevice', () => {
  it('answers the classroom and the latest five links', () => {
    const outcome = getDevice(state, 'lab1-pc-01@ad');
    expect(outcome).toMatchObject({ kind: 'Found', classroom: { id: 114, name: 'Computer Lab 1' } });
    if (outcome.kind === 'Found') expect(outcome.latest.map((t) => t.token)).toEqual(temporalAccessesOf(state, outcome.device.anydesk_id).slice(0, 5).map((t) => t.token));
  });

  it('answers classroom null and no links for a device in no classroom without links', () => {
    expect(getDevice(state, 'reception-pc@ad')).toMatchObject({ kind: 'Found', classroom: null, latest: [] });
  });
});

describe('classrooms', () => {
  it('counts each classroom devices from the devices, and the counts add up with the unassigned ones', () => {
    const counted = listClassrooms(state);
    expect(counted.map((c) => [c.classroom.name, c.devicesCount])).toEqual([
      ['Computer Lab 1', 20],
      ['Computer Lab 2', 18],
      ['Library', 8],
      ['Science Room', 6],
      ['Staff Room', 0],
    ]);
    for (const { classroom, devicesCount } of counted) expect(listClassroomDevices(state, classroom.id)).toMatchObject({ devices: { length: devicesCount } });
    const unassigned = listDevices(state).filter((d) => d.classroom_id === null).length;
    expect(counted.reduce((n, c) => n + c.devicesCount, 0) + unassigned).toBe(listDevices(state).length);
  });

  it('answers ClassroomNotFound for an unknown id and Forbidden for another account classroom', () => {
    expect(listClassroomDevices(state, 999)).toEqual({ kind: 'ClassroomNotFound' });
    expect(listClassroomDevices(state, 201)).toEqual({ kind: 'Forbidden' });
  });
});
