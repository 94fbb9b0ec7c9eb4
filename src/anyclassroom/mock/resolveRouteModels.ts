import type { DomainError } from './domainError.ts';
import { findClassroom } from './findClassroom.ts';
import { findDevice } from './findDevice.ts';
import { findTemporalAccess } from './findTemporalAccess.ts';
import type { AnyClassroomState } from './state.ts';

/**
 * What Laravel's route-model binding (404) and the resource's policy (403) say about a request's
 * path before the controller validates anything (DECISIONS AC-32, AC-39): the device of the three
 * device operations, the link of the invalidation, the classroom of its device list. `null` when the
 * path names nothing that fails (or the operation names no resource). The shared pipeline asks this
 * only when it is about to refuse the body or a query value, so an unknown device with an invalid
 * body answers 404, another account's device 403, and the refusal (422, 415) only stands for a
 * resource that is there and the token's. Only reads.
 *
 * @example
 *   resolveRouteModels(state, { operationId: 'createTemporalAccess', path: { anydeskId: 'ghost@ad' } }); // { kind: 'DeviceNotFound' }
 *   resolveRouteModels(state, { operationId: 'listDevices', path: {} });                                // null
 */
export function resolveRouteModels(state: AnyClassroomState, request: { readonly operationId: string; readonly path: Readonly<Record<string, unknown>> }): DomainError | null {
  switch (request.operationId) {
    case 'getDevice':
    case 'listDeviceTemporalAccesses':
    case 'createTemporalAccess': {
      const found = findDevice(state, { device: String(request.path.anydeskId) });
      return found.kind === 'Ok' ? null : found;
    }
    case 'invalidateTemporalAccess': {
      const found = findTemporalAccess(state, { token: String(request.path.token) });
      return found.kind === 'Ok' ? null : found;
    }
    case 'listClassroomDevices': {
      const found = findClassroom(state, { classroomId: String(request.path.classroomId) });
      return found.kind === 'Ok' ? null : found;
    }
    default:
      return null;
  }
}
