import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockRequest, MockResponse } from '../../core/mock/types.ts';
import { createTemporalAccess } from './createTemporalAccess.ts';
import { renderDomainError } from './errors.ts';
import { getDevice } from './getDevice.ts';
import { invalidateTemporalAccess } from './invalidateTemporalAccess.ts';
import { listClassroomDevices } from './listClassroomDevices.ts';
import { listClassrooms } from './listClassrooms.ts';
import { listDevices } from './listDevices.ts';
import { listDeviceTemporalAccesses } from './listDeviceTemporalAccesses.ts';
import { paginate, type Page } from './paginate.ts';
import { toClassroom, toDevice, toDeviceDetail, toTemporalAccess } from './resources.ts';
import type { LinkSigning } from './signTemporalAccessUrl.ts';
import type { AnyClassroomState } from './state.ts';

type Result = { readonly state: AnyClassroomState; readonly response: MockResponse };

/**
 * The AnyClassroom operations: reads what the domain needs from an already routed, authenticated and
 * validated request, calls the pure domain function and shapes its outcome as the answer.
 *
 * @example
 *   const { state: next, response } = handle(state, request, env, signing);
 */
export function handle(state: AnyClassroomState, request: MockRequest, env: DomainEnv, signing: LinkSigning): Result {
  const read = (response: MockResponse): Result => ({ state, response });
  switch (request.operationId) {
    case 'listDevices':
      return read(ok(200, pageOf(listDevices(state), request, toDevice)));

    case 'getDevice': {
      const outcome = getDevice(state, String(request.path.anydeskId));
      if (outcome.kind !== 'Found') return read(renderDomainError(outcome));
      return read(ok(200, { data: toDeviceDetail(outcome.device, outcome.classroom, outcome.latest) }));
    }

    case 'listDeviceTemporalAccesses': {
      const outcome = listDeviceTemporalAccesses(state, String(request.path.anydeskId));
      if (outcome.kind !== 'Found') return read(renderDomainError(outcome));
      return read(ok(200, pageOf(outcome.links, request, toTemporalAccess)));
    }

    case 'createTemporalAccess': {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const input = { device: String(request.path.anydeskId), from_time: body.from_time, until_time: body.until_time, signing };
      const result = createTemporalAccess(state, input, env);
      if (result.outcome.kind !== 'Created') return { state: result.state, response: renderDomainError(result.outcome) };
      return { state: result.state, response: ok(201, { data: toTemporalAccess(result.outcome.link) }) };
    }

    case 'invalidateTemporalAccess': {
      const result = invalidateTemporalAccess(state, { token: String(request.path.token) }, env);
      if (result.outcome.kind !== 'Invalidated') return { state: result.state, response: renderDomainError(result.outcome) };
      return { state: result.state, response: ok(200, { status: 'Invalidated', session_expires_at: result.outcome.sessionExpiresAt }) };
    }

    case 'listClassrooms':
      return read(ok(200, pageOf(listClassrooms(state), request, (c) => toClassroom(c.classroom, c.devicesCount))));

    case 'listClassroomDevices': {
      const outcome = listClassroomDevices(state, Number(request.path.classroomId));
      if (outcome.kind !== 'Found') return read(renderDomainError(outcome));
      return read(ok(200, pageOf(outcome.devices, request, toDevice)));
    }

    default:
      throw new Error(`AnyClassroom mock: no handler for operation ${request.operationId}`);
  }
}

const ok = (status: number, body: unknown): MockResponse => ({ status, body });

/** One page of a list, with links built on the request's own URL. */
function pageOf<T, R>(all: readonly T[], request: MockRequest, present: (item: T) => R): Page<R> {
  const page = paginate(all, {
    page: Number(request.query.page),
    perPage: Number(request.query.per_page),
    // Laravel's paginator path is `$request->url()`: no query, no trailing slash.
    path: `${request.url.origin}${request.url.pathname.replace(/\/+$/, '')}`,
    keepPerPage: request.url.searchParams.has('per_page'),
  });
  return { ...page, data: page.data.map(present) };
}
