import { describe, expect, it } from 'vitest';
import { findDevice } from '../../../src/anyclassroom/mock/findDevice.ts';
import { getDevice } from '../../../src/anyclassroom/mock/getDevice.ts';
import { listClassroomDevices } from '../../../src/anyclassroom/mock/listClassroomDevices.ts';
import { listClassrooms, type ClassroomWithCount } from '../../../src/anyclassroom/mock/listClassrooms.ts';
import { listDevices } from '../../../src/anyclassroom/mock/listDevices.ts';
import { listDeviceTemporalAccesses } from '../../../src/anyclassroom/mock/listDeviceTemporalAccesses.ts';
import type { DeviceRow, LinkRow } from '../../../src/anyclassroom/mock/state.ts';
import { SEED, seedDevice, seededState } from '../fixture.ts';

const state = seededState();
const ok = <T extends { kind: string }>(outcome: T): Extract<T, { kind: 'Ok' }> => {
  if (outcome.kind !== 'Ok') throw new Error(`expected Ok, got ${outcome.kind}`);
  return outcome as Extract<T, { kind: 'Ok' }>;
};
const ownDevices = (): readonly DeviceRow[] => ok(listDevices(state, {})).devices;
const classrooms = (): ClassroomWithCount[] => {
  const { classrooms: all } = ok(listClassrooms(state, {}));
  return all.slice(0, all.length);
};
const linksOf = (device: string): LinkRow[] => {
  const { links } = ok(listDeviceTemporalAccesses(state, { device }));
  return links.slice(0, links.length);
};

describe('findDevice', () => {
  it('finds a device by AnyDesk ID or by exact alias', () => {
    const { anydesk_id } = seedDevice('lab2-pc-07@ad');
    expect(findDevice(state, { device: anydesk_id })).toMatchObject({ kind: 'Ok', device: { alias: 'lab2-pc-07@ad' } });
    expect(findDevice(state, { device: 'lab2-pc-07@ad' })).toMatchObject({ kind: 'Ok', device: { anydeskId: anydesk_id } });
  });

  it.each(['LAB2-PC-07@ad', 'lab2-pc-07', ' lab2-pc-07@ad', '123'])('does not find %j (exact match only)', (key) => {
    expect(findDevice(state, { device: key })).toEqual({ kind: 'DeviceNotFound' });
  });

  it('answers Forbidden for a device of another account', () => {
    expect(findDevice(state, { device: 'rs-spare-01@ad' })).toEqual({ kind: 'Forbidden' });
  });
});

describe('listDeviceTemporalAccesses', () => {
  it('orders a device links newest first, a created_at tie by insertion (later first)', () => {
    const device = seedDevice('lab1-pc-01@ad').anydesk_id;
    const seedOrder = SEED.temporal_accesses.filter((t) => t.anydesk_id === device).map((t) => t.token);
    expect(linksOf(device).map((t) => t.token)).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => seedOrder[i]));
  });

  it('cuts any page of the list without copying the rest', () => {
    const { links } = ok(listDeviceTemporalAccesses(state, { device: 'lab1-pc-01@ad' }));
    expect(links.length).toBe(7);
    expect(links.slice(2, 4)).toEqual(linksOf('lab1-pc-01@ad').slice(2, 4));
    expect(links.slice(6, 9)).toHaveLength(1);
    expect(links.slice(9, 12)).toEqual([]);
  });

  it('answers DeviceNotFound and Forbidden as the device lookup does', () => {
    expect(listDeviceTemporalAccesses(state, { device: 'nobody@ad' })).toEqual({ kind: 'DeviceNotFound' });
    expect(listDeviceTemporalAccesses(state, { device: 'rs-laba-pc-01@ad' })).toEqual({ kind: 'Forbidden' });
  });
});

describe('getDevice', () => {
  it('answers the classroom and the latest five links', () => {
    const outcome = ok(getDevice(state, { device: 'lab1-pc-01@ad' }));
    expect(outcome.classroom).toMatchObject({ id: 114, name: 'Computer Lab 1' });
    expect(outcome.latest.map((t) => t.token)).toEqual(linksOf('lab1-pc-01@ad').slice(0, 5).map((t) => t.token));
  });

  it('answers classroom null and no links for a device in no classroom without links', () => {
    expect(getDevice(state, { device: 'reception-pc@ad' })).toMatchObject({ kind: 'Ok', classroom: null, latest: [] });
  });
});

describe('devices and classrooms', () => {
  it('lists the account devices in seed order, never another account', () => {
    expect(ownDevices().map((d) => d.alias)).toEqual(SEED.devices.filter((d) => d.account === undefined).map((d) => d.anydesk_alias));
  });

  it('counts each classroom devices from the devices, and the counts add up with the unassigned ones', () => {
    const counted = classrooms();
    expect(counted.map((c) => [c.classroom.name, c.devicesCount])).toEqual([
      ['Computer Lab 1', 20],
      ['Computer Lab 2', 18],
      ['Library', 8],
      ['Science Room', 6],
      ['Staff Room', 0],
      ['Demo Room', 3],
    ]);
    for (const { classroom, devicesCount } of counted) expect(ok(listClassroomDevices(state, { classroomId: classroom.id })).devices).toHaveLength(devicesCount);
    const unassigned = ownDevices().filter((d) => d.classroomId === null).length;
    expect(counted.reduce((n, c) => n + c.devicesCount, 0) + unassigned).toBe(ownDevices().length);
  });

  it('lists a classroom devices in seed order', () => {
    expect(ok(listClassroomDevices(state, { classroomId: 115 })).devices.map((d) => d.alias)).toEqual(SEED.devices.filter((d) => d.classroom_id === 115).map((d) => d.anydesk_alias));
  });

  it('answers ClassroomNotFound for an unknown id and Forbidden for another account classroom', () => {
    expect(listClassroomDevices(state, { classroomId: 999 })).toEqual({ kind: 'ClassroomNotFound' });
    expect(listClassroomDevices(state, { classroomId: 201 })).toEqual({ kind: 'Forbidden' });
  });
});
