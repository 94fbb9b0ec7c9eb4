import { describe, expect, it } from 'vitest';
import { resolveRouteModels } from '../../../src/anyclassroom/mock/resolveRouteModels.ts';
import { SEED, seedDevice, seededState } from '../fixture.ts';

const state = seededState();
const foreignLink = SEED.temporal_accesses.find((l) => l.anydesk_id === seedDevice('rs-laba-pc-01@ad').anydesk_id)!.token;
const ownLink = SEED.temporal_accesses.find((l) => l.anydesk_id === seedDevice('lab1-pc-01@ad').anydesk_id)!.token;

describe('resolveRouteModels (route-model binding and policy, before validation: AC-39)', () => {
  it.each<[string, string, Record<string, unknown>, string | null]>([
    ['an unknown device', 'createTemporalAccess', { anydeskId: 'ghost-pc@ad' }, 'DeviceNotFound'],
    ["another account's device", 'createTemporalAccess', { anydeskId: 'rs-laba-pc-03@ad' }, 'Forbidden'],
    ['an own device, by alias', 'createTemporalAccess', { anydeskId: 'lab1-pc-01@ad' }, null],
    ['an own device, by id', 'getDevice', { anydeskId: seedDevice('lab1-pc-01@ad').anydesk_id }, null],
    ['an unknown device on its link list', 'listDeviceTemporalAccesses', { anydeskId: '999999999' }, 'DeviceNotFound'],
    ['an unknown link', 'invalidateTemporalAccess', { token: '00000000-0000-4000-8000-000000000000' }, 'TemporalAccessNotFound'],
    ['a token that is not a UUID', 'invalidateTemporalAccess', { token: 'not-a-token' }, 'TemporalAccessNotFound'],
    ["a link of another account's device", 'invalidateTemporalAccess', { token: foreignLink }, 'Forbidden'],
    ['an own link, in upper case', 'invalidateTemporalAccess', { token: ownLink.toUpperCase() }, null],
    ['an unknown classroom', 'listClassroomDevices', { classroomId: '999' }, 'ClassroomNotFound'],
    ['a classroom id that is not an integer', 'listClassroomDevices', { classroomId: 'abc' }, 'ClassroomNotFound'],
    ["another account's classroom", 'listClassroomDevices', { classroomId: '201' }, 'Forbidden'],
    ['an own classroom, its id already coerced to a number', 'listClassroomDevices', { classroomId: 114 }, null],
    ['a list without a resource in its path', 'listDevices', {}, null],
  ])('answers %s on %s with %s', (_, operationId, path, kind) => {
    const refused = resolveRouteModels(state, { operationId, path });
    expect(refused === null ? null : refused.kind).toBe(kind);
  });
});
